# str.rsplit: from the right, whatever is left over after maxsplit stays one part, as it was.
for s in ["a b c", "  a  b c ", "", "   ", "a,b,,c", "x"]:
    print(repr(s), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=0), s.rsplit(",", 1), s.rsplit(",", 0), s.rsplit(","), s.rsplit(" ", 2))
try:
    "a".rsplit("")
except ValueError as e:
    print(e)
