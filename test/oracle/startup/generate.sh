#!/bin/sh
# Measures the startup state on each installed interpreter (startupState.<version>.json and
# startupRefcounts.<version>.txt and startupModules[.runner].<version>.txt beside this file; startupState.runner.<version>.json under
# media/python/tracemallocRunner.py); calibrate.mjs turns them into the engine's data.
cd "$(dirname "$0")"
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for v in 3.11.7 3.12.1 3.13.0; do
  py=$root/versions/$v/bin/python3
  [ -x "$py" ] || { echo "skipping $v: not installed"; continue; }
  "$py" startupState.py > "startupState.$v.json"
  # the same probe under the extension's tracemalloc runner (the Compare view's startup state)
  "$py" ../../../media/python/tracemallocRunner.py /dev/null startupState.py > "startupState.runner.$v.json"
  "$py" startupRefcounts.py > "startupRefcounts.$v.txt"
  "$py" startupModules.py > "startupModules.$v.txt"
  "$py" ../../../media/python/tracemallocRunner.py /dev/null startupModules.py > "startupModules.runner.$v.txt"
done
