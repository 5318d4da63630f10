# SyntaxWarning for `is` with a literal: run `python3 isLiteralWarnings.py` under 3.11/3.12/3.13
# (without -W ignore); stderr is what isLiteralWarnings.test.ts expects.
scores = {'ana': 1, 'ben': 0}
for name, score in scores.items():
    if score is 1 or score is not 0:
        print(name)
grade = 'A'
print(grade is 'A', grade is -1, grade is (1, 2), grade is None, 3 is 3 is grade)


def check(value):
    return value is 2.5 or value is b'x'
