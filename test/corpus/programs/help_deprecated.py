# 3.13's warnings.deprecated: what __doc__ gives on the decorator, on what it decorates and on
# its instances, and help()'s page for the class (its annotated signature, its docstring).
import warnings

if hasattr(warnings, "deprecated"):
    @warnings.deprecated("Use g instead")
    def f(x):
        """Old f."""
        return x

    @warnings.deprecated("Gone")
    class C:
        pass

    print(repr(f.__doc__), f.__deprecated__)
    print(repr(C.__doc__), C.__deprecated__)
    print(warnings.deprecated("msg").__doc__ == warnings.deprecated.__doc__)
    help(warnings.deprecated)
else:
    print("no warnings.deprecated before 3.13")
