import cycle_b
VALUE = 1
