# Worker threads that fail: threading.excepthook decides what is reported.
import threading

print(threading.excepthook is threading.__excepthook__)
failures = []


def record(args):
    failures.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


def download(url):
    if not url.startswith("https://"):
        raise ValueError(f"refusing {url}")


threading.excepthook = record
threads = [threading.Thread(target=download, args=(u,), name=f"dl-{i}")
           for i, u in enumerate(["https://a.example", "http://b.example", "ftp://c.example"])]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(failures)

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=download, args=("gopher://d.example",), name="dl-default")
t.start()
t.join()


def broken(args):
    raise RuntimeError("logger offline")


threading.excepthook = broken
t = threading.Thread(target=download, args=("http://e.example",), name="dl-broken")
t.start()
t.join()
print("main thread still fine")
