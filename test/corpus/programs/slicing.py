import sys
a = list(range(10))
print(a[2:5], a[::-1], a[-3:], a[:100], a[8:2], a[1:9:3])
t = tuple(a)
print(t[2:4], t[:] is t, 'hello'[1:3], 'hello'[::-1], 'hello'[:] == 'hello')
a[2:5] = [0]
print(a, sys.getsizeof(a))
del a[0]
print(a, sys.getsizeof(a))
b = a[:]
print(sys.getsizeof(b))
for i in range(6):
    del a[-1]
    print(len(a), sys.getsizeof(a))
