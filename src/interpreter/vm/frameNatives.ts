/**
 * Natives that read the calling Python frame (`sys.exc_info`, `sys._getframe`), as CPython's C
 * functions read the thread state's current frame. The call dispatcher hands them the caller.
 */
import type { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from './callables';
import type { Frame } from './frame';
import type { PreparedCall } from './callDispatch';

/** A native given the calling frame (null when called from native code). */
export type FrameNativeImpl = (interp: Interp, args: PyObject[], kwnames: string[] | null, caller: Frame | null) => PyObject;

const frameNatives = new WeakMap<NativeImpl, FrameNativeImpl>();

/** The plain native for `impl` (what a frameless call runs), registered as frame-aware. */
export function frameNative(impl: FrameNativeImpl): NativeImpl {
  const plain: NativeImpl = (interp, args, kwnames) => impl(interp, args, kwnames, null);
  frameNatives.set(plain, impl);
  return plain;
}

/** The frame-aware implementation behind `f`, if it has one. */
export function frameNativeOf(f: PyCFunctionObject): FrameNativeImpl | undefined {
  return f.self ? undefined : frameNatives.get(f.impl as NativeImpl);
}

/** A native that may push a Python frame on its caller (eval, exec): the call's outcome. */
export type FramePushImpl = (interp: Interp, args: PyObject[], kwnames: string[] | null, caller: Frame | null) => PreparedCall;

const pushNatives = new WeakMap<NativeImpl, FramePushImpl>();

/**
 * The plain native for `impl`, registered as frame-pushing: called from Python, its frame runs in
 * the caller's loop (and shows in tracebacks); called from native code, `runNested` finishes it.
 */
export function framePushNative(impl: FramePushImpl, runNested: (interp: Interp, frame: Frame) => PyObject): NativeImpl {
  const plain: NativeImpl = (interp, args, kwnames) => {
    const prepared = impl(interp, args, kwnames, null);
    return prepared.frame ? runNested(interp, prepared.frame) : prepared.result;
  };
  pushNatives.set(plain, impl);
  return plain;
}

/** The frame-pushing implementation behind `f`, if it has one. */
export function framePushNativeOf(f: PyCFunctionObject): FramePushImpl | undefined {
  return f.self ? undefined : pushNatives.get(f.impl as NativeImpl);
}

/** The frame-pushing implementation registered for the plain native `impl`, if any. */
export function framePushImplOf(impl: NativeImpl): FramePushImpl | undefined {
  return pushNatives.get(impl);
}

/** Registers `plain` (a wrapper of a frame-pushing native, such as a checked method) as frame-pushing with `impl`. */
export function registerFramePush(plain: NativeImpl, impl: FramePushImpl): void {
  pushNatives.set(plain, impl);
}
