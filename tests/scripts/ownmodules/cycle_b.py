from ownmodules import cycle_a

NAME = "b"
SEEN_FROM_A = hasattr(cycle_a, "NAME")  # cycle_a is still at its first line


def partner():
    return cycle_a.NAME
