"""Text-transform plugins. Each reload of this module re-registers them and bumps LOADS."""
import sys

_host = sys.modules['__main__']
LOADS = getattr(_host, 'PLUGIN_LOADS', 0) + 1
_host.PLUGIN_LOADS = LOADS

REGISTRY = {}


def plugin(name):
    def register(func):
        REGISTRY[name] = func
        return func
    return register


@plugin('upper')
def shout(text):
    return text.upper()


@plugin('reverse')
def backwards(text):
    return text[::-1]


@plugin('count')
def count_words(text):
    return str(len(text.split()))
