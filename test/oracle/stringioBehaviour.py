"""io.StringIO / io.BytesIO behaviour and messages (ioModule.ts): run with PYENV_VERSION=3.11.7 / 3.12.1 / 3.13.0 python3."""
import io
s = io.StringIO('abc')
for f in [lambda: s.write(5), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 3), lambda: s.truncate(-1), lambda: io.StringIO(5), lambda: s.read('x'), lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 5), lambda: io.BytesIO('x'), lambda: io.BytesIO().truncate(-2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s.close()
for f in [s.getvalue, s.read, s.tell, lambda: s.write('x'), lambda: next(s), s.readline, lambda: s.seek(0), s.close, lambda: s.closed, s.readable]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b'ab'); b.close()
for f in [b.getvalue, b.read, b.tell, lambda: b.write(b'x'), b.close, lambda: b.closed]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO(); s.seek(3); s.write('x'); print(repr(s.getvalue()), s.tell(), repr(s)[:20])
s = io.StringIO(newline=None); s.write('a\r\nb\rc\n'); print(repr(s.getvalue()))
s = io.StringIO(newline='\r\n'); s.write('a\nb'); print(repr(s.getvalue()))
s = io.StringIO(newline=''); s.write('a\r\nb\rc\nd'); print(s.readlines(), s.seek(0), s.readlines())
print(io.StringIO('a\nb').readlines(), list(io.BytesIO(b'x\ny\n')), io.StringIO('ab\ncd\n').readlines(3))
