# Escapes in str and bytes literals: the one-character ones, octal, hex, \u and \U (str only), unknown ones kept.
print(repr("a\tb\nc\\d\'e\"f\a\b\f\v\0g\101\7\x41\u00e9\U0001F600 \z \
joined"))
print(repr(b"a\tb\nc\\d\'e\"f\a\b\f\v\0g\101\7\x41\u00e9 \z \
joined"))
print(repr("\777"), repr('\1234'))
