# A traffic light as an Enum state machine: members, lookups, methods in the body.
import sys
from enum import Enum, auto, unique


@unique
class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()

    @property
    def can_go(self):
        return self is Light.GREEN

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


DURATIONS = {Light.RED: 30, Light.RED_AMBER: 2, Light.GREEN: 25, Light.AMBER: 3}

state = Light.RED
clock = 0
for step in range(6):
    print(f"t={clock:3d}s {state.name:<10} value={state.value} go={state.can_go}")
    clock += DURATIONS[state]
    state = state.next()

print(repr(Light.GREEN), str(Light.AMBER), f"[{Light.RED}]", format(Light.RED, '>14'))
print(Light(3), Light['AMBER'], Light.GREEN in Light, len(Light))
print([m.name for m in Light])
print(Light.__members__.keys())
print(type(Light), repr(Light))
print(Light.RED == Light.RED, Light.RED == 1, Light.RED is Light(1))
print(hash(Light.GREEN) == hash('GREEN'))

for bad in (9, 'RED'):
    try:
        Light(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    Light['BLUE']
except KeyError as e:
    print('KeyError:', e)
try:
    Light.RED = 'stop'
except AttributeError as e:
    print('AttributeError:', e)
try:
    Light.RED.value = 9
except AttributeError as e:
    print('AttributeError:', e)

try:
    @unique
    class Mode(Enum):
        AUTO = 1
        MANUAL = 2
        HAND = 2
except ValueError as e:
    print('ValueError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))

Animal = Enum('Animal', 'CAT DOG COW')
print(list(Animal), Animal.DOG.value)

# A member is an instance of its class with a __dict__.
print(sys.getsizeof(Light.RED) in (48, 56), isinstance(Light.RED, Light))
print(sorted(Light.RED.__dict__))
