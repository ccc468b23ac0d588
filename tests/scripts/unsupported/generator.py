def numbers():
    yield 1


print(list(numbers()))
