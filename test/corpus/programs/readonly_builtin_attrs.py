# Which attributes of built-in objects can be changed? A tour of CPython's read-only errors.
def attempt(label, action):
    try:
        action()
        print(f"{label}: changed")
    except AttributeError as e:
        print(f"{label}: {e}")


attempt("int.real", lambda: setattr(7, "real", 8))
attempt("int.numerator (del)", lambda: delattr(7, "numerator"))
attempt("float.imag", lambda: setattr(2.5, "imag", 1.0))
attempt("complex.real", lambda: setattr(3 + 4j, "real", 0.0))
attempt("slice.stop", lambda: setattr(slice(1, 5), "stop", 9))
attempt("range.step", lambda: setattr(range(10), "step", 2))
attempt("str.upper", lambda: setattr("text", "upper", str.lower))
attempt("dict.fromkeys", lambda: setattr({}, "fromkeys", None))
attempt("list.append", lambda: setattr([], "append", print))
gen = (n * n for n in range(3))
attempt("generator.gi_frame", lambda: setattr(gen, "gi_frame", None))
print(sum(gen))
