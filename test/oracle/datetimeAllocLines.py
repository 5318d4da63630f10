# Per-line retained bytes of naive and aware datetime values under the Compare runner:
#   PYENV_VERSION=3.12.1 python3 media/python/tracemallocRunner.py OUT.json test/oracle/datetimeAllocLines.py
# Measured (3.11.7, 3.12.1, 3.13.0 alike): lines 6-10 hold 32, 40, 40, 48, 96 bytes (line 10: the
# 40-byte datetime and a traced 56-byte free-list tuple); it prints 40 40 48 48 48.
import sys; from datetime import datetime, time, timedelta, timezone
a = time(9, 0)
b = time(9, 0, tzinfo=timezone.utc)
c = datetime(2024, 3, 11)
d = datetime(2024, 3, 11, tzinfo=timezone.utc)
e = c + timedelta(minutes=15)
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e))
