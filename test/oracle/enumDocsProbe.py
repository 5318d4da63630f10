"""What help() reads of the enum module's own routines and descriptors in CPython 3.11.7, 3.12.1
and 3.13.0: for each EnumType method a class page lists, and for Flag's, the `__qualname__`, the
raw `__doc__` and the parameters of `inspect.signature` (with `/` and `*` markers, as
helpSignature.ts's SignatureText); the doc strings of `__members__`, `Enum.name` and
`Enum.value`; the signature `inspect.signature(cls)` gives an enum class; and `dir()` of a few
enum classes (EnumType.__dir__'s facts, checked by the corpus programs help_enum*).

Written as src/interpreter/modules/enumDocs.json, keyed by "3.11", "3.12", "3.13".
Run: python3 test/oracle/enumDocsProbe.py  (it runs the three interpreters itself)."""
import json
import os
import subprocess

VERSIONS = {"3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}
PROBE = r"""
import enum, inspect, json

def params(sig):
    out, kinds = [], [p.kind for p in sig.parameters.values()]
    for i, p in enumerate(sig.parameters.values()):
        if p.kind is p.KEYWORD_ONLY and p.VAR_POSITIONAL not in kinds and (i == 0 or kinds[i - 1] is not p.KEYWORD_ONLY):
            out.append("*")
        out.append(str(p))
        if p.kind is p.POSITIONAL_ONLY and (i + 1 == len(kinds) or kinds[i + 1] is not p.POSITIONAL_ONLY):
            out.append("/")
    return out

def routine(f):
    return {"qualname": f.__qualname__, "doc": f.__doc__, "params": params(inspect.signature(f))}

class Color(enum.Enum):
    RED = 1

out = {
    "routines": {f"EnumType.{n}": routine(vars(enum.EnumType)[n]) for n in ("__contains__", "__getitem__", "__iter__", "__len__")},
    "docs": {"EnumType.__members__": vars(enum.EnumType)["__members__"].__doc__,
             "Enum.name": vars(enum.Enum)["name"].__doc__, "Enum.value": vars(enum.Enum)["value"].__doc__},
    "classSignature": params(inspect.signature(Color)),
}
out["routines"].update({f"Flag.{n}": routine(vars(enum.Flag)[n]) for n in ("__contains__", "__iter__", "__len__")})
print(json.dumps(out))
"""


def main():
    result = {}
    for short, full in VERSIONS.items():
        env = dict(os.environ, PYENV_VERSION=full)
        text = subprocess.run(["pyenv", "exec", "python3", "-c", PROBE], env=env, capture_output=True, text=True, check=True).stdout
        result[short] = json.loads(text)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "src", "interpreter", "modules", "enumDocs.json")
    with open(path, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
