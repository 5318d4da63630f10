#!/bin/sh
# Measures each library base's subclasses dict at the first line under the runner (one process per
# base and version) and writes src/engine/profile/librarySubclassDicts.json.
cd "$(dirname "$0")"
BASES="abc.ABC enum.Enum enum.IntEnum enum.Flag enum.IntFlag enum.StrEnum enum.ReprEnum
  unittest.TestCase typing.Protocol typing.Generic collections.UserDict collections.UserList
  collections.UserString collections.Counter contextlib.ContextDecorator contextlib.AbstractContextManager
  json.JSONEncoder threading.Thread string.Template collections.abc.Mapping collections.abc.MutableMapping
  collections.abc.Sequence collections.abc.MutableSequence collections.abc.Iterable collections.abc.Iterator
  collections.abc.Hashable collections.abc.Sized collections.abc.Container collections.abc.Callable
  collections.abc.Set collections.abc.MutableSet"
out=$(mktemp -d)
for v in 3.11.7 3.12.1 3.13.0; do
  for b in $BASES; do
    PYENV_VERSION=$v python3 ../../media/python/tracemallocRunner.py /dev/null librarySubclassDicts.py "$b" 2>&1 >/dev/null | tail -1
  done > "$out/$v"
done
python3 - "$out" > ../../src/engine/profile/librarySubclassDicts.json <<'PY'
import json, sys
rows = []
for full in ("3.11.7", "3.12.1", "3.13.0"):
    fills = {}
    for line in open(f"{sys.argv[1]}/{full}"):
        fills.update(json.loads(line))
    rows.append(f' "{full.rsplit(".", 1)[0]}": {json.dumps(fills)}')
print("{\n" + ",\n".join(rows) + "\n}")
PY
rm -r "$out"
