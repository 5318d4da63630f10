# Annotation scopes inside a class body (PEP 695): a generic method's annotations and a type
# alias defined in the class see the class's own names; the type parameters stay invisible outside.
import gc
import sys


class Matrix:
    Number = float
    type Row = list[Number]

    def __init__(self, rows: "list[Matrix.Row]") -> None:
        self.rows = rows

    def map[R](self, f: "Callable[[Number], R]", scale: Number = 1.0) -> list[list[R]]:
        return [[f(x * scale) for x in row] for row in self.rows]

    def first[D](self, default: D) -> Number | D:
        return self.rows[0][0] if self.rows and self.rows[0] else default


m = Matrix([[1.0, 2.0], [3.0, 4.0]])
print(m.map(lambda x: x * 10), m.map(round, scale=0.5))
print(m.first(None), Matrix([]).first("empty"))
print(Matrix.Row, Matrix.Row.__value__)
print(Matrix.first.__annotations__)
print(Matrix.map.__annotations__["return"], Matrix.map.__type_params__)
print(Matrix.first.__qualname__, Matrix.map.__qualname__)
print(sorted(k for k in Matrix.__dict__ if not k.startswith("__")))
print("__classdict__" in Matrix.__dict__, "__classdictcell__" in Matrix.__dict__)


class Registry[K, V]:
    Default = dict

    def __init__(self) -> None:
        self.data: Registry.Default[K, V] = {}

    def add[X: (int, str)](self, key: K, value: V, tag: X) -> tuple[K, X]:
        self.data[key] = value
        return key, tag


r = Registry[str, int]()
print(r.add("a", 1, 7), r.add("b", 2, "t"), r.data)
print(Registry.add.__annotations__, Registry.add.__type_params__[0].__constraints__)
print(sys.getsizeof(r.data), gc.is_tracked(Registry.add))
