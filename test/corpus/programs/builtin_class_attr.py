# __class__ on instances of built-in types (object.__class__).
print([].__class__, (1).__class__, "a".__class__, {}.__class__.__name__)
print(len("ab").__class__)
