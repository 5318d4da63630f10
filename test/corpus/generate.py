#!/usr/bin/env python3
"""Run every corpus program (test/corpus/programs and examples/) under the real CPython 3.11.7,
3.12.1 and 3.13.0 and record what each prints: test/corpus/expected/<name>.<version>.json holds
stdout, the exit status, the last line of stderr (the exception, for failing programs) and the
whole of stderr with the program's directory taken out of paths.

    python3 test/corpus/generate.py            # (re)write the expected files
    python3 test/corpus/generate.py --check    # compare with the checked-in files, exit 1 on a difference
    python3 test/corpus/generate.py NAME...    # only these programs (file names without .py)
"""
import json
import re
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERSIONS = ["3.11.7", "3.12.1", "3.13.0"]
EXPECTED = os.path.join(ROOT, "test", "corpus", "expected")


def programs():
    for folder in ("test/corpus/programs", "examples"):
        base = os.path.join(ROOT, folder)
        for name in sorted(os.listdir(base)):
            if name.endswith(".py"):
                yield os.path.join(base, name)
            # A program that imports its own modules is a folder NAME/ holding NAME.py and them.
            elif os.path.isfile(os.path.join(base, name, name + ".py")):
                yield os.path.join(base, name, name + ".py")


def interpreter(version):
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    path = os.path.join(root, "versions", version, "bin", "python3")
    return path if os.access(path, os.X_OK) else None


def run(python, program):
    stdin_path = program[:-3] + ".stdin"
    stdin = open(stdin_path, encoding="utf-8").read() if os.path.exists(stdin_path) else ""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONUNBUFFERED", None)  # the simulation models a buffered stdout (pending strs)
    r = subprocess.run([python, "-W", "ignore", os.path.basename(program)], cwd=os.path.dirname(program), input=stdin,
                       capture_output=True, text=True, env=env, timeout=600)
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    # The whole stderr too (tracebacks, unraisable exceptions), with the script's directory taken
    # out of its paths: the simulation runs the program under its bare file name.
    stderr = r.stderr.replace(os.path.dirname(program) + os.sep, "")
    # doctest's reports name the script's absolute path (__main__.__file__) on stdout as well.
    stdout = r.stdout.replace(os.path.dirname(program) + os.sep, "")
    # A traceback through the standard library (doctest's `__run` frame) names the machine's
    # install; the simulation prints the stand-in /usr/lib/python3.X/ (doctestModule.ts).
    stdlib = os.path.join(os.path.dirname(os.path.dirname(python)), "lib", "python" + ".".join(os.path.basename(os.path.dirname(os.path.dirname(python))).split(".")[:2])) + os.sep
    standin = "/usr/lib/" + os.path.basename(stdlib[:-1]) + os.sep
    stdout, stderr = stdout.replace(stdlib, standin), stderr.replace(stdlib, standin)
    # Reprs in unraisable reports ("Exception ignored in: <function R.__del__ at 0x7f...>") name
    # addresses that change from run to run: both sides compare them as 0x...
    stderr = re.sub(r" at 0x[0-9a-f]+", " at 0x...", stderr)
    return {"stdout": stdout, "exitCode": r.returncode, "stderrLast": lines[-1] if lines else "", "stderr": stderr}


def main():
    check = "--check" in sys.argv
    only = {a for a in sys.argv[1:] if not a.startswith("--")}
    os.makedirs(EXPECTED, exist_ok=True)
    differences = 0
    for version in VERSIONS:
        python = interpreter(version)
        if not python:
            print(f"skipping {version}: not installed under pyenv")
            continue
        for program in programs():
            name = os.path.basename(program)[:-3]
            if only and name not in only:
                continue
            result = json.dumps(run(python, program), indent=1, ensure_ascii=False) + "\n"
            path = os.path.join(EXPECTED, f"{name}.{version[:4]}.json")
            if check:
                old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
                if old != result:
                    differences += 1
                    print(f"differs: {path}")
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(result)
    if check:
        print("corpus check: ok" if differences == 0 else f"corpus check: {differences} difference(s)")
        sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
