/** str sizes by kind, with cached UTF-8, str subclass instances, and fresh-string requests. */
import type { VersionProfile } from '../../src/engine/profile/versionProfile';
import { heapTypeLayout, plainClassSpec } from '../../src/engine/objects/layout/instanceLayout';
import { preHeaderSize } from '../../src/engine/objects/layout/objectHeader';
import {
  latin1SingletonHasUtf8, unicodeNewRequest, unicodeShapeOf, unicodeSizeof, unicodeSubclassDataRequest,
  unicodeSubclassSizeof, unicodeTypeLayout,
} from '../../src/engine/objects/layout/unicodeLayout';
import { checkOracle, upTo, type FactModel } from './facts';

const chars = { ascii: 'a', latin1: '\xe9', ucs2: '\u0101', ucs4: '\u{1F600}' } as const;

/** The layout of `class S(str): pass`: a managed-dict subclass of a 0-itemsize base. */
function strSubclassLayout(p: VersionProfile) {
  const base = { layout: unicodeTypeLayout(p), hasDict: false, hasWeakref: false };
  return heapTypeLayout(p, base, plainClassSpec());
}

/** getsizeof of c * n; a one-character latin-1 string is the static singleton. */
function compact(p: VersionProfile, text: string, utf8: boolean): number {
  const cp = text.codePointAt(0) ?? 0;
  const single = [...text].length === 1 && latin1SingletonHasUtf8(p, cp);
  return unicodeSizeof(p, unicodeShapeOf(text, utf8 || single));
}

const models: Record<string, FactModel> = {};
for (const [kind, c] of Object.entries(chars)) {
  models[`getsizeof.${kind}`] = (p) => upTo(41, (n) => compact(p, c.repeat(n), false));
  models[`getsizeof.${kind}.utf8`] = (p) => upTo(41, (n) => compact(p, c.repeat(n), true));
  models[`getsizeof.subclass.${kind}`] = (p) => upTo(41, (n) => {
    const layout = strSubclassLayout(p);
    return preHeaderSize(layout) + unicodeSubclassSizeof(p, unicodeShapeOf(c.repeat(n)));
  });
  models[`request.${kind}`] = (p) => upTo(10, (i) => [unicodeNewRequest(p, i + 2, c.codePointAt(0) ?? 0)]);
}
models['request.subclass.ascii'] = (p) => upTo(10, (i) => {
  const layout = strSubclassLayout(p);
  return [preHeaderSize(layout) + layout.basicSize, unicodeSubclassDataRequest(unicodeShapeOf('a'.repeat(i + 2)))];
});
checkOracle('strs', models);
