# A config lookup that fails three calls deep: the traceback names every frame, with carets.
class Config:
    def __init__(self, values):
        self.values = values

    def get(self, section, key):
        return self.values[section][key]


def port_of(config, service):
    return int(config.get(service, "port"))


def connect_all(config, services):
    ports = []
    for name in services:
        ports.append(port_of(config, name))
        print("connected", name, ports[-1])
    return ports


config = Config({"db": {"port": "5432"}, "cache": {"host": "localhost"}})
connect_all(config, ["db", "cache"])
