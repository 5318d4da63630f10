# PEP 701 f-strings whose replacement fields reuse the enclosing quotes. 3.12 and 3.13 run the
# report; 3.11's tokenizer ends the string at the inner quote, so the whole file is a
# SyntaxError ("f-string: unmatched '['", the first such field) and nothing is printed.

stock = {"apples": 12, "pears": 0, "plums": 7}
prices = {"apples": 0.5, "pears": 0.75, "plums": 1.2}

print("Inventory")
for name in sorted(stock):
    print(f"  {name:<8}{stock[name]:>4} x {prices[name]:.2f} = {stock[name] * prices[name]:6.2f}")

total = sum(stock[n] * prices[n] for n in stock)
print(f"first: {stock["apples"]}, label: {"in stock" if stock["pears"] else "sold out"}")
print(f"total: {f"{total}":>10}")
print(f"{", ".join(f"{k}={v}" for k, v in stock.items())}")
