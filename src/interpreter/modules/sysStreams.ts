/**
 * `sys.stdout` and `sys.stderr`: the two text streams a script can name (`print(..., file=...)`,
 * `traceback.print_exc(file=sys.stdout)`). They are static objects (CPython creates them at
 * startup, before a script's first line) whose `write` sends the text where the session collects
 * it: stdout through the buffered wrapper print uses, stderr to `interp.stderr`.
 */
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { writeStdout } from '../builtins/printWrites';
import type { Interp } from '../runtime/interp';
import { textObject } from '../objects/repr';
import { callMethod } from './callMethod';
import { nativeType, PyNativeObject } from './nativeObject';

const streamsOf = new WeakMap<Interp, { stdout: PyNativeObject; stderr: PyNativeObject }>();

/** The runtime's `sys.stdout` and `sys.stderr` (static, made on first use). */
export function sysStreams(interp: Interp): { stdout: PyNativeObject; stderr: PyNativeObject } {
  const known = streamsOf.get(interp);
  if (known) return known;
  const rt = interp.rt;
  const t = nativeType(interp, '_io.TextIOWrapper', 16 + 208);
  const make = (name: string) => {
    const o = rt.staticObject(new PyNativeObject(t, rt.heap.staticAddress(16)));
    o.repr = () => `<_io.TextIOWrapper name='<${name}>' mode='w' encoding='utf-8'>`;
    return o;
  };
  const streams = { stdout: make('stdout'), stderr: make('stderr') };
  streamsOf.set(interp, streams);
  interp.methods.define(t, 'write', (i, args) => {
    const s = args[1];
    if (!(s instanceof PyUnicodeObject)) return i.typeError(`write() argument must be str, not ${s?.type.name ?? 'nothing'}`);
    writeText(i, args[0], s);
    return newInt(i.rt, s.length);
  });
  interp.methods.define(t, 'flush', (i) => i.none());
  return streams;
}

/** `sys.stdout` as the script sees it now (borrowed): another object after `sys.stdout = buf` or `redirect_stdout(buf)`. */
export function currentStream(interp: Interp, name: 'stdout' | 'stderr'): PyObject {
  return interp.modules.get('sys')?.dict.get(name) ?? sysStreams(interp)[name];
}

/** `file.write(text)` (text borrowed) for one of the two streams or any object with a `write`. */
export function writeText(interp: Interp, file: PyObject, text: PyUnicodeObject): void {
  const streams = sysStreams(interp);
  if (file === streams.stdout) writeStdout(interp, text);
  else if (file === streams.stderr) interp.writeStderr(text.value);
  else interp.rt.heap.decref(callMethod(interp, file, 'write', [text]));
}

/** `print(*args, sep=, end=, file=file)` for a file other than stdout: one write per piece. */
export function printToFile(interp: Interp, file: PyObject, args: PyObject[], sep: PyUnicodeObject | null, end: PyUnicodeObject | null): void {
  const rt = interp.rt;
  args.forEach((a, i) => {
    if (i > 0) writeText(interp, file, sep ?? rt.latin1[32]);
    const s = a instanceof PyUnicodeObject ? a : textObject(interp, a, false);
    try {
      writeText(interp, file, s);
    } finally {
      if (s !== a) rt.heap.decref(s);
    }
  });
  writeText(interp, file, end ?? rt.latin1[10]);
}
