# Source lines with trailing blanks in tracebacks. The interpreter's own printer of 3.11/3.12
# (C, tb_displayline) strips only the indentation, so the blanks stay on the printed line and
# count in its "range covers the whole line" test (carets appear under a call that is the whole
# statement). traceback.py strips both ends but measures the caret offset against the unstripped
# line, so its carets move left by the number of trailing blanks. 3.13 prints neither way.
# This file keeps trailing blanks on purpose (see .editorconfig).
import traceback


def divide(n):
    return 10 // n   


def index(items, i):
    return items[i] + items[i + 1]  


class Noisy:
    def __del__(self):
        raise ValueError("in __del__")   


try:
    divide(0)  
except ZeroDivisionError:
    traceback.print_exc()

try:
    index([1, 2, 3], 2)	
except IndexError:
    print(traceback.format_exc())

n = Noisy()
del n

for line in traceback.format_stack()[-1:]:
    print(line.rstrip())   

total = sum([1, 2])  	 
print(total)
index([0], 0)     
