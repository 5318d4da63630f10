"""Like dumpCodeFacts.py, for files named on stdin: one JSON line per file with its code facts.

Used by compareCodeFacts.mjs to measure how often our co_consts/co_names/co_varnames/
co_cellvars/co_freevars agree with CPython's over a stdlib sample.
"""
from dumpCodeFacts import facts
from eachFile import each_file

each_file(lambda source, path: {"facts": facts(compile(source, path, "exec", dont_inherit=True))})
