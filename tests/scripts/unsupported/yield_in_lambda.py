def make_counter():
    return lambda: (yield 1)


print(list(make_counter()()))
