# A crash hook that itself fails: CPython reports both errors, the hook's first.
import sys


def notify(exc_type, exc_value, tb):
    print("notifying about", exc_type.__name__)
    channel = {"email": None}
    channel["slack"].send(str(exc_value))


sys.excepthook = notify
inventory = {"apples": 3}


def take(item, n):
    if inventory.get(item, 0) < n:
        raise LookupError(f"not enough {item}: have {inventory.get(item, 0)}, need {n}")
    inventory[item] -= n


take("apples", 2)
print(inventory)
take("apples", 2)
