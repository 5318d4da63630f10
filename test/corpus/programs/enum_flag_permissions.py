# File permissions as a Flag: combining, testing and listing bits.
from enum import Flag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE


print(list(Perm), len(Perm), repr(Perm))
print(Perm.READ.value, Perm.WRITE.value, Perm.EXECUTE.value, repr(Perm.RW))

users = {
    'alice': Perm.READ | Perm.WRITE | Perm.EXECUTE,
    'bob': Perm.READ,
    'carol': Perm.RW,
    'guest': Perm(0),
}
for user, perm in users.items():
    can = [p.name for p in Perm if p in perm]
    print(f"{user:6} {str(perm):28} {perm.value} bool={bool(perm)} can={can} n={len(perm)}")

p = Perm.READ | Perm.EXECUTE
print(repr(p), p.name, str(p), format(p))
print(repr(~Perm.READ), repr(p & Perm.READ), repr(p ^ Perm.READ), repr(p & Perm.WRITE))
print(Perm.READ in p, Perm.WRITE in p, (Perm.READ | Perm.WRITE) == Perm.RW)
print(Perm(5) is p, Perm(3) is Perm.RW, list(Perm(7)))
try:
    Perm(9)
except ValueError as e:
    print('ValueError:', e)
try:
    print(1 in p)
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4


mix = Color.RED | Color.BLUE
print(mix, repr(mix), [c.name for c in mix], Color(0), repr(Color(0)))
print(Color.RED | Color.RED is Color.RED, hash(Color.RED) == hash('RED'))
