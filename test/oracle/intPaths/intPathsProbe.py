"""What CPython requests for the int paths beyond add/sub (issue #4): per statement, the result's
sys.getsizeof, the bytes and blocks tracemalloc still charges to the statement's line afterwards,
and the transient peak above that end state (temporaries: k_mul's splits, long_pow's squares,
x_divrem's copies, int(str)'s over-estimate freed by maybe_small_long...).

Run under each interpreter and keep the output beside this file:
  for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 intPathsProbe.py > intPathsProbe.$v.txt; done
src/interpreter/objects/intPaths.test.ts runs this script on the simulation and compares.
"""
import gc
import sys
import tracemalloc

A = 3**200          # 11 digits
B = 7**150          # 15 digits
N = -A
C = 2**60 + 12345   # 2 digits
K1 = 3**2000        # 106 digits: x_mul (below KARATSUBA_CUTOFF 70? no: k_mul splits)
K2 = 5**1500        # 117 digits
K3 = 3**6000        # 317 digits
L1 = 3**1400        # 74 digits
L2 = 7**2000        # 188 digits: lopsided against L1
M = 10**40 + 7      # modulus, 5 digits
S10 = "1" * 10
S19 = "9" * 19
S50 = "12345" * 10
S200 = "7" * 200
S1000 = "31" * 500
S4000 = "8" * 4000
H16 = "ff" * 8
H100 = "abc" * 33
USC = "1_000_000_000_000_000_000"
USC2 = "1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1_1"
S1, S2, S3, S4 = 1000, 77777, 12345678, 89   # compact operands (variables: no constant folding)

