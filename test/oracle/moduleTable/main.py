"""Probe: sys.modules kept in step with imports, del/assign, importlib.import_module and reload.
Run `python3 main.py` here on 3.11.7, 3.12.1, 3.13.0 (moduleTable.test.ts holds the output)."""
import sys
import importlib

import counter
first = counter
print('counter' in sys.modules, sys.modules['counter'] is counter)
del sys.modules['counter']
import counter
print(counter is first, RUNS)
again = importlib.reload(counter)
print(again is counter, counter.runs, RUNS)
print(importlib.import_module('counter') is counter)
sys.modules['stand_in'] = 'a str'
import stand_in
print(stand_in)
print(sys.modules['__main__'] is sys.modules[__name__], sys.modules[__name__].RUNS)
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0])
for not_module in (len, 5):
    try:
        importlib.reload(not_module)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
