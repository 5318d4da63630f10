# The "error" action turns a warning into an exception raised at the warn() call: uncaught, it
# ends the script with a traceback like any other error.
import warnings


def load(records):
    result = []
    for rec in records:
        if "id" not in rec:
            warnings.warn(f"record without id skipped: {rec}", stacklevel=2)
            continue
        result.append(rec["id"])
    return result


rows = [{"id": 1}, {"name": "x"}, {"id": 3}]
warnings.simplefilter("default")
print(load(rows))
warnings.filterwarnings("error", category=UserWarning)
try:
    load(rows)
except UserWarning as exc:
    print("caught:", exc, exc.__traceback__.tb_lineno)
try:
    {}["missing"]
except KeyError:
    try:
        warnings.warn("while handling", RuntimeWarning)
    except RuntimeWarning as exc:
        print("context:", repr(exc.__context__))
ids = load(rows)
print("not reached", ids)
