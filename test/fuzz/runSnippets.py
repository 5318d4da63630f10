"""Reads a JSON list of Python sources on stdin; runs each as a script (`python3 snippet.py`, a
fresh interpreter, the same one running this file) and writes a JSON list of
{stderr, code} for them. Script paths in stderr read `snippet.py`. Used by
test/fuzz/errorAgreement.ts."""
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sources = json.load(sys.stdin)
root = tempfile.mkdtemp(prefix='errmsg')


def run(k):
    d = os.path.join(root, str(k))
    os.mkdir(d)
    path = os.path.join(d, 'snippet.py')
    with open(path, 'w') as f:
        f.write(sources[k])
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    try:
        p = subprocess.run([sys.executable, path], cwd=d, capture_output=True, text=True, env=env, timeout=30)
    except subprocess.TimeoutExpired:
        return {'stderr': 'timed out\n', 'code': -1}
    return {'stderr': p.stderr.replace(path, 'snippet.py'), 'code': p.returncode}


with ThreadPoolExecutor(max_workers=2) as pool:
    out = list(pool.map(run, range(len(sources))))
json.dump(out, sys.stdout)
