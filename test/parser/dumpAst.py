"""Print CPython's ast.dump(..., include_attributes=True) for each file named on stdin.

One JSON object per line: {"file": path, "dump": text} or {"file": path, "error": text}.
Used by compareStdlib.mjs; run it with the interpreter whose parser is the reference.
"""
import ast
import sys

from eachFile import each_file

# 3.13 leaves empty lists and None fields out of dumps unless asked; print 3.12's form.
options = {"show_empty": True} if sys.version_info >= (3, 13) else {}

each_file(lambda source, path: {"dump": ast.dump(ast.parse(source, path), include_attributes=True, **options)})
