# A tiny HTTP router keyed by StrEnum methods and IntEnum status codes: members compare equal to
# the plain strings and ints that arrive from a request line.
import sys
from enum import IntEnum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = auto()


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405


routes = {
    ('get', '/items'): lambda body: (Status.OK, ['apple', 'pear']),
    ('post', '/items'): lambda body: (Status.CREATED, body.upper()),
    ('get', '/health'): lambda body: (Status.OK, 'up'),
}


def handle(line, body=''):
    verb, path = line.split()
    try:
        method = Method(verb.lower())
    except ValueError as e:
        return Status.METHOD_NOT_ALLOWED, str(e)
    handler = routes.get((method, path))
    if handler is None:
        return Status.NOT_FOUND, f'no route for {method.upper()} {path}'
    return handler(body)


for request in ['GET /items', 'POST /items', 'DELETE /items', 'PATCH /items', 'GET /health', 'GET /missing']:
    status, payload = handle(request, 'pear')
    print(f'{request:<14} -> {status} {status.name:<19} {payload!r}')

print(list(Method), [str(m) for m in Method], Method.GET == 'get', 'post' in [Method.POST])
print(repr(Method.DELETE), f'{Method.GET:>6}|', Method.POST.upper(), Method.GET + '/x', len(Method.DELETE))
print(repr(Status.OK), str(Status.OK), format(Status.CREATED), f'{Status.NOT_FOUND:#x}', Status.OK + 1, Status.OK < 300)
print(sorted(Status, reverse=True), [s for s in Status if s >= 400], Status(404).name, Status['OK'].value)
print({200: 'fine'}[Status.OK], '{} {}'.format(Status.OK, Method.GET), '%d %s' % (Status.CREATED, Method.POST))
print(sys.getsizeof(Method.GET), sys.getsizeof(Status.OK), Method.GET.__sizeof__(), Status.OK.__sizeof__())
print(type(Method.GET).__mro__[1].__name__, isinstance(Status.OK, int), Method.__members__.keys())
