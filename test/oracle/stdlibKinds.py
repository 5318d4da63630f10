"""Which top-level standard-library modules are packages, shared libraries (lib-dynload) or
built into the interpreter, as importlib.util.find_spec sees them: the sets in
src/interpreter/modules/stdlibLocation.ts. Run with each of 3.11.7, 3.12.1, 3.13.0."""
import importlib.util
import sys

kinds = {"package": [], "dynload": [], "builtin": [], "frozen": []}
for name in sorted(sys.stdlib_module_names):
    try:
        spec = importlib.util.find_spec(name)
    except Exception:
        continue
    if spec is None:
        continue
    if spec.origin in ("built-in",):
        kinds["builtin"].append(name)
    elif spec.origin == "frozen":
        kinds["frozen"].append(name)
    elif spec.submodule_search_locations is not None:
        kinds["package"].append(name)
    elif spec.origin and spec.origin.endswith(".so"):
        kinds["dynload"].append(name)
for k, v in kinds.items():
    print(k, " ".join(n for n in v if not n.startswith("_")))