CASES = [
    ("mul.compact", lambda: S1 * S2),
    ("mul.compactTwoDigits", lambda: S2 * S3),
    ("mul.2x2", lambda: C * C),
    ("mul.11x15", lambda: A * B),
    ("mul.11x11", lambda: A * A),
    ("mul.neg", lambda: N * B),
    ("mul.kmul", lambda: K1 * K2),
    ("mul.square106", lambda: K1 * K1),
    ("mul.square317", lambda: K3 * K3),
    ("mul.kmul317x117", lambda: K3 * K2),
    ("mul.lopsided", lambda: L1 * L2),
    ("pow.2", lambda: A ** 2),
    ("pow.3", lambda: A ** 3),
    ("pow.10", lambda: A ** 10),
    ("pow.small1000", lambda: 3 ** 1000),
    ("pow.small100", lambda: 7 ** 100),
    ("pow.2pow200", lambda: 2 ** 200),
    ("pow.compact", lambda: S4 ** 3),
    ("pow.compactGrows", lambda: S4 ** 12),
    ("pow.A100", lambda: A ** 100),
    ("pow.neg3", lambda: N ** 3),
    ("pow.mod5", lambda: pow(A, 5, M)),
    ("pow.mod65537", lambda: pow(A, 65537, M)),
    ("pow.modbig", lambda: pow(A, B, M)),
    ("pow.modsmall", lambda: pow(A, 3, 1000003)),
    ("pow.modneg", lambda: pow(A, 77, -M)),
    ("pow.modwindowsmall", lambda: pow(S2, B, 1000003)),
    ("pow.mod1", lambda: pow(A, 5, 1)),
    ("lshift.compact", lambda: S1 << 3),
    ("lshift.compact40", lambda: S1 << 40),
    ("lshift.1x100", lambda: 1 << 100),
    ("lshift.1x1000", lambda: 1 << 1000),
    ("lshift.A1", lambda: A << 1),
    ("lshift.A30", lambda: A << 30),
    ("lshift.A100", lambda: A << 100),
    ("lshift.N5", lambda: N << 5),
    ("rshift.compact", lambda: S3 >> 3),
    ("rshift.all", lambda: A >> 400),
    ("rshift.Nall", lambda: N >> 400),
    ("rshift.A1", lambda: A >> 1),
    ("rshift.A30", lambda: A >> 30),
    ("rshift.A100", lambda: A >> 100),
    ("rshift.N7", lambda: N >> 7),
    ("rshift.N60", lambda: N >> 60),
    ("rshift.C30", lambda: C >> 30),
    ("and.compact", lambda: S3 & (S3 - 7)),
    ("and.AB", lambda: A & B),
    ("and.BA", lambda: B & A),
    ("and.NB", lambda: N & B),
    ("and.AnegB", lambda: A & -B),
    ("and.mask", lambda: A & 0xFFFFFFFFFFFF),
    ("or.AB", lambda: A | B),
    ("or.NB", lambda: N | B),
    ("or.compact", lambda: S3 | S2),
    ("or.NnegB", lambda: N | -B),
    ("and.NnegB", lambda: N & -B),
    ("xor.AB", lambda: A ^ B),
    ("xor.NnegB", lambda: N ^ -B),
    ("xor.AA", lambda: A ^ A),
    ("invert.compact", lambda: ~S3),
    ("invert.A", lambda: ~A),
    ("invert.N", lambda: ~N),
    ("neg.compact", lambda: -S3),
    ("neg.A", lambda: -A),
    ("neg.C", lambda: -C),
    ("abs.N", lambda: abs(N)),
    ("abs.A", lambda: abs(A)),
    ("abs.compact", lambda: abs(S3)),
    ("abs.compactNeg", lambda: abs(-S3)),
    ("floordiv.compact", lambda: S3 // S4),
    ("floordiv.BnegA", lambda: B // -A),
    ("floordiv.BA", lambda: B // A),
    ("floordiv.AB", lambda: A // B),
    ("floordiv.negBA", lambda: -B // A),
    ("floordiv.B1digit", lambda: B // 12345),
    ("floordiv.K1A", lambda: K1 // A),
    ("mod.compact", lambda: S3 % S4),
    ("mod.BnegA", lambda: B % -A),
    ("mod.negB1digit", lambda: -B % 12345),
    ("mod.BA", lambda: B % A),
    ("mod.AB", lambda: A % B),
    ("mod.negBA", lambda: -B % A),
    ("mod.B1digit", lambda: B % 12345),
    ("divmod.compact", lambda: divmod(S3, S4)),
    ("divmod.BnegA", lambda: divmod(B, -A)),
    ("divmod.AB", lambda: divmod(A, B)),
    ("divmod.BA", lambda: divmod(B, A)),
    ("divmod.negBA", lambda: divmod(-B, A)),
    ("divmod.B1digit", lambda: divmod(B, 12345)),
    ("int.s10", lambda: int(S10)),
    ("int.s19", lambda: int(S19, 10)),
    ("int.s50", lambda: int(S50)),
    ("int.s200", lambda: int(S200)),
    ("int.s1000", lambda: int(S1000)),
    ("int.s4000", lambda: int(S4000)),
    ("int.underscores", lambda: int(USC)),
    ("int.underscores2", lambda: int(USC2)),
    ("int.base36", lambda: int("z" * 20, 36)),
    ("int.bytes", lambda: int(b"123456789012345678901234567890")),
    ("int.hex16", lambda: int(H16, 16)),
    ("int.hex100", lambda: int(H100, 16)),
    ("int.small", lambda: int("200")),
    ("int.medium", lambda: int("12345")),
    ("str.A", lambda: str(A)),
    ("str.C", lambda: str(C)),
    ("str.compact", lambda: str(S3)),
    ("repr.A", lambda: repr(A)),
    ("str.K1", lambda: str(K1)),
    ("str.K3", lambda: str(K3)),
    ("hex.A", lambda: hex(A)),
]


def measure(fn):
    """(getsizeof, retained bytes, retained blocks, peak above the end state) of one call."""
    fn()
    fn()
    # Free lists emptied: a temporary of fn parked on one (a 1-tuple of int()'s arguments) would
    # stay charged to its line until the next snapshot reuses it elsewhere.
    gc.collect()
    line = fn.__code__.co_firstlineno
    before = tracemalloc.take_snapshot()
    # One 2-tuple parked on the free list, so divmod's result reuses a block on every version
    # instead of depending on what the snapshot machinery left there.
    pair = tuple([fn, fn])
    del pair
    tracemalloc.reset_peak()
    r = fn()
    current, peak = tracemalloc.get_traced_memory()
    after = tracemalloc.take_snapshot()
    size = blocks = 0
    for stat in after.compare_to(before, "lineno"):
        frame = stat.traceback[0]
        if frame.filename == __file__ and frame.lineno == line:
            size += stat.size_diff
            blocks += stat.count_diff
    return sys.getsizeof(r), size, blocks, peak - current


tracemalloc.start()
for label, fn in CASES:
    print(label, *measure(fn))
tracemalloc.stop()
