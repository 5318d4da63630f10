#!/bin/sh
# What a terminal shows for test/e2e/fixtures/stderr_teardown.py under each real CPython: both
# streams in write order (`-u`: a terminal line-buffers stdout, a pipe would not), the script's
# path written as SCRIPT and object addresses as 0xADDR. Run from the repository root.
script=test/e2e/fixtures/stderr_teardown.py
for v in 3.11.7 3.12.1 3.13.0; do
  PYENV_VERSION=$v python3 -u "$script" 2>&1 | sed -e "s#$PWD/$script#SCRIPT#g" -e "s#$script#SCRIPT#g" -e 's/ at 0x[0-9a-f]*>/ at 0xADDR>/g' \
    > "test/oracle/terminalOutput/stderr_teardown.${v%.*}.txt"
done
