/**
 * Building DOM nodes without HTML strings: `h('td', { class: 'num' }, '42')`. The webview never
 * parses markup, so nothing the script printed can become markup.
 */

/** Attribute values; `false`/`null`/`undefined` omit the attribute. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** A child: a node, text, or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** Creates an SVG element. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(svgNs, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** A codicon `<span>`. */
export function icon(name: string): HTMLElement {
  return h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

/** Byte counts as people read them (the same rules as the editor's code lenses). */
export function bytes(n: number): string {
  const a = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (a < 10 * 1024) return `${sign}${a.toLocaleString('en-US')} B`;
  if (a < 10 * 1024 * 1024) return `${sign}${(a / 1024).toFixed(1)} KiB`;
  return `${sign}${(a / (1024 * 1024)).toFixed(2)} MiB`;
}

/** An address as CPython's `hex(id(x))` shows it. */
export function hex(address: number): string {
  return `0x${address.toString(16)}`;
}
