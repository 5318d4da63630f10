#!/bin/sh
# builtinSubclassDicts.VERSION.json: each built-in's subclasses dict growth under the runner.
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  PYENV_VERSION=$v python3 ../../media/python/tracemallocRunner.py /dev/null builtinSubclassDicts.py 2> "builtinSubclassDicts.$v.json"
done
