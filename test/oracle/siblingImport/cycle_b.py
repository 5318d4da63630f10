from cycle_a import VALUE
