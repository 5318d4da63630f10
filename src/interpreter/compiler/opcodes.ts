// The instruction set: CPython 3.12's bytecode (Include/opcode.h, Python/bytecodes.c), kept
// close in names, operands and stack layout so the eval loop can be written beside CPython's.
//
// Differences from CPython, all deliberate simplifications for an interpreter over arrays:
//   - jump operands are absolute instruction indices (not relative code-unit offsets), so
//     JUMP_FORWARD and JUMP_BACKWARD differ only in direction (backward ones are loop edges);
//   - FOR_ITER on exhaustion pops the iterator and jumps to its target (3.12 also skips an
//     END_FOR there); END_FOR is not emitted;
//   - no CACHE entries, EXTENDED_ARG, specialised or instrumented forms;
//   - KW_NAMES + CALL (3.12) is emitted for every version (3.13 has CALL_KW; 3.11 PRECALL+CALL);
//   - FORMAT_VALUE (3.11/3.12) for every version (3.13 splits it into CONVERT_VALUE/FORMAT_*);
//   - MAKE_FUNCTION takes 3.12's flag operand for every version (3.13 uses SET_FUNCTION_ATTRIBUTE).
//
// Stack notation below: (inputs -- outputs), top of stack rightmost. "null" is CPython's NULL
// marker pushed by PUSH_NULL / LOAD_GLOBAL / LOAD_ATTR for calls.

/** Every opcode the compiler emits. */
export type Opcode = keyof typeof OPCODES;

/** One opcode's description: its stack effect and documentation. */
export interface OpcodeInfo {
  /** Stack effect when execution falls through (or the only effect). */
  readonly effect: (arg: number) => number;
  /** Stack effect when the jump is taken, for jumping instructions. */
  readonly jumpEffect?: (arg: number) => number;
  /** True when control never falls through (returns, raises, unconditional jumps). */
  readonly terminates?: boolean;
  /** What the instruction does, with its stack picture. */
  readonly doc: string;
}

const k = (n: number) => (): number => n;
const popcount = (n: number): number => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1);

