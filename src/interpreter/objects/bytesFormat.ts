/** `bytes % args` and `bytearray % args` (`_PyBytes_FormatEx`) over the shared formatting loop. */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { newBytes } from '../../engine/objects/bytesObject';
import { bufferOf, latin1Bytes, latin1Text, newLike } from './bytesOps';
import { formatCore } from './printfFormat';

/** `format % args` when `format` is a bytes or bytearray (a new object of its type); undefined otherwise. */
export function bytesFormat(interp: Interp, format: PyObject, args: PyObject): PyObject | undefined {
  const f = bufferOf(format);
  if (!f) return undefined;
  const text = formatCore(interp, latin1Text(f), args, {
    bytesOf: (v) => {
      const b = bufferOf(v);
      return b ? latin1Text(b) : null;
    },
    key: (name) => newBytes(interp.rt, latin1Bytes(name)),
  });
  return newLike(interp, format, latin1Bytes(text));
}
