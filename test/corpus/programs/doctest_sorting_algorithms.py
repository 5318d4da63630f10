"""
Sorting algorithms in the TheAlgorithms style: each function documents itself
with examples that doctest.testmod() checks when the file is run.

>>> bubble_sort([3, 1, 2]) == insertion_sort([3, 1, 2]) == merge_sort([3, 1, 2])
True
"""
import sys


def bubble_sort(collection: list) -> list:
    """
    Pure implementation of bubble sort.

    >>> bubble_sort([0, 5, 2, 3, 2])
    [0, 2, 2, 3, 5]
    >>> bubble_sort([])
    []
    >>> bubble_sort([-2, -45, -5])
    [-45, -5, -2]
    >>> bubble_sort(["d", "a", "b", "e", "c"])
    ['a', 'b', 'c', 'd', 'e']
    """
    length = len(collection)
    for i in range(length - 1):
        swapped = False
        for j in range(length - 1 - i):
            if collection[j] > collection[j + 1]:
                swapped = True
                collection[j], collection[j + 1] = collection[j + 1], collection[j]
        if not swapped:
            break
    return collection


def insertion_sort(collection: list) -> list:
    """
    >>> insertion_sort([5, 4, 3, 2, 1])
    [1, 2, 3, 4, 5]
    >>> data = [1.5, -0.5, 3.25]
    >>> insertion_sort(data) is data
    True
    >>> data
    [-0.5, 1.5, 3.25]
    """
    for i in range(1, len(collection)):
        value = collection[i]
        j = i - 1
        while j >= 0 and collection[j] > value:
            collection[j + 1] = collection[j]
            j -= 1
        collection[j + 1] = value
    return collection


def merge_sort(collection: list) -> list:
    """
    >>> merge_sort([4, 1, 3, 9, 7])
    [1, 3, 4, 7, 9]
    >>> merge_sort(list(range(10, 0, -1)))  # doctest: +ELLIPSIS
    [1, 2, ..., 10]
    >>> for x in merge_sort([2, 1]):
    ...     print(x, end=" ")
    1 2 
    """
    if len(collection) <= 1:
        return collection
    mid = len(collection) // 2
    left, right = merge_sort(collection[:mid]), merge_sort(collection[mid:])
    merged = []
    while left and right:
        merged.append((left if left[0] <= right[0] else right).pop(0))
    return merged + left + right


def binary_search(sorted_collection: list, item: int) -> int:
    """
    >>> binary_search([0, 5, 7, 10, 15], 15)
    4
    >>> binary_search([0, 5, 7, 10, 15], 6)
    -1
    >>> binary_search([5, 1], 1)
    Traceback (most recent call last):
        ...
    ValueError: sorted_collection must be sorted in ascending order
    """
    if any(a > b for a, b in zip(sorted_collection, sorted_collection[1:])):
        raise ValueError("sorted_collection must be sorted in ascending order")
    lo, hi = 0, len(sorted_collection) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sorted_collection[mid] == item:
            return mid
        if sorted_collection[mid] < item:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


class SortedList:
    """
    A list kept sorted on insertion.

    >>> s = SortedList()
    >>> for v in (5, 1, 3):
    ...     s.add(v)
    >>> s
    SortedList([1, 3, 5])
    >>> len(s), sys.getsizeof(s.items)
    (3, 88)
    """

    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"SortedList({self.items})"

    def __len__(self):
        return len(self.items)

    def add(self, value):
        """
        >>> t = SortedList()
        >>> t.add(2)
        >>> t.add(1)
        >>> t.items
        [1, 2]
        """
        self.items.append(value)
        insertion_sort(self.items)

    @staticmethod
    def merged(a, b):
        """
        >>> SortedList.merged([1, 4], [2, 3])
        [1, 2, 3, 4]
        """
        return merge_sort(a + b)


if __name__ == "__main__":
    import doctest

    doctest.testmod()
    print(doctest.testmod())
    print(bubble_sort([9, 8, 7]), sys.getsizeof(merge_sort([3, 2, 1])))
