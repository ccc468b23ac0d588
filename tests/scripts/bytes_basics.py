# bytes and bytearray: literals, repr, operations, methods, encode/decode and their errors.
import asyncio
import json

# literals and their escapes
print(b'plain', b"double", rb'\x41\n', Br'raw', b'\x41\x00\xff', b'\101\0\7', b'\t\n\r\\')
print(b'it\'s', b'say "hi"', b'both \' and "', b'\u0041 \N{x} \q')
print(b'con' b'cat' b"enated", len(b''), b'' == bytes())
print(bytes(range(0, 256, 17)))
print(repr(bytes([0, 9, 10, 13, 31, 32, 39, 92, 126, 127, 128])))
print(f"{b'fmt'!r} {b'fmt'} {bytearray(b'x')!r}")
print(str(b'abc'), [b'in a list', bytearray(b'ba')])

# construction
print(bytes(3), bytes([65, 66, 67]), bytes((x for x in range(97, 100))), bytes('h\u00e9llo', 'utf-8'))
print(bytes('abc', encoding='ascii'), bytes(b'copy'), bytes(bytearray(b'from array')))
print(bytearray(), bytearray(2), bytearray(b'abc'), bytearray([1, 2]), bytearray('\u00e9', 'latin-1'))

# sequence behaviour
data = b'hello world'
print(len(data), data[0], data[-1], data[1:5], data[::-1], data[::3], data[100:], data[-3:])
print(list(b'abc'), [c for c in bytearray(b'xy')], sum(b'\x01\x02\x03'), max(b'azm'))
print(b'wor' in data, 104 in data, 0 in data, b'' in data)
print(data + b'!', b'ab' * 3, 2 * b'cd', b'x' * 0, data == b'hello world', data != b'hello')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'\xff' > b'\x01', sorted([b'b', b'a', b'ab']))
print(b'abc' == bytearray(b'abc'), b'abc' == 'abc', bool(b''), bool(b'\x00'))
print(hash(b'key') == hash(b'key'), hash(b'key') == hash(bytes([107, 101, 121])))
counts = {b'a': 1}
counts[b'a'] += 1
counts[bytes([98])] = 5
print(counts, {b'x', b'x', b'y'} == {b'y', b'x'})

# methods
print(b'a,b,,c'.split(b','), b'  spaced   out  '.split(), b'a b c'.split(maxsplit=1), b'x--y--z'.split(b'--', 1))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip(), b'\t\n'.strip())
print(b'prefix'.startswith(b'pre'), b'prefix'.endswith((b'x', b'y')), b'abc'.startswith(b'b', 1))
print(b'banana'.find(b'an'), b'banana'.find(b'an', 2), b'banana'.rfind(b'an'), b'banana'.find(b'x'), b'banana'.find(110))
print(b'banana'.index(b'na'), b'banana'.count(b'a'), b'banana'.count(b'an', 2), b'aaa'.count(b''))
print(b'banana'.replace(b'a', b'o'), b'banana'.replace(b'a', b'', 2), b'ab'.replace(b'', b'-'))
print(b', '.join([b'one', b'two', bytearray(b'three')]), b''.join([]), bytearray(b'-').join([b'a', b'b']))
print(b'MiXeD 123'.upper(), b'MiXeD 123'.lower(), b'123'.isdigit(), b'12a'.isdigit(), b' \t'.isspace())
print(b'\x00\xabz'.hex(), b'abc'.hex(':'), bytes.fromhex('de ad BE EF'), bytearray.fromhex('00ff'))

# encode and decode
text = 'caf\u00e9 \u2603 \U0001F600'
raw = text.encode()
print(raw, len(raw), raw.decode(), raw.decode('utf-8') == text, 'abc'.encode('ascii'))
print(text.encode('ascii', 'replace'), text.encode('ascii', errors='ignore'), 'd\u00e9j\u00e0'.encode('latin-1'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'x\xff', encoding='ascii', errors='replace'), str(b'plain'))
print(b'\xe9t\xe9'.decode('latin-1'), b'caf\xc3\xa9'.decode('UTF8'), b'bad \xff byte'.decode('utf-8', 'replace'))
print(b'bad \xff\xfe bytes'.decode('utf-8', 'ignore'), b'\xe2\x82x\xf0\x9f\x98'.decode('utf-8', 'replace'))
for blob, codec in [(b'\xff', 'utf-8'), (b'ok\x80', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'\xe2\x28\xa1', 'utf-8'),
                    (b'\xf0\x9f\x28', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'abc\xe9', 'ascii')]:
    try:
        blob.decode(codec)
    except UnicodeDecodeError as e:
        print('decode:', e)
        print('  ', e.encoding, e.start, e.end, e.reason, isinstance(e, ValueError), isinstance(e, UnicodeError))
