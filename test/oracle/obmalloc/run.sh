#!/bin/sh
# Re-measure the pymalloc facts on each real interpreter; writes expected/<version>.json.
# The simulator's tests (src/engine/obmalloc/oracle.test.ts) compare against these files.
cd "$(dirname "$0")" && mkdir -p expected
for v in 3.11.7 3.12.1 3.13.0; do
  PYENV_VERSION=$v python3 pymallocFacts.py > expected/$v.json || exit 1
done
