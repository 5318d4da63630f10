# An invoice with Decimal money: quantized line totals, tax with ROUND_HALF_UP, a discount
# computed in a local context, formatted columns, and what the objects cost in memory.
import sys
import gc
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext, getcontext, DivisionByZero, InvalidOperation

CENT = Decimal('0.01')

items = [
    ('Widget', 3, Decimal('19.99')),
    ('Gadget', 1, Decimal('149.50')),
    ('Cable', 4, Decimal('3.333')),
    ('Manual', 2, Decimal('0')),
]

print(f"{'item':<8}{'qty':>4}{'price':>10}{'total':>12}")
subtotal = Decimal(0)
for name, qty, price in items:
    line = (price * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>4}{price:>10}{line:>12,.2f}')

tax_rate = Decimal('0.0825')
tax = (subtotal * tax_rate).quantize(CENT, rounding=ROUND_HALF_UP)
with localcontext() as ctx:
    ctx.prec = 6
    ctx.rounding = ROUND_DOWN
    discount = subtotal / 7
print('subtotal', subtotal, 'tax', tax, 'discount', discount)
total = subtotal + tax - discount.quantize(CENT)
print('total', repr(total), f'{total:>12,.2f}', str(total.quantize(Decimal('1'))))
print('per person (3)', (total / 3).quantize(CENT), 'exact third', total / 3)
print('context', getcontext().prec, getcontext().rounding)

# Exact binary expansion of floats, and why money uses strings.
print(Decimal(0.1))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)
print(Decimal('1E+2'), Decimal('0.000001'), Decimal('0.0000001'), Decimal('-0'), Decimal('NaN'), Decimal('-Infinity'))
print(Decimal('12.300').normalize(), Decimal('2').sqrt(), Decimal(10) ** -3, Decimal('7.5') % 2, Decimal('-7.5') // 2)
print(Decimal('1.5').as_tuple(), hash(Decimal('1.5')) == hash(1.5), int(Decimal('-3.9')), round(Decimal('2.675'), 2), round(Decimal('3.5')))
print(f'{Decimal("1234.5678"):e}', f'{Decimal("0.25"):%}', f'{Decimal("1234.5"):g}', f'{Decimal("-42"):+08.1f}')

for bad in [lambda: Decimal(1) / 0, lambda: Decimal('abc'), lambda: Decimal('1.5') + 1.5]:
    try:
        bad()
    except (DivisionByZero, InvalidOperation, TypeError) as e:
        print(type(e).__name__, e)

print(sys.getsizeof(Decimal('19.99')), sys.getsizeof(Decimal('9' * 80)), gc.is_tracked(Decimal(1)) == (sys.version_info >= (3, 13)))
