"""Prints CPython's tracemalloc size formatting for the sizes tracemallocStats.test.ts checks
(run under 3.11.7, 3.12.1 and 3.13.0: the output is the same)."""
import tracemalloc

SIZES = [0, 8056, 10239, 10240, 12800, 13312, 102399, 102400, 397296, 1048576, 5 * 1024 ** 3, -12800]
for size in SIZES:
    print(size, repr(tracemalloc._format_size(size, False)), repr(tracemalloc._format_size(size, True)))
