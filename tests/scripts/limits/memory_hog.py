items = []
while True:
    items.append('x' * 10000 + str(len(items)))
