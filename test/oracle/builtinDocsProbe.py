"""The doc strings CPython 3.11.7, 3.12.1 and 3.13.0 give for the builtins module's functions, the
common built-in types (every class in builtins, None's type, the built-in function and descriptor
types, the iterators) and what each type holds in its own __dict__ (method descriptors, slot
wrappers, getsets, members), with the __text_signature__ the C doc string carries.

Written as one compact JSON file for the three versions, src/interpreter/objects/builtinDocs.json:
"texts" (each distinct text once), "keys" ("len", "str", "str.upper"), "doc"/"sig" (3.12's text
index per key, -1 for none) and "docChanges"/"sigChanges" (3.11's and 3.13's differences from
3.12: key index -> text index).

Run: python3 test/oracle/builtinDocsProbe.py  (it runs the three interpreters itself)."""
import json
import os
import subprocess

VERSIONS = {"3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}
PROBE = r"""
import builtins, json
def gen(): yield 1
ITERATORS = [iter([]), iter(()), iter(range(3)), iter(range(2**70)), iter({}), iter({}.values()), iter({}.items()), reversed({}),
             reversed({}.values()), reversed({}.items()), iter(set()), iter(""), iter("\xe9"), iter(b""), iter(bytearray()), reversed([]),
             reversed((1,)), iter(len, 1), gen(), reversed(range(3))]
TYPES = [v for v in vars(builtins).values() if isinstance(v, type)]
TYPES += [type(None), type(NotImplemented), type(...), type(len), type(str.upper), type(list.__len__), type([].__len__),
          type(dict.fromkeys), type(int.real), type(range.start), type(gen), type({}.keys()), type({}.values()), type({}.items()),
          type(vars(int)), type(gen.__code__), type(lambda: 0).__class__, type(gen.__get__(1))]
TYPES += [type(x) for x in ITERATORS]
seen, texts, index, docs, sigs = set(), [], {}, {}, {}
def text(s):
    if s not in index:
        index[s] = len(texts)
        texts.append(s)
    return index[s]
def put(key, obj):
    doc = getattr(obj, '__doc__', None)
    if isinstance(doc, str):
        docs[key] = text(doc)
    sig = getattr(obj, '__text_signature__', None)
    if isinstance(sig, str):
        sigs[key] = text(sig)
for name, v in vars(builtins).items():
    if type(v).__name__ == 'builtin_function_or_method':
        put(name, v)
for t in TYPES:
    if t in seen: continue
    seen.add(t)
    put(t.__name__, t)
    for k, v in vars(t).items():
        if k != '__doc__' and type(v).__name__ in ('wrapper_descriptor', 'method_descriptor', 'classmethod_descriptor',
                                                    'getset_descriptor', 'member_descriptor', 'builtin_function_or_method'):
            put(t.__name__ + '.' + k, v)
print(json.dumps({'texts': texts, 'doc': docs, 'sig': sigs}, separators=(',', ':'), ensure_ascii=False))
"""



def probe(full):
    env = dict(os.environ, PYENV_VERSION=full)
    out = subprocess.run(["pyenv", "exec", "python3", "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout
    d = json.loads(out)
    return ({k: d["texts"][i] for k, i in d["doc"].items()}, {k: d["texts"][i] for k, i in d["sig"].items()})


data = {v: probe(full) for v, full in VERSIONS.items()}
keys = sorted({k for doc, sig in data.values() for k in (*doc, *sig)})
texts, index = [], {}


def text(s):
    if s is None:
        return -1
    if s not in index:
        index[s] = len(texts)
        texts.append(s)
    return index[s]


result = {"texts": texts, "keys": keys}
for part, which in (("doc", 0), ("sig", 1)):
    base = [text(data["3.12"][which].get(k)) for k in keys]
    result[part] = base
    result[part + "Changes"] = {}
    for v in ("3.11", "3.13"):
        cur = [text(data[v][which].get(k)) for k in keys]
        result[part + "Changes"][v] = {str(i): t for i, t in enumerate(cur) if t != base[i]}
out = json.dumps(result, separators=(",", ":"), ensure_ascii=False)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "interpreter", "objects", "builtinDocs.json")
with open(path, "w", encoding="utf-8") as f:
    f.write(out + "\n")
print(len(keys), "keys,", len(texts), "texts,", len(out.encode()), "bytes")
