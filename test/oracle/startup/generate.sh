#!/bin/sh
# Measures the startup state on each installed interpreter, beside this file: startupState.<version>.json,
# startupRefcounts.<version>.txt and startupModules.<version>.txt, and startupState.runner.<version>.json
# and startupModules.runner.<version>.txt under media/python/tracemallocRunner.py (the Compare view's
# startup), and tracedFreeLists.runner.<version>.json (which free-list entries at that line are untraced), runnerEpilogue.runner.<version>.json
# (which entries runpy takes after the script), sliceCache.<version>.json (the slice cache's startup fill);
# calibrate.mjs turns them into the engine's data. startupState.py reads the malloc stats it
# writes to stderr back from a file (stats.tmp).
cd "$(dirname "$0")"
root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
for v in 3.11.7 3.12.1 3.13.0; do
  py=$root/versions/$v/bin/python3
  [ -x "$py" ] || { echo "skipping $v: not installed"; continue; }
  "$py" startupState.py > "startupState.$v.json" 2> stats.tmp
  "$py" ../../../media/python/tracemallocRunner.py /dev/null startupState.py > "startupState.runner.$v.json" 2> stats.tmp
  rm -f stats.tmp
  "$py" startupRefcounts.py > "startupRefcounts.$v.txt"
  "$py" startupModules.py > "startupModules.$v.txt"
  "$py" tracedFreeLists.py > "tracedFreeLists.runner.$v.json"
  "$py" runnerEpilogue.py > "runnerEpilogue.runner.$v.json"
  "$py" sliceCache.py > "sliceCache.$v.json"
  "$py" ../../../media/python/tracemallocRunner.py "runnerListTops.runner.$v.json" runnerListTops.py
  "$py" ../../../media/python/tracemallocRunner.py /dev/null startupModules.py > "startupModules.runner.$v.txt"
done
