# json: dumps/loads with indent, sort_keys, separators, ensure_ascii, default, and JSONDecodeError.
import asyncio
import json
import sys

data = {"name": "Ada", "tags": ["x", "y"], "n": 3, "ratio": 0.5, "ok": True, "none": None, "empty": [], "obj": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps({"b": 1, "a": [1, {"d": 2, "c": 3}]}, sort_keys=True, indent=4))
print(json.dumps([1, 2, {"k": "v"}], separators=(",", ":")))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("café ☕"), json.dumps("café", ensure_ascii=False), json.dumps("tab\tquote\""))
print(json.dumps((1, 2)), json.dumps(float("inf")), json.dumps([1.0, 1e20, -0.0]))
print(json.dumps({1, 2} and [], indent="\t"), json.dumps([[]], indent=1))
print(json.dumps({"when": {1, 2}}, default=sorted))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print("TypeError:", e)

text = '{"a": [1, 2.5, "three", true, false, null], "b": {"c": -4e2}}'
parsed = json.loads(text)
print(parsed, type(parsed["a"][1]).__name__, parsed["b"]["c"])
print(json.loads("[]"), json.loads('"\\u00e9\\n"'), json.loads(" 42 "), json.loads("NaN"))
for bad in ["", "{", '{"a" 1}', "[1,]", '{"a": 1,}', "[1] x", '"open', "{\n  \"a\": tru\n}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
json.dump({"to": "stdout"}, sys.stdout, indent=1)
print()


async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return json.dumps({"id": i, "status": "done"})


async def main():
    replies = await asyncio.gather(*(fetch(i) for i in range(3)))
    print([json.loads(r)["id"] for r in replies])


asyncio.run(main())
json.loads("{'single': 1}")
