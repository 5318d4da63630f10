#!/bin/sh
# The bytes each line of classLines.py holds under media/python/tracemallocRunner.py, per version.
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  PYENV_VERSION=$v python3 ../../media/python/tracemallocRunner.py "classLines.runner.$v.json" classLines.py
done
