#!/bin/sh
# Probe for runnerFootprints.test.ts (the globals' keys block after runpy): 25 module names, then
# the same with a trailing `def`, under test/oracle/tracemallocBlocks.py on 3.11.7, 3.12.1, 3.13.0.
set -e
here=$(dirname "$0")
work=$(mktemp -d)
python3 -c "print(''.join(f'v{i} = {i}\n' for i in range(25)), end='')" > "$work/released.py"
{ cat "$work/released.py"; echo 'def f(): pass'; } > "$work/held.py"
for v in 3.11.7 3.12.1 3.13.0; do
  for kind in released held; do
    echo "$v $kind"
    PYENV_VERSION=$v python3 "$here/tracemallocBlocks.py" "$work/$kind.py" 2>&1 >/dev/null
  done
done
rm -r "$work"
