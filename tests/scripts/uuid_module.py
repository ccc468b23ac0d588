# uuid: name-based uuid3/uuid5 (the same as CPython's), UUID parsing, and uuid4's shape (uuid4 is random:
# CPython's values differ from run to run, so only their form is printed).
import uuid

u5 = uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
u3 = uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/")
print(u5, u5.version, u5.hex)
print(repr(u3), u3.version)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL)
parsed = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(parsed, parsed == uuid.UUID("12345678123456781234567812345678"), parsed.version)
print(uuid.UUID(str(u5)) == u5, u5 != u3, sorted([u5, u3]) == sorted([u3, u5]))
r = uuid.uuid4()
text = str(r)
print(len(text), text.count("-"), text[14], r.version, text[19] in "89ab", type(r).__name__)
print(len({str(uuid.uuid4()) for _ in range(20)}))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
