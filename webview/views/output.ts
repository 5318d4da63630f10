/**
 * What the run wrote, as a terminal shows it: stdout and stderr interleaved in the order they were
 * written, the traceback at its place among them. Stderr is drawn in the debug console's error
 * colour and, so colour is not the only cue, with a bar in the gutter of each of its lines; its
 * text is untouched, so copying the pane gives exactly what the CLI prints.
 */
import type { PanelState } from '../../src/protocol/panelProtocol';
import { h } from '../dom';

/** The output pane. */
export function renderOutput(state: PanelState): HTMLElement {
  if (state.output.length === 0) return h('div', { 'data-testid': 'output' }, h('pre', { class: 'output' }, state.script ? '(no output yet)' : ''));
  return h('div', { 'data-testid': 'output' },
    h('pre', { class: 'output', role: 'log', 'aria-label': 'Output: standard output and standard error in order' },
      ...state.output.map((chunk) => chunk.stream === 'stdout'
        ? h('span', { class: 'stdout' }, chunk.text)
        : h('span', { class: chunk.error ? 'stderr traceback' : 'stderr', title: 'standard error', 'data-stream': 'stderr', ...(chunk.error ? { 'data-testid': 'traceback' } : {}) }, chunk.text))));
}
