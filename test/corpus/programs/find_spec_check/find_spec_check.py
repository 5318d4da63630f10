# "Is it installed?": checking for optional modules before importing them, the way a script
# that runs on many machines does.
import importlib.util
import sys

OPTIONAL = ["json", "statistics", "decimal", "sqlite3", "not_a_real_module_xyz", "shapes"]

for name in OPTIONAL:
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(f"{name:24} missing")
    else:
        kind = "package" if spec.submodule_search_locations is not None else "module"
        print(f"{name:24} {kind:8} {type(spec.loader).__name__:20} {spec.origin}")

for name in ["math", "sys", "itertools", "os", "json.decoder", "collections.abc", "unicodedata"]:
    spec = importlib.util.find_spec(name)
    print(name, "|", spec.name, "|", spec.parent, "|", spec.origin, "|", spec.has_location, "|", spec.cached)

print("shapes imported yet?", "shapes" in sys.modules)
spec = importlib.util.find_spec("shapes")
print(spec.name, spec.origin.endswith("shapes.py"), spec.cached.endswith(".pyc"), spec.parent == "")
import shapes
print(shapes.area(3, 4), "shapes" in sys.modules)

try:
    importlib.util.find_spec("no_such_package.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(type(importlib.util.find_spec("json")).__name__)
import abc, unicodedata
print(abc, unicodedata, sys, sep="\n")
print(importlib.util.find_spec("zipfile").origin.split("/")[-2:])
