# str.splitlines with and without keepends on every line boundary, and reprs that escape what is not printable.
for s in ["", "a", "a\n", "\n\n", "a\rb\r\nc\x0bd\x85e\u2028f", "x\r"]:
    print(s.splitlines(), s.splitlines(True))
for s in ["\x85", "\u2028", "\xa0", "é", "\u200b", "\U0001F600", "\ue000", "\x00\x7f", "\u3000", "tab\there"]:
    print(repr(s), [s])
print("one\ntwo\r\nthree".splitlines(keepends=True))
try:
    "x".splitlines(True, False)
except TypeError as e:
    print("TypeError")
