# OSError(errno, strerror[, filename ...]): its attributes, its str() ("[Errno 111] ..."), the subclass an
# errno makes OSError itself return, and the errno module's names.
import errno

e = OSError(errno.ECONNREFUSED, "Connection refused")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(str(e), "|", repr(e))
for number in (errno.ENOENT, errno.EAGAIN, errno.EACCES, errno.EPERM, errno.EEXIST, errno.EPIPE,
               errno.ECONNRESET, errno.ECONNABORTED, errno.ETIMEDOUT, errno.EINTR, errno.ECHILD,
               errno.ESRCH, errno.ENOTDIR, errno.EISDIR, errno.EINPROGRESS, errno.EALREADY,
               errno.ESHUTDOWN, errno.EINVAL, errno.ENAMETOOLONG):
    err = OSError(number, "x")
    print(errno.errorcode[number], number, type(err).__name__, isinstance(err, OSError))

print(OSError(errno.ENOENT, "No such file or directory", "data.txt"))
f = OSError(errno.ENOENT, "No such file", "a.txt", None, "b.txt")
print(f, f.args, f.filename, f.filename2)
print(OSError(2, "x", None).args, OSError(2, "x", None))
for args in ((), ("just a message",), ("a", "b", "c", "d", "e", "f"), (None, None)):
    o = OSError(*args)
    print(repr(str(o)), o.args, o.errno, o.strerror)

# A subclass called directly keeps its class, whatever the errno.
c = ConnectionResetError(errno.ECONNREFUSED, "refused")
print(type(c).__name__, c.errno, c, isinstance(c, ConnectionError))
print(IOError is OSError, EnvironmentError is OSError, errno.errorcode[11], errno.errorcode[95])

try:
    raise TimeoutError(errno.ETIMEDOUT, "Connection timed out")
except OSError as caught:
    print("caught", type(caught).__name__, caught.errno, caught)


class MyError(OSError):
    def __init__(self, message):
        super().__init__(errno.EIO, message)


m = MyError("disk on fire")
print(type(m).__name__, m.errno, m.strerror, m)
m.errno = 99
print(m)
raise OSError(errno.ECONNREFUSED, "Connect call failed ('127.0.0.1', 8080)")
