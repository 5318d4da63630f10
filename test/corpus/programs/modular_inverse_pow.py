# Modular inverses with pow(base, -1, mod): the textbook RSA toy and a check
# against the extended Euclidean algorithm written out by hand.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

p, q = 61, 53
n, phi = p * q, (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
print("d =", d, "check", e * d % phi, "egcd", egcd(e, phi)[1] % phi)
message = 65
cipher = pow(message, e, n)
print("cipher", cipher, "plain", pow(cipher, d, n))

print([pow(k, -1, 11) for k in range(1, 11)])
print(pow(3, -2, 7), pow(-4, -1, 9), pow(3, -1, -7), pow(5, -3, 1), pow(5, -3, -1), pow(0, -1, 1))
print(pow(2**100 + 1, -1, 10**9 + 7), pow(123456789, -5, 2**61 - 1))

for args in [(2, -1, 4), (0, -1, 5), (6, -1, 9), (3, -1, 0), (2.0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
