/**
 * Flag's values and operators (Lib/enum.py `Flag._missing_`, `__or__`…, 3.11–3.13): the member
 * for a set of bits, named or a cached pseudo-member (`<Perm.R|W: 6>`), and what a value with
 * bits no member has gives under the class's boundary. Measured by test/oracle/enumProbe.py and
 * test/oracle/intEnumProbe.py.
 */
import { PyDictObject } from '../../engine/objects/dictObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { getIter } from '../objects/abstract';
import { dictStore } from '../objects/containerOps';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { setDefaultValue } from './enumBookkeeping';
import { bitsOf, type EnumInfo, enumInfoOf, memberOf, newMember, own } from './enumMembers';

/**
 * `Flag._missing_` then the member of Flag class `cls` for `bits`: a named one, else a cached
 * pseudo-member; an EJECT class gives a plain int for bits no member has. A new reference.
 *
 * A value outside the members' bits (or past their width) is refused by STRICT (Flag's default),
 * masked by CONFORM and kept by KEEP (IntFlag's default) and EJECT; a negative value in range
 * wraps into the width (`~Perm.R` is `Perm(-5)`, i.e. 3).
 */
export function flagMember(interp: Interp, cls: PyHeapTypeObject, info: EnumInfo, bits: bigint): PyObject {
  const mask = info.flagMask ?? 0n;
  const given = bits;
  const bitLen = (v: bigint) => (v < 0n ? (-v).toString(2).length : v.toString(2).length);
  const allBits = (1n << BigInt(bitLen(mask))) - 1n;
  if (bits < ~allBits || bits > allBits || (bits & (allBits ^ mask)) !== 0n) {
    if (info.boundary === 'strict') {
      const width = Math.max(mask.toString(2).length, bits.toString(2).length);
      const bin = (v: bigint) => `0b0 ${v.toString(2).padStart(width, '0')}`;
      interp.raise('ValueError', `<flag '${cls.name}'> invalid value ${bits}\n    given ${bin(bits)}\n  allowed ${bin(mask)}`);
    }
    if (info.boundary === 'conform') bits &= mask;
    else if (bits < 0n) bits += [allBits + 1n, 1n << BigInt(bitLen(bits))].reduce((a, b) => (a > b ? a : b));
  }
  if (bits < 0n) bits += allBits + 1n;
  for (const m of info.byName.values()) if (bitsOf(interp, m) === bits) return own(interp, m);
  const cached = info.pseudo.get(bits);
  if (cached) return own(interp, cached);
  const unknown = bits & ~mask;
  if (unknown !== 0n && info.boundary === 'eject') return newInt(interp.rt, bits);
  const names = info.canonical.filter((m) => (bitsOf(interp, m) & bits) !== 0n).map((m) => memberOf(m)?.name);
  // Bits no member has follow the names, in hex for a global enum (`re.IGNORECASE|0x1`).
  if (unknown !== 0n && names.length) names.push(info.globalModule !== null ? `0x${unknown.toString(16)}` : unknown.toString());
  const value = newInt(interp.rt, bits);
  try {
    const m = newMember(interp, cls, names.length ? names.join('|') : null, value, info.byName.size);
    info.pseudo.set(bits, m);
    // `_value2member_map_.setdefault(value, pseudo_member)`, and a negative value given keys it too.
    const v2m = cls.ns.get('_value2member_map_');
    if (v2m instanceof PyDictObject) {
      setDefaultValue(interp, v2m, value, m);
      if (given < 0n) {
        const neg = newInt(interp.rt, given);
        dictStore(interp, v2m, neg, m);
        interp.rt.heap.decref(neg);
      }
    }
    return own(interp, m);
  } finally {
    interp.rt.heap.decref(value);
  }
}

/** Flag's operators: the result is the class's member (or pseudo-member) for the combined bits. */
export function flagMethods(): Record<string, NativeImpl> {
  const binary = (op: (a: bigint, b: bigint) => bigint): NativeImpl => (i, args) => {
    const [a, b] = args;
    // An int flag takes any int (`Perm.R | 1`), as Flag's operators take the member type's values.
    const other = memberOf(b) && b.type === a.type ? bitsOf(i, b) : a instanceof PyLongObject && b instanceof PyLongObject ? BigInt(b.value) : null;
    if (other === null) return own(i, i.builtins.get('NotImplemented') as PyObject);
    const cls = a.type as PyHeapTypeObject;
    return flagMember(i, cls, enumInfoOf(i, cls), op(bitsOf(i, a), other));
  };
  const bitsMembers = (i: Interp, o: PyObject): PyObject[] => {
    const bits = bitsOf(i, o);
    return enumInfoOf(i, o.type).canonical.filter((m) => (bitsOf(i, m) & bits) !== 0n);
  };
  return {
    __or__: binary((a, b) => a | b),
    __and__: binary((a, b) => a & b),
    __xor__: binary((a, b) => a ^ b),
    __ror__: binary((a, b) => a | b),
    __rand__: binary((a, b) => a & b),
    __rxor__: binary((a, b) => a ^ b),
    __invert__: (i, args) => {
      const cls = args[0].type as PyHeapTypeObject;
      const info = enumInfoOf(i, cls);
      const bits = ~bitsOf(i, args[0]);
      const keep = info.boundary === 'keep' || info.boundary === 'eject';
      return flagMember(i, cls, info, keep ? bits : (info.flagMask ?? 0n) & bits);
    },
    __contains__: (i, args) => {
      const [self, other] = args;
      if (!memberOf(other) || other.type !== self.type) {
        return i.typeError(`unsupported operand type(s) for 'in': '${other.type.name}' and '${self.type.name}'`);
      }
      const b = bitsOf(i, other);
      return i.bool((bitsOf(i, self) & b) === b);
    },
    __bool__: (i, args) => i.bool(bitsOf(i, args[0]) !== 0n),
    __len__: (i, args) => newInt(i.rt, bitsMembers(i, args[0]).length),
    __iter__: (i, args) => {
      const l = newList(i.rt, bitsMembers(i, args[0]).map((m) => own(i, m)));
      try { return getIter(i, l); } finally { i.rt.heap.decref(l); }
    },
  };
}

