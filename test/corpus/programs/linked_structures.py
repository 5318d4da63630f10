"""A singly linked list and a binary search tree with the container protocol."""


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value

    def append(self, value):
        new = Node(value)
        if self.head is None:
            self.head = new
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = new
        self._size += 1

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __bool__(self):
        return self.head is not None


class BST:
    class _Node:
        __slots__ = ("key", "left", "right")

        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self, keys=()):
        self.root = None
        self.count = 0
        for k in keys:
            self.insert(k)

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, self._Node(key))
                self.count += 1
                return True
            node = child

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __len__(self):
        return self.count

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __repr__(self):
        return f"BST({list(self)})"


ll = LinkedList([3, 1, 4])
ll.push(0)
ll.append(5)
print(ll, len(ll), bool(ll), 4 in ll, 9 in ll)
print(ll[0], ll[-1], ll[2])
ll.reverse()
print(ll, list(ll) == [5, 4, 1, 3, 0])
print(ll == LinkedList([5, 4, 1, 3, 0]), ll == [5, 4, 1, 3, 0])
while ll:
    print("pop", ll.pop(), end="; ")
print()
try:
    ll.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    Node(1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Node(1), "__dict__"), Node.__slots__)

tree = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(tree, len(tree), tree.height())
print(40 in tree, 45 in tree, sorted(tree, reverse=True)[:3])
print(sum(tree), min(tree), max(tree))
it = iter(tree)
print(next(it), next(it), list(it))
print(type(BST._Node).__name__, BST._Node.__qualname__)
print([k for k in tree if k % 20 == 0])
print(hasattr(BST, "__len__"), hasattr(tree, "__iter__"), hasattr(tree, "__dict__"))
print(len.__name__, type(len).__name__, callable(tree.insert))
