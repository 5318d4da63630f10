"""Print CPython's ast.dump(..., include_attributes=True) for each file named on stdin.

One JSON object per line: {"file": path, "dump": text} or {"file": path, "error": text}.
Used by compareStdlib.mjs; run it with the interpreter whose parser is the reference.
"""
import ast

from eachFile import each_file

each_file(lambda source, path: {"dump": ast.dump(ast.parse(source, path), include_attributes=True)})
