# An exception whose message cannot be made: str() of it raises, so the interpreter prints
# "<exception str() failed>" in its place instead of the message.


class Config:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        raise RuntimeError("repr of a half-built Config")


registry = {}
key = Config("db")
try:
    registry[key]
except KeyError as e:
    print("caught KeyError with", len(e.args), "arg")
    try:
        str(e)
    except RuntimeError as inner:
        print("str(e) raised:", inner)


print("about to fail")
raise KeyError(key)
