# Wrapping a low-level error in a domain error: "The above exception was the direct cause..."
class ParseError(Exception):
    pass


def parse_record(line):
    name, age = line.split(",")
    try:
        return name.strip(), int(age)
    except ValueError as e:
        raise ParseError(f"bad age in {line!r}") from e


records = ["ada, 36", "alan, 41", "grace, forty"]
for line in records:
    print(parse_record(line))
