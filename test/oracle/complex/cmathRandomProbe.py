# Random finite inputs to every cmath function and to complex ** with non-integral exponents, as
# repr lines for comparing with the simulation (writes /tmp/cm.txt; see KNOWN-DIFFERENCES.md):
#   PYENV_VERSION=3.12.1 python3 test/oracle/complex/cmathRandomProbe.py
import cmath, random
random.seed(7)
fns=['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']
with open('/tmp/cm.txt','w') as f:
    for _ in range(1500):
        z=complex(random.uniform(-3,3)*10**random.randint(-2,1), random.uniform(-3,3)*10**random.randint(-2,1))
        for fn in fns:
            try: r=getattr(cmath,fn)(z)
            except Exception: continue
            f.write(f"{fn} {z.real!r} {z.imag!r} {r.real!r} {r.imag!r}\n")
        for e in [0.5, 2.5, 1j, 1+1j]:
            try: r=z**e
            except Exception: continue
            f.write(f"pow{e} {z.real!r} {z.imag!r} {r.real!r} {r.imag!r}\n")
