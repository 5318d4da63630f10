"""inspect.Signature and Parameter as objects: validation errors, equality (keyword-only order
does not matter), replace(), inherited docs, stack records."""
import inspect
P = inspect.Parameter
s1 = inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.KEYWORD_ONLY)])
s2 = inspect.Signature([P('b', P.KEYWORD_ONLY), P('a', P.KEYWORD_ONLY)])
print(s1 == s2, hash(s1) == hash(s2), s1, s2)
for bad in [lambda: P('a', 7), lambda: P('a', P.VAR_POSITIONAL, default=1), lambda: P(3, 1), lambda: P('1x', 1),
            lambda: inspect.Signature([P('a', 1, default=1), P('b', 1)]), lambda: inspect.Signature([P('a', 3), P('b', 1)]),
            lambda: inspect.Signature([P('a', 1), P('a', 3)])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = P('x', P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.replace(name='y'), p.replace(default=P.empty), p == P('x', 1, default=3, annotation=int), hash(p) == hash(P('x', 1, default=3, annotation=int)))
print(str(P.VAR_KEYWORD), P.VAR_KEYWORD.description, P.POSITIONAL_ONLY < P.KEYWORD_ONLY, list(P.__dict__).count('KEYWORD_ONLY'))
class Base:
    def run(self):
        """Run the thing."""
class Child(Base):
    def run(self):
        pass
print(inspect.getdoc(Child.run), inspect.getdoc(Child().run), inspect.getdoc(Child))
def f(a, b=2, *args, c, d=4, **kw) -> int: pass
sig = inspect.signature(f)
print(sig, sig.replace(return_annotation=inspect.Signature.empty), sig == inspect.signature(f))
def g():
    return inspect.stack()[0].function, inspect.stack()[1].function, inspect.stack()[0].lineno, inspect.stack()[0].code_context, inspect.stack()[0].index, len(inspect.stack()[0])
print(g())
