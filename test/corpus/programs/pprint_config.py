"""A deployment configuration merged from defaults and overrides, inspected with pprint at
several widths and depths, then a compact dump of a metrics table and a long description."""
import pprint
import sys

defaults = {
    "service": "inventory",
    "replicas": 2,
    "resources": {"cpu": "250m", "memory": "256Mi"},
    "env": {"LOG_LEVEL": "info", "CACHE_TTL": "300"},
    "ports": [8080],
}
overrides = {
    "replicas": 5,
    "resources": {"memory": "1Gi"},
    "env": {"LOG_LEVEL": "debug", "FEATURE_FLAGS": "search,bulk-import,audit"},
    "ports": [8080, 8443],
    "healthcheck": {"path": "/healthz", "interval_s": 10, "thresholds": (3, 1)},
}


def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


config = merge(defaults, overrides)
print("merged keys:", sorted(config))
pprint.pprint(config)
print("--- width 50")
pprint.pprint(config, width=50)
print("--- depth 1, insertion order")
pprint.pp(config, depth=1)
print("--- indent 4")
pprint.pprint(config["healthcheck"], indent=4, width=30)

metrics = [[round((r * 7 + c * 3) % 17 / 4, 2) for c in range(10)] for r in range(6)]
print("--- metrics, compact")
pprint.pprint(metrics, compact=True, width=60)
description = ("The inventory service keeps stock levels for every warehouse, publishes changes to the "
               "event bus and answers availability queries from the storefront.\nIt is deployed twice a week.")
pprint.pprint({"description": description}, width=70)
text = pprint.pformat(config, width=60)
print("pformat lines:", len(text.splitlines()), "longest:", max(len(l) for l in text.splitlines()))
printer = pprint.PrettyPrinter(width=40, compact=True)
printer.pprint(list(range(0, 300, 7)))
print("readable:", pprint.isreadable(config), "recursive:", pprint.isrecursive(config))
print("config dict size:", sys.getsizeof(config), "entries:", len(config))
