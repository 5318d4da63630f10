# A tree whose nodes annotate themselves with names defined later: with
# `from __future__ import annotations` the annotations stay strings.
from __future__ import annotations

import __future__
import sys


class Node:
    def __init__(self, key: int, left: Node | None = None, right: Node | None = None) -> None:
        self.key = key
        self.left = left
        self.right = right

    def insert(self, key: int) -> Node:
        if key < self.key:
            self.left = self.left.insert(key) if self.left else Node(key)
        else:
            self.right = self.right.insert(key) if self.right else Node(key)
        return self

    def walk(self) -> list[int]:
        out: list[int] = []
        if self.left:
            out += self.left.walk()
        out.append(self.key)
        if self.right:
            out += self.right.walk()
        return out


def build(keys: list[int]) -> Tree:
    root = Node(keys[0])
    for k in keys[1:]:
        root.insert(k)
    return Tree(root)


class Tree:
    root: Node
    size: int = 0

    def __init__(self, root: Node) -> None:
        self.root = root
        self.size = len(root.walk())


t = build([50, 30, 70, 20, 40, 60, 80, 35])
print(t.root.walk(), t.size)
print(Node.__init__.__annotations__)
print(Node.walk.__annotations__, build.__annotations__)
print(Tree.__annotations__)
print(annotations)
print(annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(annotations.getOptionalRelease(), annotations.getMandatoryRelease())
print(__future__.division.mandatory, __future__.all_feature_names[-2:])
print(sys.getsizeof(t.root.walk()))