/** The instruction table, in the order of CPython's `dis` documentation. */
export const OPCODES = {
  // --- general ---
  NOP: { effect: k(0), doc: '( -- ) does nothing; keeps a line number alive.' },
  RESUME: { effect: k(0), doc: '( -- ) function entry (arg 0) or after a yield/await (arg 1-3); checks the eval breaker.' },
  POP_TOP: { effect: k(-1), doc: '(v -- ) drops the top.' },
  PUSH_NULL: { effect: k(1), doc: '( -- null) pushes the NULL marker before a callable.' },
  COPY: { effect: k(1), doc: '(v ... -- v ... v) pushes the arg-th item (1 = top) again, adding a reference.' },
  SWAP: { effect: k(0), doc: '(a ... b -- b ... a) swaps the top with the arg-th item.' },
  // --- unary and binary operators ---
  UNARY_NEGATIVE: { effect: k(0), doc: '(v -- -v)' },
  UNARY_NOT: { effect: k(0), doc: '(v -- not v)' },
  UNARY_INVERT: { effect: k(0), doc: '(v -- ~v)' },
  BINARY_OP: { effect: k(-1), doc: '(a b -- a op b) arg is NB_* (binaryOps.ts); arg >= 13 is the in-place form (+=).' },
  COMPARE_OP: { effect: k(-1), doc: "(a b -- a cmp b) arg is an index into COMPARE_OPS ('<', '<=', '==', '!=', '>', '>=')." },
  IS_OP: { effect: k(-1), doc: '(a b -- a is b) arg 1 means "is not".' },
  CONTAINS_OP: { effect: k(-1), doc: '(a b -- a in b) arg 1 means "not in".' },
  CALL_INTRINSIC_1: { effect: k(0), doc: '(v -- f(v)) arg names the function (INTRINSIC_1 in binaryOps.ts).' },
  CALL_INTRINSIC_2: { effect: k(-1), doc: '(a b -- f(a, b)) arg names the function (INTRINSIC_2).' },
  // --- subscripts and attributes ---
  BINARY_SUBSCR: { effect: k(-1), doc: '(container key -- container[key])' },
  STORE_SUBSCR: { effect: k(-3), doc: '(v container key -- ) container[key] = v' },
  DELETE_SUBSCR: { effect: k(-2), doc: '(container key -- ) del container[key]' },
  BINARY_SLICE: { effect: k(-2), doc: '(container start stop -- container[start:stop]) allocates a slice only if not optimised.' },
  STORE_SLICE: { effect: k(-4), doc: '(v container start stop -- ) container[start:stop] = v' },
  BUILD_SLICE: { effect: (n) => 1 - n, doc: '(start stop [step] -- slice) arg is 2 or 3; allocates a slice object.' },
  LOAD_ATTR: { effect: (a) => (a & 1 ? 1 : 0), doc: '(owner -- attr) names[arg>>1]; if arg&1 (method call): (owner -- meth self) or (owner -- null attr).' },
  STORE_ATTR: { effect: k(-2), doc: '(v owner -- ) owner.names[arg] = v' },
  DELETE_ATTR: { effect: k(-1), doc: '(owner -- ) del owner.names[arg]' },
  LOAD_SUPER_ATTR: { effect: (a) => (a & 1 ? -1 : -2), doc: '(global_super class self -- attr | meth self) super().names[arg>>2]; arg&1 method form, arg&2 two-arg super.' },
  // --- names ---
  LOAD_CONST: { effect: k(1), doc: '( -- consts[arg])' },
  LOAD_NAME: { effect: k(1), doc: '( -- v) names[arg] from locals, then globals, then builtins (module/class bodies).' },
  STORE_NAME: { effect: k(-1), doc: '(v -- ) locals[names[arg]] = v' },
  DELETE_NAME: { effect: k(0), doc: '( -- ) del locals[names[arg]]' },
  LOAD_GLOBAL: { effect: (a) => (a & 1 ? 2 : 1), doc: '( -- [null] v) names[arg>>1] from globals then builtins; arg&1 pushes NULL first.' },
  STORE_GLOBAL: { effect: k(-1), doc: '(v -- ) globals[names[arg]] = v' },
  DELETE_GLOBAL: { effect: k(0), doc: '( -- ) del globals[names[arg]]' },
  LOAD_FAST: { effect: k(1), doc: '( -- localsplus[arg]) a local known to be bound.' },
  LOAD_FAST_CHECK: { effect: k(1), doc: '( -- localsplus[arg]) raises UnboundLocalError if unbound.' },
  LOAD_FAST_AND_CLEAR: { effect: k(1), doc: '( -- v|null) pushes the local (or NULL) and unbinds it: saves an outer value around an inlined comprehension (3.12+).' },
  STORE_FAST: { effect: k(-1), doc: '(v -- ) localsplus[arg] = v (a NULL v unbinds, restoring after an inlined comprehension).' },
  DELETE_FAST: { effect: k(0), doc: '( -- ) unbinds localsplus[arg].' },
  MAKE_CELL: { effect: k(0), doc: '( -- ) replaces localsplus[arg] with a new cell holding its value (prologue of a code with cellvars).' },
  COPY_FREE_VARS: { effect: k(0), doc: "( -- ) copies the function's closure cells into the last arg localsplus slots (prologue)." },
  LOAD_CLOSURE: { effect: k(1), doc: '( -- cell) the cell object itself in localsplus[arg], to build a closure tuple.' },
  LOAD_DEREF: { effect: k(1), doc: '( -- cell.contents) of the cell in localsplus[arg].' },
  STORE_DEREF: { effect: k(-1), doc: '(v -- ) cell.contents = v' },
  DELETE_DEREF: { effect: k(0), doc: '( -- ) empties the cell.' },
  LOAD_LOCALS: { effect: k(1), doc: '( -- locals) the locals mapping (class bodies).' },
  LOAD_FROM_DICT_OR_DEREF: { effect: k(0), doc: '(mapping -- v) names a free var (localsplus[arg]): looked up in mapping first, else the cell (class bodies; 3.11 LOAD_CLASSDEREF).' },
  LOAD_FROM_DICT_OR_GLOBALS: { effect: k(0), doc: '(mapping -- v) names[arg] in mapping, else globals/builtins.' },
  // --- building ---
  BUILD_TUPLE: { effect: (n) => 1 - n, doc: '(items[arg] -- tuple) allocates a tuple of arg items.' },
  BUILD_LIST: { effect: (n) => 1 - n, doc: '(items[arg] -- list) allocates a list of exactly arg items (no over-allocation).' },
  BUILD_SET: { effect: (n) => 1 - n, doc: '(items[arg] -- set)' },
  BUILD_MAP: { effect: (n) => 1 - 2 * n, doc: '(k1 v1 ... kn vn -- dict) arg pairs, presized for arg.' },
  BUILD_CONST_KEY_MAP: { effect: (n) => -n, doc: '(v1 ... vn keys -- dict) keys is a constant tuple of arg keys.' },
  BUILD_STRING: { effect: (n) => 1 - n, doc: '(s1 ... sn -- str) joins arg strings (f-strings).' },
  LIST_APPEND: { effect: k(-1), doc: '(list ... v -- list ...) appends to the list arg items down (comprehensions: list.append, amortised growth).' },
  SET_ADD: { effect: k(-1), doc: '(set ... v -- set ...)' },
  MAP_ADD: { effect: k(-2), doc: '(dict ... key value -- dict ...)' },
  LIST_EXTEND: { effect: k(-1), doc: '(list ... iterable -- list ...) list.extend (e.g. with a constant tuple for [1, 2, 3]).' },
  SET_UPDATE: { effect: k(-1), doc: '(set ... iterable -- set ...) set.update (e.g. with a constant frozenset).' },
  DICT_UPDATE: { effect: k(-1), doc: '(dict ... mapping -- dict ...) {**m}.' },
  DICT_MERGE: { effect: k(-1), doc: '(dict ... mapping -- dict ...) f(**m): like DICT_UPDATE but duplicate keys raise TypeError.' },
  FORMAT_VALUE: { effect: (f) => ((f & 4) !== 0 ? -1 : 0), doc: '(v [spec] -- str) f-string field; arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: a format spec is on the stack.' },
  // --- calls and functions ---
  KW_NAMES: { effect: k(0), doc: '( -- ) the next CALL\'s last len(consts[arg]) arguments are keywords named by that tuple.' },
  CALL: { effect: (n) => -n - 1, doc: '(null|callable callable|self args[arg] -- result) see CPython CALL: (null, f, args) or (f, self, args).' },
  CALL_FUNCTION_EX: { effect: (f) => -2 - (f & 1), doc: '(null callable argstuple [kwargsdict] -- result) f(*args, **kwargs); arg&1: kwargs present.' },
  MAKE_FUNCTION: { effect: (f) => -popcount(f), doc: '([defaults] [kwdefaults] [annotations] [closure] code -- function); flags 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple (name, value, ...), 8 closure tuple of cells.' },
  RETURN_VALUE: { effect: k(-1), terminates: true, doc: '(v -- ) returns v.' },
  RETURN_CONST: { effect: k(0), terminates: true, doc: '( -- ) returns consts[arg] (3.12+; 3.11 used LOAD_CONST + RETURN_VALUE).' },
  LOAD_BUILD_CLASS: { effect: k(1), doc: '( -- builtins.__build_class__)' },
  SETUP_ANNOTATIONS: { effect: k(0), doc: "( -- ) creates __annotations__ in locals if missing." },
  // --- iteration and generators ---
  GET_ITER: { effect: k(0), doc: '(iterable -- iter(iterable)) allocates an iterator (list_iterator, range_iterator, ...).' },
  FOR_ITER: { effect: k(1), jumpEffect: k(-1), doc: '(iter -- iter next) or, when exhausted, (iter -- ) and jump to arg.' },
  GET_LEN: { effect: k(1), doc: '(v -- v len(v)) match statements.' },
  RETURN_GENERATOR: { effect: k(1), doc: '( -- None) first instruction of a generator/coroutine code: creates the generator from the frame and returns it to the caller; resumed execution sees None to POP_TOP.' },
  YIELD_VALUE: { effect: k(0), doc: '(v -- sent) yields v; resumes with the sent value on top.' },
  GET_YIELD_FROM_ITER: { effect: k(0), doc: '(iterable -- iter) iter() unless already a generator/coroutine.' },
  SEND: { effect: k(0), jumpEffect: k(0), doc: '(receiver v -- receiver result) sends v into receiver; on StopIteration replaces v with its value and jumps to arg (an END_SEND).' },
  END_SEND: { effect: k(-1), doc: '(receiver v -- v)' },
  CLEANUP_THROW: { effect: k(-1), doc: '(sub_iter last_sent exc -- None value) handles StopIteration thrown into a yield from; reraises anything else.' },
  GET_AWAITABLE: { effect: k(0), doc: '(v -- awaitable) arg says where from (0 await, 1 __aenter__, 2 __aexit__).' },
  GET_AITER: { effect: k(0), doc: '(v -- v.__aiter__())' },
  GET_ANEXT: { effect: k(1), doc: '(aiter -- aiter awaitable)' },
  END_ASYNC_FOR: { effect: k(-2), doc: '(aiter exc -- ) ends an async for on StopAsyncIteration, else reraises.' },
  // --- exceptions and with ---
  BEFORE_WITH: { effect: k(1), doc: '(mgr -- exit enter_result) looks up __exit__ (bound) and calls __enter__.' },
  BEFORE_ASYNC_WITH: { effect: k(1), doc: '(mgr -- exit awaitable) like BEFORE_WITH with __aenter__.' },
  WITH_EXCEPT_START: { effect: k(1), doc: '(exit lasti prev_exc exc -- exit lasti prev_exc exc res) calls exit(type, exc, tb).' },
  PUSH_EXC_INFO: { effect: k(1), doc: '(exc -- prev_exc exc) saves the current handled exception and makes exc current.' },
  POP_EXCEPT: { effect: k(-1), doc: '(prev_exc -- ) restores the handled exception.' },
  CHECK_EXC_MATCH: { effect: k(0), doc: '(exc type -- exc bool) isinstance(exc, type).' },
  CHECK_EG_MATCH: { effect: k(0), doc: '(eg type -- rest match) splits an ExceptionGroup for except*.' },
  RAISE_VARARGS: { effect: (n) => -n, terminates: true, doc: '([exc [cause]] -- ) arg 0 reraises, 1 raise exc, 2 raise exc from cause.' },
  RERAISE: { effect: k(-1), terminates: true, doc: '(... exc -- ) reraises exc; if arg, sets the frame lasti from the item arg down first.' },
  LOAD_ASSERTION_ERROR: { effect: k(1), doc: '( -- AssertionError)' },
  // --- jumps (operands are absolute instruction indices) ---
  JUMP_FORWARD: { effect: k(0), jumpEffect: k(0), terminates: true, doc: '( -- ) jumps forward to arg.' },
  JUMP_BACKWARD: { effect: k(0), jumpEffect: k(0), terminates: true, doc: '( -- ) jumps back to arg (a loop edge: a line event fires even on the same line, and the eval breaker runs).' },
  POP_JUMP_IF_FALSE: { effect: k(-1), jumpEffect: k(-1), doc: '(v -- ) jump to arg if not v.' },
  POP_JUMP_IF_TRUE: { effect: k(-1), jumpEffect: k(-1), doc: '(v -- ) jump to arg if v.' },
  POP_JUMP_IF_NONE: { effect: k(-1), jumpEffect: k(-1), doc: '(v -- ) jump to arg if v is None.' },
  POP_JUMP_IF_NOT_NONE: { effect: k(-1), jumpEffect: k(-1), doc: '(v -- ) jump to arg if v is not None.' },
  // --- imports and unpacking ---
  IMPORT_NAME: { effect: k(-1), doc: '(level fromlist -- module) __import__(names[arg], ...).' },
  IMPORT_FROM: { effect: k(1), doc: '(module -- module attr) getattr(module, names[arg]) or the submodule.' },
  UNPACK_SEQUENCE: { effect: (n) => n - 1, doc: '(seq -- items[arg]) pushed so the first item is on top.' },
  UNPACK_EX: { effect: (a) => (a & 0xff) + (a >> 8), doc: '(seq -- after list before) a, *b, c: arg low byte = names before the star, high byte = after.' },
  // --- pattern matching ---
  MATCH_CLASS: { effect: k(-2), doc: '(subject cls kwnames -- attrs|None) arg positional sub-patterns; attrs is a tuple.' },
  MATCH_MAPPING: { effect: k(1), doc: '(subject -- subject bool)' },
  MATCH_SEQUENCE: { effect: k(1), doc: '(subject -- subject bool)' },
  MATCH_KEYS: { effect: k(1), doc: '(subject keys -- subject keys values|None)' },
  // --- pseudo-instructions: removed by the assembler, they only build the exception table ---
  SETUP_FINALLY: { effect: k(0), jumpEffect: k(1), doc: 'pseudo: protects what follows; an exception unwinds to the current depth and jumps to arg with (exc).' },
  SETUP_CLEANUP: { effect: k(0), jumpEffect: k(2), doc: 'pseudo: like SETUP_FINALLY but also pushes lasti: (lasti exc).' },
  SETUP_WITH: { effect: k(0), jumpEffect: k(1), doc: 'pseudo: protects a with body; unwinds to just above __exit__ and pushes (lasti exc).' },
  POP_BLOCK: { effect: k(0), doc: 'pseudo: ends the innermost SETUP_* region.' },
} satisfies Record<string, OpcodeInfo>;

/** Opcodes whose arg is a jump target. */
export const JUMP_OPCODES: ReadonlySet<Opcode> = new Set<Opcode>([
  'JUMP_FORWARD', 'JUMP_BACKWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE',
  'POP_JUMP_IF_NOT_NONE', 'FOR_ITER', 'SEND', 'SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH',
]);

/** Pseudo-instructions the assembler removes. */
export const PSEUDO_OPCODES: ReadonlySet<Opcode> = new Set<Opcode>(['SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH', 'POP_BLOCK']);
