/** The toolbar (run, step, step to the next allocation or GC phase, step back, reset, collect, export) and the status line. */
import type { CommandMessage, PanelState } from '../../src/protocol/panelProtocol';
import { h, icon } from '../dom';

type Command = CommandMessage['command'];

const buttons: { command: Command; label: string; icon: string; needsRun: boolean }[] = [
  { command: 'runScript', label: 'Run', icon: 'play', needsRun: false },
  { command: 'stepLine', label: 'Step', icon: 'debug-step-over', needsRun: false },
  { command: 'stepAllocation', label: 'Alloc', icon: 'debug-step-into', needsRun: false },
  { command: 'stepGcPhase', label: 'GC phase', icon: 'symbol-event', needsRun: false },
  { command: 'stepBack', label: 'Back', icon: 'debug-step-back', needsRun: true },
  { command: 'reset', label: 'Reset', icon: 'debug-restart', needsRun: true },
  { command: 'collectGarbage', label: 'gc.collect()', icon: 'trash', needsRun: true },
  { command: 'exportReport', label: 'Export', icon: 'export', needsRun: true },
];

/** The toolbar; `run` sends a command to the host. */
export function renderToolbar(state: PanelState, run: (command: Command) => void): HTMLElement {
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Run controls' });
  const hasRun = state.script !== null && state.status !== 'idle';
  for (const b of buttons) {
    const button = h('vscode-button', {
      'data-testid': `btn-${b.command}`, secondary: b.command !== 'runScript', disabled: b.needsRun && !hasRun,
      title: b.label,
    }, icon(b.icon), ` ${b.label}`);
    button.addEventListener('click', () => run(b.command));
    bar.append(button);
  }
  return bar;
}

/** One line saying where the run stands. */
export function renderStatus(state: PanelState): HTMLElement {
  const parts: string[] = [`CPython ${state.version}`];
  if (state.script) parts.push(state.script);
  parts.push(state.status);
  if (state.line !== null) parts.push(`line ${state.line}`);
  if (state.lastStep > 0) parts.push(`step ${state.step} of ${state.lastStep}`);
  return h('div', { class: `status status-${state.status}`, 'data-testid': 'status', role: 'status' }, parts.join(' · '));
}

/** The notice (a capability still being built, a stopped run), if any. */
export function renderNotice(state: PanelState): HTMLElement | null {
  if (!state.notice) return null;
  return h('div', { class: 'notice', 'data-testid': 'notice', role: 'alert' }, icon('info'), ' ', state.notice);
}
