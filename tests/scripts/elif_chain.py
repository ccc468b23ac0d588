# An if with elifs and an else: each branch is tried in order, and an error in an elif's test is reported
# at the elif's own line.
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    elif x > "ten":
        return "large"
    else:
        return "other"


def first_match(x):
    if x == 1:
        print("one")
    elif x == 2:
        print("two")
    elif x == 2:
        print("never: the earlier branch matched")
    print("after", x)


print(classify(-1), classify(0), classify(5))
first_match(1)
first_match(2)
first_match(3)
print(classify(50))
