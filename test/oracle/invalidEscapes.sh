#!/bin/sh
# The parser's invalid-escape warnings for invalidEscapes.py (stderr, no -W ignore), per version,
# with this directory taken out of the paths.
cd "$(dirname "$0")"
for v in 3.11.7 3.12.1 3.13.0; do
  PYENV_VERSION=$v python3 invalidEscapes.py 2>&1 > /dev/null | sed "s#$(pwd)/##" > "invalidEscapes.$v.stderr"
done
