"""TypedDict schemas for a small user store: total and partial dicts, Required/NotRequired
keys, inheritance, and what the key sets say at runtime."""
import sys
from typing import NotRequired, Required, TypedDict


class Address(TypedDict):
    street: str
    city: str


class Profile(TypedDict, total=False):
    nickname: str
    age: int
    username: Required[str]


class User(Profile):
    email: str
    address: Address
    phone: NotRequired[str]


class Admin(User, total=False):
    level: int
    scope: Required[list]


for cls in (Address, Profile, User, Admin):
    print(f'{cls.__name__:8} total={cls.__total__!s:5} required={sorted(cls.__required_keys__)} optional={sorted(cls.__optional_keys__)}')
print(type(User.__required_keys__).__name__, Admin.__mro__[1].__name__, list(User.__annotations__))
print(Profile.__annotations__['username'], User.__annotations__['phone'])


def validate(cls, data):
    missing = sorted(cls.__required_keys__ - data.keys())
    unknown = sorted(data.keys() - cls.__annotations__.keys())
    return missing, unknown


u = User(username='ada', email='ada@example.org', address=Address(street='1 Loop', city='Turing'))
print(u, type(u) is dict, sys.getsizeof(u) == sys.getsizeof(dict(u)))
print(validate(User, u), validate(Admin, {'username': 'root', 'colour': 'red'}))
print(Required[int], NotRequired[str])
