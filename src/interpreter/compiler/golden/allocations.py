small = [1, 2]
many = [1, 2, 3]
mixed = [1, x, 3]
s = {1, 2, 3}
d = {'a': x, 'b': y}
t = (1, (2, 3))
r = [i * i for i in range(10)]
g = (i for i in range(10))
o.m(1, k=2)
f(*args, **kwargs)
msg = '%s=%r' % (a, b)
