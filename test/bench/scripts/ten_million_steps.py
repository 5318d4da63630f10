# Ten million line steps: a long loop, to show long scripts run to completion.
x = 0
for i in range(3_333_334):
    x += 1
    x -= 1
print(x)
