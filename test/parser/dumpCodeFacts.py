"""Dump co_consts/co_names/co_varnames/co_cellvars/co_freevars of each snippet, recursively.

Usage: python3 dumpCodeFacts.py snippets.json > codeFacts-3.12.json
Constants print as repr(), nested code objects as {"code": {...}} in place, so the expected
JSON is readable and diffable. The outputs are checked in next to the snippets.
"""
import json
import sys
import types


def facts(code):
    consts = []
    for c in code.co_consts:
        consts.append({"code": facts(c)} if isinstance(c, types.CodeType) else const_repr(c))
    return {
        "name": code.co_name,
        "consts": consts,
        "names": list(code.co_names),
        "varnames": list(code.co_varnames),
        "cellvars": list(code.co_cellvars),
        "freevars": list(code.co_freevars),
    }


def const_repr(c):
    if isinstance(c, frozenset):
        # Iteration order of a frozenset is hash-dependent: print it sorted by repr.
        return "frozenset({" + ", ".join(sorted(repr(x) for x in c)) + "})"
    return repr(c)


def main():
    snippets = json.load(open(sys.argv[1]))
    out = {}
    for name, source in snippets.items():
        try:
            out[name] = facts(compile(source, "<snippet>", "exec", dont_inherit=True))
        except SyntaxError as e:
            out[name] = {"error": f"{type(e).__name__}: {e.msg} ({e.lineno})"}
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