for s, codec in [('na\u00efve', 'ascii'), ('\u00e9\u00e8!', 'ascii'), ('\u20ac', 'latin-1'), ('x\U0001F600', 'latin-1')]:
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print('encode:', e)
        print('  ', e.start, e.end, e.reason)
for call in [lambda: 'x'.encode('klingon'), lambda: b'\xff'.decode('utf-8', 'bogus'), lambda: b'x'.decode('nope')]:
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, str(e).split(' (')[0])
print(b'\xff'.decode('utf-8', 'bogus') if False else 'lazy handler lookup:', b'fine'.decode('utf-8', 'bogus'))

# bytearray is mutable
buf = bytearray(b'hello')
buf[0] = 74
buf.append(33)
buf.extend(b' and')
buf.extend([32, 109, 111])
buf += b're'
print(buf, len(buf), buf[0], buf[-2:])
buf[1:5] = b'ELLO'
del buf[0]
buf[0:0] = [97, 98]
print(buf, buf.pop(), buf.pop(0), buf)
buf.insert(1, 90)
buf2 = buf.copy()
buf.clear()
print(buf, buf2, bytes(buf2), buf2.decode(), bytearray(b'ab') * 2, bytearray(b'a') + b'b')
alias = buf2
alias += b'!'
print(buf2 is alias, buf2)
frozen = b'imm'
other = frozen
other += b'utable'
print(frozen, other)

# errors
def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)

attempt('str arg', lambda: bytes('abc'))
attempt('range', lambda: bytes([1, 256]))
attempt('range ba', lambda: bytearray([-1]))
attempt('negative', lambda: bytes(-1))
attempt('float', lambda: bytes(1.5))
attempt('concat', lambda: b'a' + 'b')
attempt('concat str', lambda: 'a' + b'b')
attempt('contains', lambda: 'a' in b'abc')
attempt('contains int', lambda: 300 in b'abc')
attempt('index', lambda: b'abc'[3])
attempt('index ba', lambda: bytearray(b'abc')[-4])
attempt('hash', lambda: hash(bytearray(b'x')))
attempt('unhashable key', lambda: {bytearray(b'x'): 1})
attempt('fromhex', lambda: bytes.fromhex('abz1'))
attempt('fromhex odd', lambda: bytes.fromhex('abc'))
attempt('join', lambda: b'-'.join([b'a', 'b']))
attempt('split', lambda: b'a b'.split(' '))
attempt('startswith', lambda: b'abc'.startswith('a'))
attempt('replace', lambda: b'abc'.replace('a', b'b'))
attempt('strip', lambda: b'abc'.strip('a'))
attempt('index not found', lambda: b'abc'.index(b'z'))
attempt('mul float', lambda: b'ab' * 1.5)
attempt('compare', lambda: b'a' < 'a')
attempt('no append', lambda: b'abc'.append(1))
attempt('append range', lambda: bytearray().append(256))
attempt('pop empty', lambda: bytearray().pop())
attempt('empty sep', lambda: b'abc'.split(b''))
attempt('encoding only', lambda: bytes(b'x', 'ascii'))


def set_item():
    b = b'abc'
    b[0] = 1


def set_bad_item():
    ba = bytearray(b'abc')
    ba[0] = b'x'


attempt('item assign', set_item)
attempt('item bytes', set_bad_item)
try:
    json.dumps({'k': b'v'})
except TypeError as e:
    print('json:', e)
print(type(b''), type(bytearray()), type(b'') is bytes, isinstance(bytearray(), bytes))
print(repr(iter(b'a')).split()[0], repr(iter(bytearray())).split()[0])


async def main():
    # bytes as a stream protocol would pass them around
    queue = asyncio.Queue()
    for chunk in [b'GET / HTTP/1.1\r\n', b'Host: demo\r\n', b'\r\n']:
        await queue.put(chunk)
    request = b''
    while not queue.empty():
        request += await queue.get()
    lines = request.split(b'\r\n')
    print(lines, request.decode().splitlines()[0])

asyncio.run(main())
