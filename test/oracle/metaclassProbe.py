"""Sizes around metaclasses, as metaclass.test.ts expects them: run under each of 3.11.7, 3.12.1
and 3.13.0 (PYENV_VERSION=3.12.1 python3 test/oracle/metaclassProbe.py)."""
import sys


class Meta(type):
    pass


class C(metaclass=Meta):
    pass


print(sys.version.split()[0], sys.getsizeof(Meta), sys.getsizeof(C), sys.getsizeof(C()))
