# Module globals are a real dict: its keys table grows as names are defined (9 dunders first).
import sys

g01 = 1
print(1, sys.getsizeof(globals()))
g02 = 2
print(2, sys.getsizeof(globals()))
g03 = 3
g04 = 4
g05 = 5
print(5, sys.getsizeof(globals()))
g06 = 6
print(6, sys.getsizeof(globals()))
g07 = 7
g08 = 8
g09 = 9
g10 = 10
print(10, sys.getsizeof(globals()))
g11 = 11
print(11, sys.getsizeof(globals()))
g12 = 12
print(12, sys.getsizeof(globals()))
g13 = 13
print(13, sys.getsizeof(globals()))
g14 = 14
g15 = 15
g16 = 16
g17 = 17
g18 = 18
g19 = 19
g20 = 20
g21 = 21
print(21, sys.getsizeof(globals()))
g22 = 22
print(22, sys.getsizeof(globals()))
g23 = 23
g24 = 24
g25 = 25
g26 = 26
g27 = 27
g28 = 28
g29 = 29
g30 = 30
print(30, sys.getsizeof(globals()))

print(globals() is globals(), globals()['g07'], len(globals()) > 30)

class C:
    x = 1
    y = 2


print(C.x + C.y)
