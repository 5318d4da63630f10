# A script that uses a standard module it never imported: 3.12 and 3.13 add
# "Did you forget to import 'math'?" to the NameError, 3.11 prints the bare message.
radii = [1, 2, 3]
areas = [round(3.14159 * r * r, 2) for r in radii]
print(areas)
print(math.pi * 4)
