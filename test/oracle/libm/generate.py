#!/usr/bin/env python3
"""Write test/oracle/libm/expected.txt: libmProbe.py's output under the real CPython 3.11.7,
3.12.1 and 3.13.0 (pyenv), which must agree (they call the same glibc; hypot and round are
CPython's own and unchanged). Exits 1 if the versions disagree.  python3 test/oracle/libm/generate.py"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
outputs = {}
for version in ["3.11.7", "3.12.1", "3.13.0"]:
    env = dict(os.environ, PYENV_VERSION=version, PYTHONHASHSEED="0")
    r = subprocess.run(["python3", "-E", "-s", os.path.join(HERE, "libmProbe.py")], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        sys.exit(f"libmProbe.py failed under {version}:\n{r.stderr}")
    outputs[version] = r.stdout
if len(set(outputs.values())) != 1:
    sys.exit("the versions print different results: store them per version before going on")
with open(os.path.join(HERE, "expected.txt"), "w") as f:
    f.write(outputs["3.13.0"])
print(f"wrote expected.txt ({outputs['3.13.0'].count(chr(10))} lines)")
