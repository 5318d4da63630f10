# Keeping a list sorted with bisect: insertion points, insort, and key= (3.10+).
import bisect
import sys

scores = []
for s in [70, 85, 60, 85, 92, 70, 55]:
    bisect.insort(scores, s)
    print(scores, sys.getsizeof(scores))
print(bisect.bisect_left(scores, 85), bisect.bisect_right(scores, 85), bisect.bisect(scores, 85))
print(bisect.bisect_left(scores, 85, 0, 3), bisect.bisect_right(scores, 60, lo=2))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
bisect.insort_left(people, ("eve", 25), key=lambda p: p[1])
print(people)
print(bisect.bisect_left(people, 33, key=lambda p: p[1]))
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
