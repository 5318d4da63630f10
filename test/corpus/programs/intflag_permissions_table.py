# A chmod-style permission table built on enum.IntFlag: members are ints, so they combine with
# plain numbers, format as octal digits and key dicts by value.
import gc
import sys
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


def mode_string(bits):
    return ''.join(ch if bits & p else '-' for ch, p in zip('rwx', (Perm.R, Perm.W, Perm.X)))


files = {
    'notes.txt': (Perm.R | Perm.W, Perm.R, Perm.R),
    'deploy.sh': (Perm.RWX, Perm.R | Perm.X, Perm.X),
    'secret.key': (Perm.R | Perm.W, Perm(0), Perm(0)),
}

print(f"{'file':<12}{'mode':>6}  {'symbolic':<10} owner")
for name, (owner, group, other) in files.items():
    octal = f"{owner}{group}{other}"
    symbolic = mode_string(owner) + mode_string(group) + mode_string(other)
    print(f"{name:<12}{octal:>6}  {symbolic:<10} {owner!r}")

print(list(Perm), len(Perm), Perm.RWX in [7], Perm(7) is Perm.RWX)
combo = Perm.R | Perm.W
print(repr(combo), str(combo), combo.name, combo.value, list(combo), len(combo), Perm.W in combo)
print(repr(~Perm.R), repr(~Perm.RWX), repr(Perm.R | 8), repr(Perm(-1)))
print(repr(Perm.R & 6), repr(Perm.X ^ Perm.RWX), repr(1 | Perm.W), Perm.R + Perm.W, type(Perm.R + 1).__name__)
print(sorted([Perm.W, 5, Perm.X, 3]), max(Perm), sum(Perm), int(Perm.RWX), f"{Perm.R:03b}", hex(Perm.RWX))

labels = {4: 'read', 2: 'write', 1: 'execute'}
print([labels[p] for p in Perm], {Perm.R: 'r'}[4], hash(Perm.W) == hash(2))

print(sys.getsizeof(Perm.R), sys.getsizeof(combo), Perm.R.__sizeof__(), gc.is_tracked(Perm.R), gc.is_tracked(4))
print(isinstance(Perm.R, int), type(Perm.R).__mro__[1].__name__, Perm.__members__)
