# A seeded dice simulation: random's Mersenne Twister draws CPython's exact sequence.
import random
import sys

random.seed(42)
print([random.randint(1, 100) for _ in range(10)])

random.seed(2024)
counts = {}
for _ in range(600):
    roll = random.randint(1, 6) + random.randint(1, 6)
    counts[roll] = counts.get(roll, 0) + 1
for total in sorted(counts):
    print(f"{total:2d} {'#' * (counts[total] // 5)} {counts[total]}")

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print("hand:", deck[:5], "draw:", random.choice(deck), random.sample(deck, 3))
print("weighted:", random.choices(["rock", "paper", "scissors"], weights=[5, 3, 2], k=8))
print("range:", [random.randrange(0, 100, 7) for _ in range(6)], random.getrandbits(64))
print("floats:", [round(random.random(), 6) for _ in range(3)], round(random.uniform(-1, 1), 6))
print("normal:", [round(random.gauss(100, 15), 2) for _ in range(4)])

rng = random.Random("seed text")
print("own generator:", rng.randint(1, 10**12), rng.random(), type(rng).__name__)
print(sys.getsizeof(rng))

try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
