# random is repeatable: seeded explicitly here.
import random

random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdef"), random.uniform(1, 2), random.randrange(0, 100, 5))
print(random.sample(range(100), 5))
