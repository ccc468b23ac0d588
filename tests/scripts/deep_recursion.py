# Unbounded recursion ends in RecursionError, which a program can catch.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught:", e)
