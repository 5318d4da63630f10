# The imported module raises while it runs: the traceback goes through its lines.

print("loading settings")
try:
    import settings
except KeyError as e:
    print("failed:", repr(e), "settings" in dir())

import settings
