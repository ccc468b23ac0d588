# Assigning to and deleting an extended slice of a list (a step other than 1), as CPython does it.
s = list(range(10))
s[::3] = "abcd"; print(s)
s[::-2] = range(5); print(s)
s[8:2:-3] = [None, None]; print(s)
s[5:5:2] = []; print(s)
s[::2] = s[1::2]; print(s)
for bad in ([1], []):
    try:
        s[::4] = bad
    except ValueError as e:
        print(e)
t = list(range(12))
del t[1::4]; print(t)
del t[::-3]; print(t)
del t[5:1:-2]; print(t)
del t[::1]; print(t)
u = list(range(6)); del u[10::2]; print(u)
