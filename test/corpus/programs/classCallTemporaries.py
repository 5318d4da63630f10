# What does calling a class allocate besides the instance? CPython packs the arguments into a
# tuple (and keywords into a dict) before __init__ runs; free lists keep them afterwards.
import gc
from dataclasses import dataclass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance


@dataclass
class Point:
    x: int
    y: int


class Registry(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.created += 1
        return obj


class Plugin(metaclass=Registry):
    created = 0

    def __init__(self, name):
        self.name = name


def gen0_moved_by(make):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    obj = make()
    moved = gc.get_count()[0] - before
    gc.enable()
    return moved, obj


print("Account('ann')           ", gen0_moved_by(lambda: Account("ann"))[0])
print("Account('bob', 10)       ", gen0_moved_by(lambda: Account("bob", 10))[0])
print("Account('cy', balance=5) ", gen0_moved_by(lambda: Account("cy", balance=5))[0])
print("Point(1, 2)              ", gen0_moved_by(lambda: Point(1, 2))[0])
print("Point(x=1, y=2)          ", gen0_moved_by(lambda: Point(x=1, y=2))[0])
print("Plugin('csv')            ", gen0_moved_by(lambda: Plugin("csv"))[0], Plugin.created)

# One call site, run again and again: 3.13 specializes it after the first run.
moves = []
for i in range(5):
    moves.append(gen0_moved_by(lambda: Point(i, i))[0])
print("same site, five runs     ", moves)
accounts = [Account(name, i) for i, name in enumerate(["a", "b", "c"])]
print(sum(a.balance for a in accounts), [a.owner for a in accounts])
