print(2 ** 64)
