"""A sample of this interpreter's unicodedata.name() for unicodeNames.test.ts: every 1009th code
point and a few chosen ones (derived names, Hangul, the last additions), as JSON. Regenerate with
  for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 test/oracle/unicodeNamesSample.py > test/oracle/unicodeNames.sample.$v.json; done"""
import json, unicodedata

chosen = [0x20, 0x2022, 0x2500, 0x20AC, 0xAC00, 0xD7A3, 0x4E00, 0x9FFF, 0x2A6DF, 0x31350, 0x323AF, 0x2EBF0,
          0xF900, 0x18B00, 0x1B170, 0x1F600, 0x1FA75, 0x1FAE8, 0x2FFC, 0x31EF, 0x1D7FF, 0xE0001, 0x10FFFF]
print(json.dumps({'unidata': unicodedata.unidata_version,
                  'names': {cp: unicodedata.name(chr(cp), None) for cp in sorted(set(chosen + list(range(0, 0x110000, 1009))))}}))
