"""An inventory report: f-strings with format specs, grouping and totals."""

PRODUCTS = [
    # sku, name, category, qty, unit price, reorder level
    ("A-100", "Widget", "hardware", 120, 2.5, 50),
    ("A-101", "Gadget", "hardware", 8, 12.99, 10),
    ("B-200", "Manual", "books", 42, 19.0, 5),
    ("B-201", "Cookbook", "books", 0, 24.5, 3),
    ("C-300", "Coffee beans 1kg", "grocery", 17, 15.75, 20),
    ("C-301", "Green tea", "grocery", 230, 3.2, 40),
    ("D-400", "USB cable", "electronics", 1500, 1.05, 200),
    ("D-401", "Monitor", "electronics", 3, 189.999, 2),
]

WIDTH = 64
print(f"{' INVENTORY REPORT ':=^{WIDTH}}")
print(f"{'SKU':<6} {'Item':<18} {'Qty':>6} {'Price':>9} {'Value':>11} {'':>8}")
print("-" * WIDTH)
by_category = {}
for sku, name, category, qty, price, reorder in PRODUCTS:
    value = qty * price
    flag = "REORDER" if qty <= reorder else ""
    short = name if len(name) <= 18 else name[:15] + "..."
    print(f"{sku:<6} {short:<18} {qty:>6,} {price:>9.2f} {value:>11,.2f} {flag:>8}")
    by_category.setdefault(category, []).append((name, qty, value))
print("-" * WIDTH)

grand = sum(v for items in by_category.values() for _, _, v in items)
for category, items in sorted(by_category.items()):
    total = sum(v for _, _, v in items)
    share = total / grand
    bar = "#" * round(share * 30)
    print(f"{category.title():<12}{len(items):>3} items {total:>12,.2f} {share:>7.1%} {bar}")
print(f"{'TOTAL':<21}{grand:>15,.2f}")
print()

n = 1234567.891
print(f"{n:,}|{n:_.2f}|{n:e}|{n:.3E}|{n:g}|{n:.10g}|{n:015.3f}|{n:+.1f}")
print(f"{255:b}|{255:o}|{255:x}|{255:X}|{255:#x}|{255:#010b}|{255:,d}|{-255:+d}|{255: d}")
print(f"{0.5:%}|{0.125:.1%}|{1/3:.4f}|{2/3:.0f}|{1e-7:.2e}|{12345678901234567890:,}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^10}|{'x':->4}|{7:03}|{-7:05}|{7:<4}|")
print(f"{3.14159:{8}.{3}f}|{'dyn':{'>'}{6}}|{42!r:>5}|{'q'!r}|{'a' 'b'}|{{braces}}")
price, qty = 4.5, 3
print(f"{qty=}, {price * qty = :.2f}, {PRODUCTS[0][1]=!s}")
print(format(1234.5, ",.1f"), format(42, "08b"), format("txt", "^9"), format(3, ""), format(0.1 + 0.2, ".17g"))
print(f"{True:>6}|{None!s:>6}|{[1, 2]!s:>8}|{(1,):>5}")
print("{:>8.3}|{:<8.3}|{:^8}".format(3.14159, "abcdef", 12))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), round(7, -1))
low = [name for _, name, _, qty, _, reorder in PRODUCTS if qty <= reorder]
print("Reorder:", ", ".join(low) if low else "none")
print(f"{len(PRODUCTS)} products, {sum(p[3] for p in PRODUCTS):,} units, most valuable line: "
      f"{max(PRODUCTS, key=lambda p: p[3] * p[4])[1]}")
