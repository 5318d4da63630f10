# Layered configuration with collections.ChainMap: command line over environment over defaults.
import sys
import gc
from collections import ChainMap, defaultdict

defaults = {"color": "red", "user": "guest", "debug": False, "port": 8080}
env = {"user": "ann", "port": 9000}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg)
print(cfg["user"], cfg["color"], cfg["debug"], cfg["port"], len(cfg), list(cfg))
print("color" in cfg, "shell" in cfg, cfg.get("shell", "/bin/sh"))
for key in cfg:
    print(f"  {key} = {cfg[key]!r}")

cfg["color"] = "blue"
print(cli, cfg.maps[0] is cli, defaults["color"])
request = cfg.new_child({"user": "bob"})
print(request["user"], request.parents["user"], len(request.maps), request.new_child(timeout=3)["timeout"])
del cfg["color"]
for action in (lambda: cfg.__delitem__("user"), lambda: cfg["missing"], lambda: cfg.pop("port")):
    try:
        action()
    except KeyError as err:
        print("KeyError:", err)
print(bool(ChainMap()), bool(ChainMap({}, {"a": 1})), ChainMap(), cfg.pop("debug"), cfg)
snapshot = cfg.copy()
snapshot["user"] = "carol"
print(snapshot["user"], cfg["user"], snapshot.maps[1] is env)
counts = ChainMap({}, defaultdict(int))
print(counts["anything"], counts)
print("getsizeof", sys.getsizeof(ChainMap()), "tracked", gc.is_tracked(cfg), "maps list", sys.getsizeof(cfg.maps))
