def forever():
    while True:
        yield 1


print("summing an endless generator expression")
print(sum(x for x in forever()))
