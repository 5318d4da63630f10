"""A library class's tp_subclasses dict at a script's first line under the runner, per version.

usage: sh librarySubclassDicts.sh (runs this file under media/python/tracemallocRunner.py once per
base and version: importing one library must not change another base's fill)

A library class (abc.ABC, enum.Enum, unittest.TestCase...) is a heap type whose subclasses dict
(address int -> weakref) already holds what its own module and the runner's startup made from it
(IntEnum, Flag and the re module's RegexFlag for Enum; FunctionTestCase for TestCase...), or was
never created. A class statement adds an entry; a full keys table is resized (the new int-keyed
table charged to the class line) and a base without a dict gets a new one with 8 slots. The dict is
not reachable from Python, so this reads the type's `tp_subclasses` pointer (the word after
`tp_mro` and `tp_cache`) and the keys' `dk_usable` with ctypes. Printed per base: null for no dict,
else [entries used (ma_used), usable entries left (dk_usable)], keyed `__module__.__qualname__`
(json.encoder.JSONEncoder), what the simulation's model takes (src/engine/profile/librarySubclassDicts.json).
"""
import ctypes
import importlib
import json
import sys

spec = sys.argv[1]
module_name, _, attr = spec.rpartition(".")
base = getattr(importlib.import_module(module_name), attr)

WORD = ctypes.sizeof(ctypes.c_void_p)


def word(address):
    return ctypes.c_ssize_t.from_address(address).value


def subclasses_dict(t):
    """The type's tp_subclasses pointer (0 for none), found after tp_mro and tp_cache."""
    mro = id(t.__mro__)
    for i in range(8, 60):
        if word(id(t) + i * WORD) == mro:
            return word(id(t) + (i + 2) * WORD)
    raise SystemExit("tp_mro not found")


address = subclasses_dict(base)
if address == 0:
    fill = None
else:
    used = word(address + 2 * WORD)  # ma_used, after ob_refcnt and ob_type
    keys = word(address + 4 * WORD)  # ma_keys, after ma_version_tag
    fill = [used, word(keys + 2 * WORD)]  # dk_usable, after dk_refcnt and the size/kind/version word
sys.stderr.write(json.dumps({f"{base.__module__}.{base.__qualname__}": fill}) + "\n")
