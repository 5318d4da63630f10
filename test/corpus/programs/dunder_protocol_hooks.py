"""What the pickle/copy hooks of built-in objects return when called directly, and how
copy.copy / copy.deepcopy follow a class's own __reduce_ex__ / __reduce__."""
import copy
import sys

nums = [3, 1, 4, 1, 5]
back = nums.__reversed__()
print(type(back).__name__, list(back), list(reversed(nums)) == list(nums.__reversed__()))
prices = {'tea': 3, 'cake': 5, 'jam': 2}
print(type(prices.__reversed__()).__name__, list(prices.__reversed__()))
steps = range(0, 20, 5)
print(type(steps.__reversed__()).__name__, list(steps.__reversed__()), list(range(3).__reversed__()))

word = 'heap'
blob = b'\x00\x01'
pair = (1, 'two')
big = 10 ** 20
small = 5
print(word.__getnewargs__(), blob.__getnewargs__(), pair.__getnewargs__(), (7).__getnewargs__(), (2.5).__getnewargs__())
print('copies:', word.__getnewargs__()[0] is word, pair.__getnewargs__()[0] is pair, big.__getnewargs__()[0] is big,
      small.__getnewargs__()[0] is small)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Empty:
    pass


class Slots:
    __slots__ = ('a', '__b')

    def __init__(self):
        self.a = 1
        self.__b = 2


class Both(Slots):
    __slots__ = ('c', '__dict__')


p = Point(1, 2)
state = p.__getstate__()
print(state, state is p.__dict__, Empty().__getstate__(), object().__getstate__())
print('__slotnames__' in vars(Slots))
print(Slots().__getstate__(), Slots.__slotnames__)
b = Both()
b.c = 3
b.tag = 'x'
print(b.__getstate__(), Both.__slotnames__)
print([1].__getstate__(), (1).__getstate__())


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
        self.log = ['created']

    def __reduce_ex__(self, protocol):
        print('  __reduce_ex__ called with protocol', protocol)
        return (Temperature, (self.celsius,), {'log': self.log + ['copied']})


t = Temperature(21.5)
c = copy.copy(t)
print(type(c).__name__, c.celsius, c.log, c.log is t.log)
d = copy.deepcopy(t)
print(d.celsius, d.log)


class Token:
    def __init__(self, name):
        self.name = name

    def __reduce__(self):
        return 'SINGLETON'


tok = Token('root')
print(copy.copy(tok) is tok, copy.deepcopy(tok) is tok)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def __reduce__(self):
        return (Stack, (), None, iter(self.items))

    def append(self, x):
        self.push(x)


s = Stack()
s.push([1, 2])
s.push('b')
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.items, s2.items[0] is s.items[0], s3.items, s3.items[0] is s.items[0])


class Versioned:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        return (Versioned, (self.v,), ({'restored': True}, {'extra': protocol}))

    def __setstate__(self, state):
        print('  __setstate__', state)
        self.__dict__.update(state[0])


v = copy.copy(Versioned(9))
print(v.v, v.restored)
print(sys.getsizeof(p.__getstate__()) > 0)
