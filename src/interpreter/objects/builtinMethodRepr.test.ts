/**
 * A built-in type's method reached through an instance of a subclass is a built-in method bound
 * to it (`method_get`), as for the exact type: `<built-in method append of Stack object at ...>`,
 * 72 bytes, not a bound method. Expected text from CPython 3.11.7, 3.12.1 and 3.13.0 (the same).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';

const SOURCE = "import collections, dataclasses, datetime, sys\nclass Stack(list): pass\nclass D(dict): pass\nclass I(int): pass\nclass Str(str): pass\nclass T(tuple): pass\nclass OD(collections.OrderedDict): pass\n@dataclasses.dataclass\nclass P:\n    x: int\ndef short(r):\n    return r[:r.index(' at 0x')] + '>' if ' at 0x' in r else r\nfor o, m in [(Stack(), 'append'), (D(), 'get'), (I(), 'bit_length'), (Str(), 'upper'), (T(), 'count'), (OD(), 'move_to_end'),\n             (collections.OrderedDict(), 'move_to_end'), (collections.defaultdict(list), '__missing__'), ([], 'append'),\n             (Stack(), '__len__'), (datetime.date(2020, 1, 2), 'isoformat'), (P(1), '__eq__')]:\n    b = getattr(o, m)\n    print(short(repr(b)), sys.getsizeof(b), type(b).__name__)\n";

const EXPECTED = "<built-in method append of Stack object> 72 builtin_function_or_method\n<built-in method get of D object> 72 builtin_function_or_method\n<built-in method bit_length of I object> 72 builtin_function_or_method\n<built-in method upper of Str object> 72 builtin_function_or_method\n<built-in method count of T object> 72 builtin_function_or_method\n<built-in method move_to_end of OD object> 72 builtin_function_or_method\n<built-in method move_to_end of collections.OrderedDict object> 72 builtin_function_or_method\n<built-in method __missing__ of collections.defaultdict object> 72 builtin_function_or_method\n<built-in method append of list object> 72 builtin_function_or_method\n<method-wrapper '__len__' of Stack object> 48 method-wrapper\n<built-in method isoformat of datetime.date object> 72 builtin_function_or_method\n<bound method P.__eq__ of P(x=1)> 64 method\n";

test('built-in methods bound to subclass instances repr and size as CPython\'s, on every version', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: SOURCE, filename: 'script.py', version, maxSteps: 1_000_000 });
    s.continue();
    assert.equal(s.stdout, EXPECTED, version);
  }
});
