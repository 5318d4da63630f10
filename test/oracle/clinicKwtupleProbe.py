"""Which 3.11 Argument Clinic functions build their parser's keyword tuple (`_PyArg_Parser.kwtuple`,
`parser_init`) on a first call with keywords, and how big it is: the tuple free list of each size,
read with sys._debugmallocstats before and after the call, and again after a second call (which
takes nothing: the tuple is kept for the life of the process). 3.12+ compile the tuples statically,
so nothing changes there. builtins/clinicKwtuple.ts models what this prints.

usage: PYENV_VERSION=3.11.7 python3 test/oracle/clinicKwtupleProbe.py [--runner]
  --runner: each case runs under media/python/tracemallocRunner.py (the Compare view's startup),
  where runpy's machinery has already initialized some parsers (then the case prints {}).
Prints one line per case: {tuple size: (taken by the first call, taken by the second)}."""
import os
import subprocess
import sys
import tempfile

# name -> (setup, the call made twice)
CASES = {
    "list.sort key": ("l = [3, 1, 2]", "l.sort(key=None)"),
    "list.sort reverse": ("l = [3, 1, 2]", "l.sort(reverse=True)"),
    "list.sort positional only": ("l = [3, 1, 2]", "l.sort()"),
    "sorted key": ("l = [3, 1, 2]", "sorted(l, key=None)"),
    "sorted reverse": ("l = [1]", "sorted(l, reverse=True)"),
    "int base": ("", "int('10', base=2)"),
    "str.split sep": ("", "'a b'.split(sep=' ')"),
    "str.split maxsplit": ("", "'a b'.split(maxsplit=1)"),
    "str.rsplit sep": ("", "'a b'.rsplit(sep=' ')"),
    "str.encode": ("", "'a'.encode(encoding='utf-8')"),
    "str.splitlines": ("", "'a'.splitlines(keepends=True)"),
    "str.expandtabs": ("", "'a'.expandtabs(tabsize=4)"),
    "bytes.decode": ("", "b'a'.decode(encoding='utf-8')"),
    "bytearray.decode": ("", "bytearray(b'a').decode(errors='strict')"),
    "bytes.hex sep": ("", "b'ab'.hex(sep=':')"),
    "round ndigits": ("", "round(1.5, ndigits=0)"),
    "sum start": ("", "sum([1], start=0)"),
    "pow mod": ("", "pow(2, 3, mod=5)"),
    "int.to_bytes": ("", "(5).to_bytes(2, byteorder='big')"),
    "int.from_bytes": ("", "int.from_bytes(b'a', byteorder='big')"),
    "bisect.bisect_right lo": ("import bisect", "bisect.bisect_right([1], 1, lo=0)"),
    "bisect.bisect alias then bisect_right": ("import bisect; bisect.bisect([1], 1, key=None)", "bisect.bisect_right([1], 1, lo=0)"),
    "bisect.bisect_left key": ("import bisect", "bisect.bisect_left([1], 1, key=None)"),
    "bisect.insort key": ("import bisect", "bisect.insort([1], 1, key=None)"),
    "bisect.insort_left key": ("import bisect", "bisect.insort_left([1], 1, key=None)"),
    "max key": ("l = [3, 1, 2]", "max(l, key=None)"),
    "min default": ("", "min([], default=0)"),
    "enumerate start": ("", "enumerate([], start=1)"),
    "zip strict": ("", "zip([1], [2], strict=True)"),
    "str.format": ("", "'{x}'.format(x=1)"),
    "dict": ("", "dict(a=1)"),
    "str.join": ("", "','.join(['a'])"),
}

PROGRAM = """import os, sys
def counts():
    fd = os.open({stats!r}, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    saved = os.dup(2)
    os.dup2(fd, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(fd)
    os.close(saved)
    out = {{}}
    for line in open({stats!r}).read().splitlines():
        if 'free ' in line and '-sized PyTupleObject' in line:
            out[int(line.split('free')[1].split('-sized')[0])] = int(line.split()[0])
    return out
{setup}
a = counts()
{call}
b = counts()
{call}
c = counts()
print({{k: (a[k] - b[k], b[k] - c[k]) for k in a if a[k] != b[k] or b[k] != c[k]}})
"""


def main():
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "media", "python", "tracemallocRunner.py")
    under_runner = "--runner" in sys.argv[1:]
    work = tempfile.mkdtemp()
    stats, script = os.path.join(work, "stats.txt"), os.path.join(work, "case.py")
    for name, (setup, call) in CASES.items():
        with open(script, "w") as f:
            f.write(PROGRAM.format(stats=stats, setup=setup, call=call))
        argv = [sys.executable, runner, os.devnull, script] if under_runner else [sys.executable, script]
        print(name, subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip())
    for path in (stats, script):
        if os.path.exists(path):
            os.unlink(path)
    os.rmdir(work)


if __name__ == "__main__":
    main()
