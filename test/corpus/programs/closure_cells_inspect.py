# Looking inside closures: each free variable lives in a cell object the inner function keeps in
# __closure__; cell_contents shows the value the closure currently sees.
def make_counter(start=0):
    count = start
    step = 1

    def tick():
        nonlocal count
        count += step
        return count
    return tick


t = make_counter(10)
print("cells:", [type(c).__name__ for c in t.__closure__])
print("before:", [c.cell_contents for c in t.__closure__])
t()
t()
print("after two ticks:", [c.cell_contents for c in t.__closure__])

other = make_counter()
print("separate cells:", t.__closure__[0] is other.__closure__[0], other.__closure__[0].cell_contents)


def late_binding():
    funcs = [lambda: i for i in range(3)]
    return funcs


fs = late_binding()
print("shared cell:", fs[0].__closure__[0] is fs[2].__closure__[0], fs[0].__closure__[0].cell_contents)
print("calls:", [f() for f in fs])


def not_yet():
    def show():
        return value
    cell = show.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = "bound now"
    print("then:", cell.cell_contents)


not_yet()
print("no closure:", make_counter.__closure__)
