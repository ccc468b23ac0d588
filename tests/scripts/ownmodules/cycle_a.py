# Imports cycle_b, which imports this module while it is only half run.
import ownmodules.cycle_b as b

NAME = "a"


def partner():
    return b.NAME
