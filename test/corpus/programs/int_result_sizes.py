"""Which C constructor makes an int result, seen through tracemalloc: PyLong_FromSsize_t and the
unsigned constructors build a one-digit int with _PyLong_New(1) (28 bytes), PyLong_FromLong with
_PyLong_FromMedium (32). len(), hash(), sys.getsizeof(), index/count/find, enumerate(), bisect,
itertools.count() and sum() (3.12+) are of the first kind; arithmetic results of the second. The
peak of sum() shows its iterator freed before the result is made."""
import tracemalloc, sys, math, bisect, operator, itertools, collections, random
big = list(range(1000))
tup = tuple(big)
s = "ab" * 500
b = b"ab" * 500
st = set(range(300))
r = range(1000)
dq = collections.deque(big)
rnd = random.Random(5)
cnt = itertools.count(1000)
def m(label, f):
    tracemalloc.start()
    r = f()
    cur = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(label, r, cur)
m("len_list", lambda: len(big)); m("len_str", lambda: len(s)); m("len_set", lambda: len(st)); m("len_range", lambda: len(r))
m("getsizeof", lambda: sys.getsizeof(big)); m("hash_int", lambda: hash(1000)); m("hash_tuple", lambda: hash((1,)) % 1 + hash(700))
m("list.index", lambda: big.index(999)); m("list.count", lambda: big.count(5) * 0 + 999 - 999)
m("tuple.index", lambda: tup.index(999)); m("str.count", lambda: s.count("a")); m("str.find", lambda: s.find("ba", 700))
m("str.rfind", lambda: s.rfind("ab")); m("str.index", lambda: s.index("b", 800)); m("bytes.find", lambda: b.find(b"ba", 700))
m("bytes.count", lambda: b.count(b"a")); m("enumerate", lambda: next(enumerate(big, 700))[0])
m("bit_length", lambda: (1 << 300).bit_length()); m("bit_count", lambda: ((1 << 400) - 1).bit_count())
m("from_bytes", lambda: int.from_bytes(b"\x10\x00", "big")); m("ord", lambda: ord("\u4e00"))
m("divmod", lambda: divmod(100000, 7)[0]); m("round_f", lambda: round(1000.7)); m("int_f", lambda: int(1000.7))
m("int_s", lambda: int("1000")); m("int_s_big", lambda: int("1000000000000"))
m("math.floor", lambda: math.floor(1000.5)); m("math.ceil", lambda: math.ceil(1000.5)); m("math.trunc", lambda: math.trunc(1000.5))
m("math.gcd", lambda: math.gcd(3000, 6000)); m("math.isqrt", lambda: math.isqrt(1000000)); m("math.comb", lambda: math.comb(30, 2))
m("math.factorial", lambda: math.factorial(7)); m("math.prod", lambda: math.prod([10, 100])); m("operator.index", lambda: operator.index(big[999]))
m("range.index", lambda: r.index(999)); m("range.start", lambda: range(700, 800).start); m("range_getitem", lambda: r[700])
m("range_iter", lambda: next(iter(range(700, 800))));
m("bisect", lambda: bisect.bisect(big, 700)); m("deque.index", lambda: dq.index(999)); m("count", lambda: next(cnt))
m("getrandbits", lambda: rnd.getrandbits(20) * 0 + 1000 - 1000 + rnd.getrandbits(20)); m("randrange", lambda: rnd.randrange(1000, 2000))
m("list_getitem", lambda: big[999]); m("add", lambda: big[600] + big[500]); m("sub", lambda: big[999] - big[1]); m("mul", lambda: big[500] * 3)
m("floordiv", lambda: big[999] * 100 // 3); m("mod", lambda: 100000 % 9999); m("neg", lambda: -big[999]); m("abs", lambda: abs(-big[999]))
m("lshift", lambda: big[500] << 2); m("rshift", lambda: 100000 >> 2); m("and", lambda: 100000 & 0xfff); m("or", lambda: big[999] | 1024)
m("xor", lambda: big[999] ^ 1024); m("invert", lambda: ~big[999]); m("pow", lambda: big[30] ** 2); m("pow3", lambda: pow(big[30], 2, 10007))
m("max", lambda: max(big)); m("min_key", lambda: min(big, key=lambda x: -x)); m("sum", lambda: sum(big)); m("sum_start", lambda: sum([1, 2], 998))
m("str.__len__", lambda: s.__len__()); m("int.__index__", lambda: (1000).__index__()); m("conjugate", lambda: big[999].conjugate())
m("len_bytes", lambda: len(b)); m("bytearray_i", lambda: bytearray(b"\xff")[0] + 745)

m("list.pop", lambda: [1, 2, 1000 + big[1]].pop()); m("sorted_last", lambda: sorted([700, 800])[1])
m("struct_len", lambda: len(set(range(400))))
import re
mt = re.search("b(a)b", "x" * 700 + "bab" + "y" * 300)
m("re.start", lambda: mt.start()); m("re.end", lambda: mt.end()); m("re.span", lambda: mt.span(1)[0]); m("re.endpos", lambda: mt.endpos)
m("perm", lambda: math.perm(30, 2)); m("from_bytes_signed", lambda: int.from_bytes(b"\x10\x00", "little", signed=True))
m("comb_k1", lambda: math.comb(big[999] + 1, 1))
n = big[999] + 2
print(math.comb(n, 1) is n, math.comb(n, n - 1) is n, math.perm(n, 1) is n, math.perm(n) is n, math.isqrt(n * n) is n)
tracemalloc.start()
total = sum(big)
print("sum_peak", total, tracemalloc.get_traced_memory())
tracemalloc.stop()
c = itertools.count(2**63 - 2)
print(next(c), next(c), next(c), c, itertools.count(5), itertools.count(5, 1), itertools.count(1.5), itertools.count(2, 3))
print(sum([1, 2**70, 0.1, 0.2, 0.3]), sum([0.1, 2**70, 0.1, 0.2, 0.3]), sum([1, 0.1, 0.2, 0.3]), sum([0.1] * 10))
print(sum([True, True, False]), type(sum([True, True])), sum([], 2**70), sum([1.5, True, 2**64, 0.1]), sum([2**62] * 4))
print(sum([1, 2.5, 2**64, 0.1, 0.2]), sum([0.5, 2**64, 0.1, 0.2, 0.3]), sum(range(10), 0.0), sum([-2**63, -1, 5]))
