# Nesting counts against the recursion limit as in CPython: json's encoder and decoder, comparison and repr
# of nested lists stop with RecursionError at the same depth, plus the Python calls below them; a container
# that contains itself is a ValueError for json; a tuple nested 100,000 deep still hashes. Depths are printed
# relative to how deep plain Python recursion gets from the same place, so they do not depend on how many
# frames the program was started under.
import json


def nested(depth, make):
    x = 1
    for _ in range(depth):
        x = make(x)
    return x


def deepest(action):
    # the largest depth at which action(depth) works (RecursionError beyond it)
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            action(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


def below(calls, action):
    # the same, with more Python calls on the stack
    if calls:
        return below(calls - 1, action)
    return deepest(action)


def recurse(depth):
    return 0 if depth == 0 else recurse(depth - 1)


plain = deepest(recurse)
as_list = lambda x: [x]
as_dict = lambda x: {"k": x}

print("json.dumps list", deepest(lambda d: json.dumps(nested(d, as_list))) - plain)
print("json.dumps dict", deepest(lambda d: json.dumps(nested(d, as_dict))) - plain)
print("json.dumps 100 calls down", below(100, lambda d: json.dumps(nested(d, as_list))) - plain)
print("json.loads array", deepest(lambda d: json.loads("[" * d + "]" * d)) - plain)
print("json.loads object", deepest(lambda d: json.loads('{"k":' * d + "1" + "}" * d)) - plain)
print("== of lists", deepest(lambda d: nested(d, as_list) == nested(d, as_list)) - plain)
print("< of lists", deepest(lambda d: nested(d, as_list) < nested(d, as_list)) - plain)
print("repr of lists", deepest(lambda d: repr(nested(d, as_list))) - plain)
print("repr of dicts", deepest(lambda d: repr(nested(d, as_dict))) - plain)
print("repr 100 calls down", below(100, lambda d: repr(nested(d, as_list))) - plain)

for text in ("[" * 3000, '{"k":' * 3000):
    try:
        json.loads(text)
    except RecursionError as e:
        print("RecursionError:", e)
try:
    json.dumps(nested(3000, as_list))
except RecursionError as e:
    print("RecursionError:", e)

cycle = [1]
cycle.append({"again": cycle})
try:
    json.dumps(cycle)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(cycle, check_circular=False)
except RecursionError as e:
    print("without the check: RecursionError")

t = ()
for _ in range(100000):
    t = (t,)
print("hash of a tuple 100000 deep:", hash(t) == hash(t), {t: 1}[t])
print("nested 600 deep as a dict key:", {nested(600, lambda x: (x,)): "found"}[nested(600, lambda x: (x,))])
