"""The modules already in sys.modules when a script's first line runs, one name a line: an import of
one of them allocates nothing (generate.sh runs this plainly and under the tracemalloc runner)."""
import sys
print("\n".join(sorted(sys.modules)))
