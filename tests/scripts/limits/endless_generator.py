def forever():
    n = 0
    while True:
        yield n
        n += 1


print("consuming an endless generator")
total = 0
for n in forever():
    total += n
