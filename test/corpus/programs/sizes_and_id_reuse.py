import sys
x = []
sizes = []
for i in range(20):
    x.append(i)
    sizes.append(sys.getsizeof(x))
print(sizes)
print(sys.getsizeof(1.5), sys.getsizeof(2**64), sys.getsizeof('abc'), sys.getsizeof((1, 2)))
a = 1.5 * 2
i1 = id(a)
del a
b = 2.5 * 2
print(id(b) == i1)
n = 3
c = n * 0.5
i2 = id(c)
del c
d = n * 1.5
print(id(d) == i2)
