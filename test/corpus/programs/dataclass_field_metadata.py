# Field metadata in a unit-aware record: field(metadata=...) is a read-only mapping, and fields
# without metadata all share one empty mapping.
from dataclasses import dataclass, field, fields


@dataclass
class Measurement:
    length: float = field(default=0.0, metadata={"unit": "cm", "min": 0})
    weight: float = field(default=0.0, metadata={"unit": "kg"})
    label: str = ""
    note: str = field(default="", repr=False)


m = Measurement(12.5, 3.2, "box")
print(m)
for f in fields(Measurement):
    unit = f.metadata.get("unit", "-")
    print(f"{f.name:8} {unit:3} {len(f.metadata)} {type(f.metadata).__name__}")

label, note = fields(Measurement)[2:]
print(label.metadata is note.metadata, dict(fields(Measurement)[0].metadata))
print(sorted(fields(Measurement)[0].metadata.keys()), "unit" in fields(Measurement)[1].metadata)
try:
    label.metadata["unit"] = "m"
except TypeError as e:
    print("TypeError:", e)
