/**
 * What `sys.stdout` holds between writes: CPython's `TextIOWrapper` (Modules/_io/textio.c) over a
 * `BufferedWriter` over the pipe, as the Compare view runs scripts (stdout a pipe: no line
 * buffering, no write-through). The text itself goes to `interp.write` at once; this models only
 * the memory, the same in 3.11, 3.12 and 3.13:
 *
 *   write(text)   ASCII text of at most CHUNK_SIZE characters is kept as is (a new reference,
 *                 bpo-43260), anything else is encoded to a new UTF-8 `bytes`;
 *                 Case 1: it would push the pending count past CHUNK_SIZE: flush, then it alone
 *                         is pending;
 *                 Case 2: nothing pending: it is pending;
 *                 Case 3: one object pending: `PyList_New(2)` holds both;
 *                 Case 4: a list pending: `PyList_Append`;
 *                 then a flush once the count reaches CHUNK_SIZE.
 *   flush         (`_textiowrapper_writeflush`) joins what is pending into one new `bytes`
 *                 (a pending `bytes` is passed as is), frees the pending objects, hands the bytes
 *                 to `BufferedWriter.write` (which copies into its own buffer, allocated at startup
 *                 and so untraced) and frees them.
 *
 * So the last print lines of a program still hold their str objects, the list and its array at
 * the end, as tracemalloc sees them in CPython.
 */
import { newBytes } from '../../engine/objects/bytesObject';
import { listAppend, newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { utf8Bytes } from '../objects/utf8';
import type { Interp } from './interp';

/** `self->chunk_size`: `_PIO_DEFAULT_BUFFER_SIZE` (8 KiB), in bytes pending. */
export const CHUNK_SIZE = 8192;

/** The pending-bytes state of one text stream. */
export class TextIOWrapper {
  /** `pending_bytes`: null, one ASCII str or bytes, or a list of them. */
  private pending: PyObject | null = null;
  /** `pending_bytes_count`: bytes (ASCII characters) pending. */
  private pendingCount = 0;

  constructor(private readonly interp: Interp) {}

  /** `_io_TextIOWrapper_write_impl` for `text` (borrowed), after the text itself was emitted. */
  write(text: PyUnicodeObject): void {
    const rt = this.interp.rt;
    let b: PyObject;
    let length: number;
    if (text.ascii && text.length <= CHUNK_SIZE) {
      rt.heap.incref(text);
      b = text;
      length = text.length;
    } else {
      const encoded = utf8Bytes(text.value);
      b = newBytes(rt, encoded);
      length = encoded.length;
    }
    if (this.pendingCount + length > CHUNK_SIZE) {
      this.flush(); // Case 1
      this.pending = b;
    } else if (this.pending === null) {
      this.pendingCount = 0; // Case 2
      this.pending = b;
    } else if (!(this.pending instanceof PyListObject)) {
      this.pending = newList(rt, [this.pending, b]); // Case 3
    } else {
      listAppend(rt, this.pending, b); // Case 4
    }
    this.pendingCount += length;
    if (this.pendingCount >= CHUNK_SIZE) this.flush();
  }

  /** `_textiowrapper_writeflush`: nothing to do when nothing is pending. */
  flush(): void {
    const pending = this.pending;
    if (pending === null) return;
    const rt = this.interp.rt;
    // A pending bytes is written as is; one ASCII character is a bytes singleton; otherwise
    // `PyBytes_FromStringAndSize` allocates the joined copy.
    let b: PyObject | null = null;
    if (pending instanceof PyUnicodeObject) {
      if (this.pendingCount > 1) b = newBytes(rt, new Uint8Array(this.pendingCount));
    } else if (pending instanceof PyListObject) {
      b = newBytes(rt, new Uint8Array(this.pendingCount));
    } else {
      rt.heap.incref(pending);
      b = pending;
    }
    this.pending = null;
    this.pendingCount = 0;
    rt.heap.decref(pending);
    rt.heap.xdecref(b);
  }
}

const streams = new WeakMap<Interp, TextIOWrapper>();

/** `sys.stdout`'s wrapper of `interp` (nothing pending at startup). */
export function stdoutWrapper(interp: Interp): TextIOWrapper {
  let w = streams.get(interp);
  if (!w) {
    w = new TextIOWrapper(interp);
    streams.set(interp, w);
  }
  return w;
}
