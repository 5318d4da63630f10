# Subclassing property, classmethod and staticmethod: the patterns libraries use.
import abc
import gc
import sys


class logged_property(property):
    """A property that counts its reads."""
    reads = 0

    def __get__(self, obj, objtype=None):
        if obj is not None:
            type(self).reads += 1
        return super().__get__(obj, objtype)


class classproperty(property):
    def __get__(self, obj, objtype=None):
        return self.fget(objtype)


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, func):
        func.__isabstractmethod__ = True
        super().__init__(func)


class tagged_static(staticmethod):
    def __call__(self, *args):
        return ('tagged', self.__func__(*args))


class Temperature:
    unit = 'C'

    def __init__(self, celsius):
        self._c = celsius

    @logged_property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @classproperty
    def label(cls):
        return 'temperature in ' + cls.unit

    @tagged_static
    def clamp(x):
        return max(-273.15, x)


t = Temperature(21.5)
print(t.celsius, t.celsius, logged_property.reads)
t.celsius = 30
print(t.celsius, logged_property.reads)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
print(Temperature.label, t.label)
print(type(Temperature.__dict__['celsius']).__name__, Temperature.celsius.__doc__)
print(Temperature.clamp(-500), tagged_static(abs)(-3))
print(isinstance(Temperature.__dict__['celsius'], property), Temperature.__dict__['celsius'].__dict__)


class Shape(abc.ABC):
    @abstractclassmethod
    def from_string(cls, text):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @classmethod
    def from_string(cls, text):
        return cls(float(text))


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
print(Square.from_string('2.5').side, sorted(Shape.__abstractmethods__))
print(sorted(Shape.__dict__['from_string'].__dict__))


class Doc(property):
    "subclass doc"


def area(self):
    "area getter"
    return 1


print(Doc(area).__doc__, Doc(None).__doc__, Doc(area, doc='given').__dict__.get('__doc__'))
p = Doc(area)
q = p.setter(lambda self, v: None)
print(type(q).__name__, q.__doc__, q.fget is area, q.fset is not None)

print(sys.getsizeof(property()), sys.getsizeof(p), sys.getsizeof(classmethod(area)), sys.getsizeof(abstractclassmethod(area)))
gc.collect()
before = len(gc.get_objects())
props = [Doc(area) for _ in range(100)]
print('new tracked objects:', len(gc.get_objects()) - before)
del props
print('after del:', len(gc.get_objects()) - before, sys.getrefcount(area))
