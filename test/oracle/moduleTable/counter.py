"""A module whose body counts its runs in a value kept on the importing script's side."""
import sys

runs = getattr(sys.modules['__main__'], 'RUNS', 0) + 1
sys.modules['__main__'].RUNS = runs
print(f"counter body run {runs}")
