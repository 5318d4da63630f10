DEFAULTS = {"retries": 3, "timeout": 2.5}


def load(overrides):
    merged = dict(DEFAULTS)
    for key, value in overrides.items():
        merged[key] = DEFAULTS[key] + value
    return merged


config = load({"retries": 1, "verbose": True})
