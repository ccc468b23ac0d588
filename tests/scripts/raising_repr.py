# A __repr__ or __str__ that raises: the program goes on where it can, and an uncaught exception whose
# text cannot be made prints CPython's "<exception str() failed>".
class Broken:
    def __repr__(self):
        raise ValueError("no repr")


try:
    repr(Broken())
except ValueError as e:
    print("repr raised:", e)

try:
    raise RuntimeError(Broken())
except RuntimeError as e:
    print("caught a RuntimeError holding", type(e.args[0]).__name__)

raise RuntimeError(Broken())
