"""A tiny text adventure: rooms in dicts, a state machine driven by commands read with input()."""

ROOMS = {
    "hall": {"desc": "a draughty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "dusty shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a kitchen smelling of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(room, items=list(room["items"])) for name, room in rooms.items()}
        self.state = "playing"
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.handlers = {
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "look": self.look,
            "inventory": self.show_inventory,
            "unlock": self.unlock,
            "quit": self.quit,
        }

    def room(self):
        return self.rooms[self.location]

    def look(self, *_):
        room = self.room()
        items = ", ".join(room["items"]) or "nothing"
        exits = " ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see {items}. Exits: {exits}."

    def go(self, direction=None, *_):
        direction = ALIASES.get(direction, direction)
        target = self.room()["exits"].get(direction)
        if target is None:
            return f"You can't go {direction or 'nowhere'}."
        if self.rooms[target].get("locked"):
            return "The way is locked."
        self.location = target
        return self.look()

    def take(self, item=None, *_):
        items = self.room()["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

    def drop(self, item=None, *_):
        try:
            self.inventory.remove(item)
        except ValueError:
            return f"You don't have {item}."
        self.room()["items"].append(item)
        return f"Dropped {item}."

    def unlock(self, *_):
        if "key" not in self.inventory:
            return "You have no key."
        for name, room in self.rooms.items():
            if room.pop("locked", False):
                return f"You unlock the way to the {name}."
        return "Nothing to unlock."

    def show_inventory(self, *_):
        return "You carry: " + (", ".join(sorted(self.inventory)) if self.inventory else "nothing")

    def quit(self, *_):
        self.state = "quit"
        return "Bye."

    def step(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *args = words
        if verb in ALIASES or verb in ALIASES.values():
            verb, args = "go", [verb]
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(*args)


game = Game(ROOMS)
print(game.look())
while game.state == "playing":
    try:
        line = input("> ")
    except EOFError:
        print("\n(end of input)")
        break
    print(line)
    print(game.step(line))

print(f"state={game.state} moves={game.moves} location={game.location}")
print("inventory:", game.inventory)
print({name: room["items"] for name, room in game.rooms.items()})
print(ROOMS["cellar"].get("locked"), game.rooms["cellar"].get("locked", "unlocked"))
