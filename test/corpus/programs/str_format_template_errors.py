# A mail-merge helper validates user-written templates: each bad template is reported with the
# exception str.format raised (a missing field is a KeyError whose key is the field name).
templates = [
    "Dear {name}, your balance is {balance:.2f}",
    "Dear {name}, your balance is {balance:.2f",
    "Dear {name}, your balance is {",
    "Dear {name}}, welcome",
    "Total: {total}",
    "Total: {0[0]}",
    "{{literal}} and {name!r}",
    "{name!x}",
    "{name!}",
    "{name!r",
    "{name[0}",
    "{name{}}",
    "{:{width}} | {name}",
    "{0} and {}",
    "{} and {0}",
    "{5}",
    "{0[items]}",
]
record = {"name": "Ada", "balance": 12.5, "width": 6}
for t in templates:
    try:
        print(repr(t), "->", repr(t.format("first", **record)))
    except Exception as e:
        print(repr(t), "!!", type(e).__name__, e, e.args)
for t in ["{name} owes {debt}", "{name}"]:
    try:
        print(t.format_map({"name": "Bo"}))
    except KeyError as e:
        print("format_map KeyError", e, e.args)
try:
    {}[("Ada", 1815)]
except KeyError as e:
    print("tuple key", e, repr(e), e.args)
try:
    {}[()]
except KeyError as e:
    print("empty tuple key", e, repr(e))
