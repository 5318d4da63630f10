# A teacher's checker: compile each student's snippet and report CPython's verdict
# (message, line and column) without running it.
SUBMISSIONS = {
    "ada": "def area(w, h) -> float\n    return w * h\n",
    "ben": "def area(w, h) is:\n    return w * h\n",
    "cy": "def area w, h:\n    return w * h\n",
    "dee": "try 1:\n    x = int('3')\nexcept ValueError:\n    x = 0\n",
    "eli": "try:\n    pass\nfinally x:\n    pass\n",
    "fay": "for n in range(3):\n    pass\nelse n:\n    pass\n",
    "gus": "doc = len('''\nabc\n''')\nif doc = 3:\n    print(doc)\n",
    "hal": "total = 0\nfor n in [1, 2]:\n    total += n\0\n",
    "ivy": "def area(w, h):\n    return w * h\n",
}

passed = 0
for student, source in SUBMISSIONS.items():
    try:
        compile(source, f"{student}.py", "exec")
    except SyntaxError as e:
        where = "no position" if e.lineno is None else f"line {e.lineno}, column {e.offset}-{e.end_offset}"
        print(f"{student:4} {type(e).__name__}: {e.msg} ({where})")
        if e.text is not None:
            print("     ", e.text.rstrip())
    else:
        passed += 1
        print(f"{student:4} compiles")
print(f"{passed} of {len(SUBMISSIONS)} compile")
