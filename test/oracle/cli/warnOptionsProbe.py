"""Runs warnOptions.py on CPython 3.11.7 / 3.12.1 / 3.13.0 with each case's -W options and
PYTHONWARNINGS, and writes warnOptions.json (stdout, stderr with the script's path as SCRIPT,
exit code). Run from anywhere: python3 test/oracle/cli/warnOptionsProbe.py"""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "warnOptions.py")
CASES = {
    "none": {"w": [], "env": None},
    "bad": {"w": ["foo", "a:b:c:d:e:f", "ignore::NoSuchWarning", "ignore::int", "error::UserWarning::-1",
                  "ignore::UserWarning::x", "all", "i:hel", " e : Hel : UserWarning : __main__ : 24 "], "env": None},
    "env": {"w": ["default::DeprecationWarning:__main__:17"], "env": "error::DeprecationWarning, always ,,bogus"},
    "ignore": {"w": ["ig"], "env": None},
    "module": {"w": ["module"], "env": None},
}
VERSIONS = ["3.11.7", "3.12.1", "3.13.0"]


def run(version, case):
    env = dict(os.environ, PYENV_VERSION=version)
    env.pop("PYTHONWARNINGS", None)
    if case["env"] is not None:
        env["PYTHONWARNINGS"] = case["env"]
    args = ["python3"] + [a for w in case["w"] for a in ("-W", w)] + [SCRIPT]
    r = subprocess.run(args, env=env, capture_output=True, text=True)
    return {"stdout": r.stdout, "stderr": r.stderr.replace(SCRIPT, "SCRIPT"), "code": r.returncode}


out = {"cases": CASES, "results": {v[:4]: {name: run(v, c) for name, c in CASES.items()} for v in VERSIONS}}
with open(os.path.join(HERE, "warnOptions.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
