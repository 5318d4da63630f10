# A settings file round-trip: defaults merged with user overrides, saved as JSON text and read back.
import json
import sys

DEFAULTS = {
    "version": 3,
    "theme": {"name": "dark", "font_size": 12.5, "ligatures": True},
    "recent_files": [],
    "plugins": {"lint": {"enabled": True, "rules": ["E501", "W291"]}, "format": None},
}

user_text = '''
{
    "theme": {"font_size": 14, "name": "solarized"},
    "recent_files": ["main.py", "notes.md", "caf\\u00e9.txt"],
    "plugins": {"format": {"line_length": 100}}
}
'''


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


user = json.loads(user_text)
print("user keys:", list(user))
settings = merge(DEFAULTS, user)
text = json.dumps(settings, sort_keys=True)
print(text)
print("length:", len(text), "size:", sys.getsizeof(text))

back = json.loads(text)
print("round trip equal:", back == settings)
print("recent:", back["recent_files"], sys.getsizeof(back["recent_files"]))
print("theme:", back["theme"], sys.getsizeof(back["theme"]))

for bad in ['{"theme": {"name": "x",}}', '{"version" 4}', '[1, 2', '{"a": 1} trailing']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"error at line {e.lineno} col {e.colno}: {e.msg}")

compact = json.dumps(settings["plugins"], separators=(",", ":"))
print(compact, len(compact))
print(json.dumps({1: "one", 2.5: "two and a half", None: "nothing", True: "yes"}))
