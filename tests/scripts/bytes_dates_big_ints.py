# Where bytes, datetime and arbitrary-precision ints meet: repetition counts, hashing, timedelta sizes.
import datetime


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


b = b'abc'
print(b * 2, len(b'x' * 3))
print(hash(2**70) == hash(2**70), {2**70: b'x'}[2**70])
show(lambda: b * (2**70))
show(lambda: 'ab' * (2**70))
print(b'ab'[0] + 2**64)
print(datetime.timedelta(seconds=2**40))
# (Only the type: the corpus' CPython runs datetime's pure-Python module, whose message differs.)
try:
    datetime.timedelta(days=2**70)
except OverflowError as e:
    print('OverflowError')
print(round(1e19), 2**100, 10**20 // 3)
print(bytes([255, 0]).hex(), str(2**64).encode())
print(datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=2**31))
