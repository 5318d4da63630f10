# The reference counts of the interpreter's static singletons as a script sees them. In 3.11 they
# are real counts (999,999,999 plus every reference the interpreter holds at startup); 3.12+ show
# the immortal value. The simulation runs this same script, so the difference between the two
# outputs is exactly what the startup holds that the simulation does not (calibrate.mjs).
import sys
counts = []
for i in range(-5, 257):
    counts.append(sys.getrefcount(i))
print(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(()), sys.getrefcount(''))
print(counts)
