class Square:
    name = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


print("square module:", __name__, __package__)
