"""Phasor analysis of a series RLC circuit, the way an electrical-engineering tutorial does it:
impedances as complex numbers, cmath.polar/rect/phase for magnitude and angle, a frequency sweep."""
import cmath
import math

R, L, C = 100.0, 0.5, 10e-6
V_SOURCE = cmath.rect(230.0, 0.0)


def impedance(freq):
    w = 2 * math.pi * freq
    z_r = complex(R, 0)
    z_l = 1j * w * L
    z_c = 1 / (1j * w * C)
    return z_r + z_l + z_c, (z_r, z_l, z_c)


def describe(z):
    mag, ang = cmath.polar(z)
    return f"{mag:10.3f} ohm at {math.degrees(ang):8.3f} deg"


print("source:", V_SOURCE, type(V_SOURCE).__name__, cmath.phase(V_SOURCE))
for f in (25, 50, 71.18, 100, 400):
    total, parts = impedance(f)
    current = V_SOURCE / total
    drops = [current * p for p in parts]
    print(f"f={f:>6} Hz  Z={total:.2f}  |Z|{describe(total)}")
    print(f"   I={current:.4f} A  |I|={abs(current):.4f}  pf={math.cos(cmath.phase(total)):.4f}")
    kvl = sum(drops) - V_SOURCE
    print(f"   drops R/L/C: {[f'{abs(d):.2f}' for d in drops]}  KVL residual small: {abs(kvl) < 1e-9}")

# Resonance: where the reactances cancel, the impedance is purely resistive.
f0 = 1 / (2 * math.pi * math.sqrt(L * C))
z0, _ = impedance(f0)
print(f"resonance {f0:.3f} Hz: Z = {z0.real:.6f} {z0.imag:+.6f}j, close to R: {cmath.isclose(z0, R, abs_tol=1e-9)}")

# Building phasors from polar form and back.
phasors = [cmath.rect(10, math.radians(a)) for a in (0, 30, 90, 180, -45)]
for p in phasors:
    m, a = cmath.polar(p)
    print(f"{p:.4f}  -> {m:.4f} @ {math.degrees(a):.1f}")
print("sum of three-phase set ~ 0:", abs(sum(cmath.rect(1, k * 2 * math.pi / 3) for k in range(3))) < 1e-12)
print(cmath.sqrt(-4), cmath.sqrt(2j), cmath.exp(1j * math.pi).real, cmath.log(-1).imag == math.pi)
print(cmath.inf, cmath.infj, cmath.nanj, isinstance(1j, complex), (2.5).conjugate(), (7).imag)
