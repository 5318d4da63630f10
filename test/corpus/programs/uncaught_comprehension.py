# A failure inside a comprehension: 3.11 shows the <listcomp> frame, 3.12+ inline it (PEP 709).
prices = {"apple": 1.25, "pear": 0.75}
basket = ["apple", "pear", "kiwi"]
print(sum(prices[item] for item in basket[:2]))
totals = [prices[item] * 2 for item in basket]
