/**
 * The typing module and `list[int]` / `int | None` against CPython 3.11.7, 3.12.1 and 3.13.0 (the
 * three printed the same lines; test/oracle/typingProbe.py re-measures them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput as run } from '../session/runChecked';

const reprs = `
from typing import Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Literal, get_origin, get_args
T = TypeVar('T')
class Box(Generic[T]):
    pass
print(Optional[int], Union[int, str, None], List[int], Dict[str, List[T]], Tuple[int, ...], Callable[[int], str], Literal['a', 1])
print(list[int], dict[str, tuple[int, ...]], int | None, Box[int], Box.__parameters__, Box.__mro__)
print(get_origin(List[int]), get_args(Callable[[int], str]), get_args(int | str), Union[int] is int)
`;

test('typing aliases, builtin generic aliases and unions print as CPython prints them', () => {
  for (const v of ['3.11', '3.12', '3.13'] as const) {
    assert.equal(run(reprs, v),
      "typing.Optional[int] typing.Union[int, str, NoneType] typing.List[int] typing.Dict[str, typing.List[~T]] typing.Tuple[int, ...] typing.Callable[[int], str] typing.Literal['a', 1]\n"
      + "list[int] dict[str, tuple[int, ...]] int | None __main__.Box[int] (~T,) (<class '__main__.Box'>, <class 'typing.Generic'>, <class 'object'>)\n"
      + "<class 'list'> ([<class 'int'>], <class 'str'>) (<class 'int'>, <class 'str'>) True\n", v);
  }
});
