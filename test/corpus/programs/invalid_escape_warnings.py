"""A log scanner written the way many scripts are: regex patterns in plain (not raw) strings.

3.12 and 3.13 print a SyntaxWarning for each literal whose backslash starts no escape (only the
first one of each literal, at the line where the literal starts); 3.11 stays silent.

   +-----+
   | log | \ parsed /
   +-----+
"""
import re

DATE = "\d{4}-\d{2}-\d{2}"          # two invalid escapes, one warning
LEVEL = r"\b(INFO|WARN|ERROR)\b"    # raw: no warning
MSG = ("\s+" "(?P<msg>.*)")         # the first piece warns, the second has no escape
PATH = 'C:\\logs\\app.log'          # doubled backslashes are fine
TAB = "col1\tcol2\x21\101\n"        # valid escapes
BYTES_MARK = b"\[log\]"             # bytes literals warn too
OCTAL = b"\400"                     # above 0o377: an octal warning (a bytes value wraps to 0)

LINES = [
    "2024-01-05 INFO service started",
    "2024-01-05 WARN disk at 91%",
    "2024-01-06 ERROR timeout after 30s",
]


def parse(line):
    m = re.match(DATE + " " + LEVEL + MSG, line)
    return (m.group(1), m.group("msg")) if m else None


def level_counts(lines):
    """Count levels.  A docstring with a \ in it warns as well."""
    counts = {}
    for line in lines:
        level, _ = parse(line)
        counts[level] = counts.get(level, 0) + 1
    return counts


for line in LINES:
    print(parse(line))
print(level_counts(LINES))
print(PATH, len(TAB), TAB.split("\t"), BYTES_MARK, len(OCTAL), OCTAL[0])
print(level_counts.__doc__)
