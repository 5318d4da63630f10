# __spec__ and __loader__: None / SourceFileLoader for the script, ModuleSpec with
# BuiltinImporter for sys, specs for imported standard modules, importlib.util.find_spec.
import sys, math, collections, importlib.util
print(__spec__ is None)
print(type(__loader__).__name__)
print(sys.__spec__)
print(sys.__spec__.name, sys.__spec__.origin)
print(math.__spec__.name, type(math.__loader__).__name__)
print(collections.__spec__.name, collections.__spec__.parent, collections.__spec__.submodule_search_locations is not None)
s = importlib.util.find_spec('math')
print(s.name, s.origin.endswith('.so'))
print(sys.__loader__)
print(importlib.util.find_spec('no_such_module_here'))
