# Calling the descriptor protocol by hand: a command table of plain functions, classmethods and
# staticmethods bound with __get__, properties built from operator.itemgetter after the class
# exists (they never learn a name), and the errors each kind of property gives.
import operator


class Shell:
    prompt = '$'

    def _ls(self):
        return f'{self.prompt} ls in {self.cwd}'

    @classmethod
    def _version(cls):
        return f'{cls.__name__} 1.0'

    @staticmethod
    def _help():
        return 'commands: ls, version, help'

    commands = {'ls': _ls, 'version': _version, 'help': _help}

    def __init__(self, cwd):
        self.cwd = cwd

    def run(self, name):
        return self.commands[name].__get__(self, type(self))()


sh = Shell('/home')
for cmd in ['ls', 'version', 'help']:
    print(sh.run(cmd))

f = Shell.commands['ls']
print(f.__get__(None, Shell) is f, type(f.__get__(sh)).__name__)
print(f.__get__(sh).__self__ is sh, f.__get__(sh).__func__ is f)
try:
    f.__get__(None)
except TypeError as e:
    print('TypeError:', e)
print(Shell.commands['version'].__get__(sh)(), Shell.commands['help'].__get__(None, Shell)())


class Row(tuple):
    fields = ('name', 'qty', 'price')

    def __new__(cls, *values):
        if len(values) != len(cls.fields):
            raise ValueError(f'{len(cls.fields)} arguments required')
        return super().__new__(cls, values)

    @property
    def total(self):
        return self.qty * self.price


for i, name in enumerate(Row.fields):
    setattr(Row, name, property(operator.itemgetter(i)))

r = Row('widget', 3, 2.5)
print(r, r.name, r.total)
print(Row.__dict__['total'].__get__(r), Row.__dict__['qty'].__get__(None, Row) is Row.__dict__['qty'])
for attr, value in [('qty', 4), ('total', 1.0)]:
    try:
        setattr(r, attr, value)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del r.name
except AttributeError as e:
    print('AttributeError:', e)
try:
    Row('x')
except ValueError as e:
    print('ValueError:', e)
