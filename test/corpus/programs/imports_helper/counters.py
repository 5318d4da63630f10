calls = 0


def bump():
    global calls
    calls += 1
    return calls


def describe():
    return f"{__name__}: {calls} calls"
