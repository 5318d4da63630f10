#!/usr/bin/env python3
"""Run every layout oracle under the real CPython 3.11.7, 3.12.1 and 3.13.0 (pyenv) and write
test/fidelity/expected/<oracle>.<version>.json.

  python3 test/oracle/generate.py            regenerate the checked-in files
  python3 test/oracle/generate.py --check    regenerate into a temp dir and diff; exit 1 on change

A version whose interpreter is missing is skipped with a message (exit 0 if nothing differs).
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = os.path.join(HERE, "..", "fidelity", "expected")
VERSIONS = ["3.11.7", "3.12.1", "3.13.0"]
ORACLES = ["sizes", "ints", "strs", "lists", "dicts", "sets", "bytearrays", "instances", "requests"]


def interpreter(version):
    """The python3 of a pyenv version, or None when it is not installed."""
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    if shutil.which("pyenv"):
        r = subprocess.run(["pyenv", "root"], capture_output=True, text=True)
        if r.returncode == 0:
            root = r.stdout.strip()
    exe = os.path.join(root, "versions", version, "bin", "python3")
    return exe if os.access(exe, os.X_OK) else None


def generate(out_dir):
    """Write every oracle's JSON for every installed version into out_dir; return the versions run."""
    os.makedirs(out_dir, exist_ok=True)
    ran = []
    for version in VERSIONS:
        exe = interpreter(version)
        if exe is None:
            print(f"skipping {version}: no pyenv interpreter installed", file=sys.stderr)
            continue
        ran.append(version)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        for name in ORACLES:
            r = subprocess.run([exe, "-E", "-s", os.path.join(HERE, name + ".py")], cwd=HERE,
                               capture_output=True, text=True, env=env)
            if r.returncode != 0:
                sys.exit(f"{name}.py failed under {version}:\n{r.stderr}")
            with open(os.path.join(out_dir, f"{name}.{version}.json"), "w") as f:
                f.write(r.stdout)
    return ran


def check():
    """Regenerate into a temp dir and diff with the checked-in files; return the exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        ran = generate(tmp)
        status = 0
        for version in ran:
            for name in ORACLES:
                fname = f"{name}.{version}.json"
                new = open(os.path.join(tmp, fname)).read().splitlines(keepends=True)
                path = os.path.join(EXPECTED, fname)
                old = open(path).read().splitlines(keepends=True) if os.path.exists(path) else []
                if new != old:
                    status = 1
                    sys.stdout.writelines(difflib.unified_diff(old, new, "expected/" + fname, "measured/" + fname))
        print(f"oracle check: {'DIFFERENT' if status else 'ok'} ({', '.join(ran) or 'no interpreters'})")
        return status


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    print("wrote", ", ".join(generate(EXPECTED)) or "nothing")
