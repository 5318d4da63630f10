# Probe: a circular import sees the partially initialized module.
try:
    import cycle_a
except ImportError as e:
    print(str(e).replace(__file__.rsplit('/', 1)[0] + '/', ''))
