# sys: version_info, argv, stdout/stderr writes, print(file=...), getrecursionlimit, exc_info and exit.
import sys

print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, sys.version_info[0])
print(len(sys.argv), sys.argv[0].endswith(".py"))
n = sys.stdout.write("written to stdout\n")
print(n)
sys.stderr.write("written to stderr\n")
print("printed to stderr", file=sys.stderr)
print("printed to stdout", 1, 2, sep="-", file=sys.stdout)
sys.stdout.flush()
print(sys.getrecursionlimit(), sys.maxsize)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind, repr(value))
    print(sys.exception() is value)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


cap = Capture()
print("into an object", end="!", file=cap)
print(cap.parts)


def main():
    print("exiting with status 2")
    sys.exit(2)
    print("not reached")


main()
