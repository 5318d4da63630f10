"""A plugin host: finds its plugin module by name, reloads it, and swaps in a stand-in module."""
import sys
import importlib

print('plugins' in sys.modules)
plugins = importlib.import_module('plugins')
print('plugins' in sys.modules, sys.modules['plugins'] is plugins)
print('loads:', plugins.LOADS, 'registered:', sorted(plugins.REGISTRY))

text = 'the quick brown fox'
for name, func in sorted(plugins.REGISTRY.items()):
    print(f'{name:>8}: {func(text)}')

# A reload runs the body again in the same module object: the registry is rebuilt.
old_registry = plugins.REGISTRY
old_shout = plugins.shout
again = importlib.reload(plugins)
print('same module:', again is plugins, 'loads:', plugins.LOADS, PLUGIN_LOADS)
print('new registry:', plugins.REGISTRY is not old_registry, 'new function:', plugins.shout is not old_shout)
print('old function still works:', old_shout('ok'))

# Forgetting the module makes the next import build a fresh one.
del sys.modules['plugins']
import plugins as fresh
print('fresh module:', fresh is not plugins, 'loads:', fresh.LOADS)
print(sys.modules['plugins'] is fresh)


# A stand-in module object: `import` returns whatever sys.modules holds.
class FakePlugins:
    REGISTRY = {'noop': lambda text: text}
    LOADS = 0


sys.modules['plugins'] = FakePlugins()
import plugins
print(type(plugins).__name__, sorted(plugins.REGISTRY))
print(importlib.import_module('plugins') is plugins)

# The host's own module is reachable by name.
me = sys.modules[__name__]
print(me.__name__, me.PLUGIN_LOADS, me is sys.modules['__main__'])
print(len(sys.argv), sys.argv[0].endswith('module_registry.py'))

try:
    importlib.import_module('no_such_plugin')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.modules['disabled'] = None
try:
    import disabled
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('.helpers')
except TypeError as e:
    print(e)
del sys.modules['plugins']
print('plugins' in sys.modules, 'disabled' in sys.modules)

# Memory: the registry dict, and the references to a module sys.modules no longer holds.
print(sys.getsizeof(fresh.REGISTRY), sys.getrefcount(fresh))

# A name a standard-library module lacks: the error names where the module lives.
try:
    from collections import flatten
except ImportError as e:
    print(e)
try:
    from itertools import flatten
except ImportError as e:
    print(e)
