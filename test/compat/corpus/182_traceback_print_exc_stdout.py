import sys
import traceback

def divide(a, b):
    return a / b

for b in [2, 0]:
    try:
        print divide(10, b)
    except Exception:
        traceback.print_exc(file=sys.stdout)
