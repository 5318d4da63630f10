/** What the script printed, and the traceback if it raised. */
import type { PanelState } from '../../src/protocol/panelProtocol';
import { h } from '../dom';

/** The output pane. */
export function renderOutput(state: PanelState): HTMLElement {
  return h('div', { 'data-testid': 'output' },
    h('pre', { class: 'stdout' }, state.stdout || (state.script ? '(no output yet)' : '')),
    state.error ? h('pre', { class: 'traceback', 'data-testid': 'traceback' }, state.error) : null);
}
