import sys


class L(list):
    pass


class Stack(list):
    def __init__(self, items):
        super().__init__(items)
        self.push(0)

    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


print(sys.getsizeof(L()))
l = L([3, 1, 2])
l.append(0)
l.sort()
print(l, l[1:], len(l), sum(l), type(l).__name__)
s = Stack([1, 2])
print(s, s.peek(), s == [1, 2, 0], s.pop(), s)
