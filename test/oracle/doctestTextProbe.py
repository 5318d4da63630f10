"""doctest's parser and output checker (modules/doctestText.ts): run with PYENV_VERSION=3.11.7 /
3.12.1 / 3.13.0 python3 test/oracle/doctestTextProbe.py; the JSON printed is the same on the three
versions; it is stored as test/oracle/doctestText.json, which src/interpreter/modules/doctestText.test.ts
checks doctestText.ts against."""
import doctest
import json

DOC = '''
    Intro text.

    >>> x = 1
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> f(-1)  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    Traceback (most recent call last):
      File "x", line 1
    ValueError: bad
       value
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b

    Tabbed:
    \t>>> 2
    \t2
'''
parsed = [[e.source, e.want, e.exc_msg, e.lineno, e.indent, sorted(e.options.items())]
          for e in doctest.DocTestParser().get_examples(DOC, "t")]
checker = doctest.OutputChecker()
F = doctest
CHECKS = [
    ("1\n", "True\n", 0), ("1\n", "True\n", F.DONT_ACCEPT_TRUE_FOR_1), ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", 0),
    ("a\n<BLANKLINE>\nb\n", "a\n\nb\n", F.DONT_ACCEPT_BLANKLINE), ("a b c\n", "a  b\n  c\n", F.NORMALIZE_WHITESPACE),
    ("[1, ..., 9]\n", "[1, 2, 3, 9]\n", F.ELLIPSIS), ("[1, ..., 9]\n", "[1, 2, 3, 9]\n", 0), ("...x...y...\n", "ayx\n", F.ELLIPSIS),
    ("a...a\n", "a\n", F.ELLIPSIS), ("é\n", "\\xe9\n", 0), ("x \n", "x \n", 0), ("\n", "   \n", 0),
]
checks = [checker.check_output(w, g, f) for w, g, f in CHECKS]
example = doctest.Example("f(1)\n", "2\n")
diffs = [checker.output_difference(doctest.Example("f(1)\n", w), g, 0) for w, g in [("2\n", "3\n\n4\n"), ("2\n", ""), ("", "3\n"), ("", "")]]
strips = [doctest._strip_exception_details(m) for m in ["ValueError: x\n", "a.b.CustomError: y: z\n", "Error\n", "x.y"]]
errors = []
for bad in ['>>>x', '  >>> a\n ... b', '>>> 1 # doctest: +NOPE', '  >>> a\n  1\n 2']:
    try:
        doctest.DocTestParser().get_examples(bad, "bad")
    except ValueError as e:
        errors.append(str(e))
print(json.dumps({"parsed": parsed, "checks": checks, "diffs": diffs, "strips": strips, "errors": errors}, indent=1))
