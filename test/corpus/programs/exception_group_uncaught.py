# Validating a batch of records: every problem is reported at once in an ExceptionGroup.
# The last group is not caught, so the interpreter prints its boxed traceback.


def check_record(record):
    problems = []
    if not record.get("name"):
        problems.append(ValueError("name is empty"))
    age = record.get("age")
    if not isinstance(age, int):
        problems.append(TypeError(f"age must be an int, not {type(age).__name__}"))
    elif age < 0:
        problems.append(ValueError(f"age {age} is negative"))
    if problems:
        group = ExceptionGroup(f"record {record.get('id')}", problems)
        group.add_note(f"record = {record}")
        raise group


def check_all(records):
    failures = []
    for record in records:
        try:
            check_record(record)
        except ExceptionGroup as group:
            failures.append(group)
    if failures:
        raise ExceptionGroup("invalid records", failures)


records = [
    {"id": 1, "name": "Ada", "age": 36},
    {"id": 2, "name": "", "age": -1},
    {"id": 3, "name": "Grace", "age": "old"},
]

try:
    check_all(records)
except* TypeError as types:
    print("type errors:", [str(e) for g in types.exceptions for e in g.exceptions])

try:
    check_all(records[:1])
    print("record 1 is valid")
except* ValueError:
    print("not reached")

check_all(records)
