/** The memory timeline: pymalloc and raw bytes at every recorded step, with the current step marked. */
import type { TimelinePoint } from '../../src/protocol/heapModel';
import { bytes, h, s } from '../dom';

const width = 600;
const height = 120;

function path(points: TimelinePoint[], value: (p: TimelinePoint) => number, max: number, lastStep: number): string {
  return points.map((p, i) => {
    const x = lastStep === 0 ? 0 : (p.step / lastStep) * width;
    const y = height - (max === 0 ? 0 : (value(p) / max) * (height - 4));
    return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join(' ');
}

/** The chart; `onStep` moves to a step when the chart is clicked. */
export function renderTimeline(points: TimelinePoint[], current: number, onStep: (step: number) => void): HTMLElement {
  if (points.length === 0) return h('p', { class: 'empty' }, 'The timeline fills as the script runs.');
  const lastStep = points[points.length - 1].step;
  const total = (p: TimelinePoint) => p.pymallocBytes + p.rawBytes;
  const max = Math.max(...points.map(total));
  const x = lastStep === 0 ? 0 : (current / lastStep) * width;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', preserveAspectRatio: 'none', role: 'img',
    'aria-label': `memory over ${lastStep} steps, peak ${bytes(max)}` },
  s('path', { d: path(points, total, max, lastStep), class: 'series-total' }),
  s('path', { d: path(points, (p) => p.pymallocBytes, max, lastStep), class: 'series-pymalloc' }),
  s('line', { x1: x, x2: x, y1: 0, y2: height, class: 'cursor' }));
  svg.addEventListener('click', (e) => {
    const box = (svg as unknown as SVGSVGElement).getBoundingClientRect();
    onStep(Math.round(((e.clientX - box.left) / box.width) * lastStep));
  });
  return h('div', { 'data-testid': 'timeline' }, svg,
    h('div', { class: 'legend' }, h('span', { class: 'key key-total' }), ' pymalloc + raw  ', h('span', { class: 'key key-pymalloc' }),
      ` pymalloc  · peak ${bytes(max)}`));
}
