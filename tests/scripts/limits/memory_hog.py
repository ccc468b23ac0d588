items = []
while True:
    items.append(len(items))
