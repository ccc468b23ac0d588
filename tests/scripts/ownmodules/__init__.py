# A package of the program's own, as the book's `util`: it gathers names from its submodules.
from ownmodules.timing import timed
from ownmodules.work import pause, WorkFailed

LOADED = ["ownmodules"]
