for w in ["Hello World", "hello", "HeLLo", "", "a\tb\tcc\td", "Straße", "abc1", "_x1", "1x", "x y", "Hi\n", "ǅa", "١٢", "²"]:
    print(repr(w), w.isdecimal(), w.isascii(), w.isprintable(), w.isidentifier(), w.istitle(), w.swapcase(), w.casefold(), w.expandtabs(), w.expandtabs(4), w.rpartition("l"), w.isdigit(), w.isnumeric())
print("a,b,c".rindex(","))
try:
    "abc".rindex("z")
except ValueError as e:
    print(e)
try:
    "abc".rpartition("")
except ValueError as e:
    print(e)
for w in ["½", "²", "12", "x", "ⅷ"]:
    print(w.isdigit(), w.isnumeric(), w.isdecimal())
