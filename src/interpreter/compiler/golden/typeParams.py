def f[T: int](x: T, y=1) -> T:
    return x


class Stack[T](object):
    def push(self, item: T) -> None:
        pass


type Pairs[K] = list[tuple[K, K]]
