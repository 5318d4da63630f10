# Decimal is a C type: errors and descriptors name it by its tp_name 'decimal.Decimal'.
from decimal import Decimal, getcontext

prices = [Decimal("19.99"), Decimal("5.25"), Decimal("0.10")]
total = sum(prices, Decimal(0))
print("total", total)

for probe in (len, iter, lambda d: d[0], hash):
    try:
        probe(total)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

print(Decimal.sqrt)
print(Decimal.quantize)
print(Decimal.__add__)
print(Decimal.__round__)
print(type(total))
print(Decimal.sqrt(Decimal(2)))
print(Decimal.quantize(total, Decimal("0.1")))
try:
    Decimal.sqrt(4)
except TypeError as e:
    print("TypeError:", e)
try:
    total + "1"
except TypeError as e:
    print("TypeError:", e)
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
