# property, staticmethod and classmethod, and descriptors of the program's own (__get__, __set__, __set_name__).
class A:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 10
    @property
    def ro(self): return 5
    @staticmethod
    def s(a, b=2): return a + b
    @classmethod
    def c(cls, n): return f"{cls.__name__}:{n}"
    w = property(lambda self: "w", doc="dw")
class B(A):
    pass
a = A(); a.x = 3
print(a.x, A.s(1), a.s(1, 1), A.c(1), B.c(2), a.c(3), B().c(4))
print(type(A.x).__name__, A.x.__doc__, A.w.__doc__, A.w.fget(a), A.x.fset is not None, A.ro.fset)
print(isinstance(A.__dict__["s"], staticmethod), type(A.__dict__["c"]).__name__)
print(A.__dict__["s"].__func__(5, 5), A.__dict__["c"].__func__(A, 0))
try:
    a.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
class C:
    def __init__(self): self.v = 0
    def get_v(self): return self.v
    def set_v(self, v): self.v = v
    def del_v(self): print("deleting"); self.v = None
    prop = property(get_v, set_v, del_v, "the v")
c = C(); c.prop = 7; print(c.prop, C.prop.__doc__); del c.prop; print(c.prop)
class D:
    @property
    def n(self): return 1
d = D()
try:
    d.n = 2
except AttributeError as e:
    print("AttributeError:", e)
print(staticmethod(len)("abc"))
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return "desc:" + self.name if obj is not None else self
class E:
    field = Desc()
print(E().field, type(E.field).__name__)


# a subclass overrides a property, and reaches the base's through super()
class Base:
    @property
    def label(self):
        return "base"


class Child(Base):
    @property
    def label(self):
        return "child of " + super().label


print(Child().label, Base().label)


# the classic alternative constructor, and a counter kept on the class
class Connection:
    opened = 0

    def __init__(self, host, port):
        self.host, self.port = host, port
        Connection.opened += 1

    @classmethod
    def from_url(cls, url):
        host, port = url.split(":")
        return cls(host, int(port))

    @staticmethod
    def default_port():
        return 8080

    @property
    def address(self):
        return f"{self.host}:{self.port}"


class SecureConnection(Connection):
    pass


c1 = Connection.from_url("demo:80")
c2 = SecureConnection.from_url("demo:443")
print(type(c1).__name__, c1.address, type(c2).__name__, c2.address, Connection.opened, c2.default_port())


# a data descriptor of the program's own: validation on assignment
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, not {value}")
        setattr(obj, self.private, value)


class Order:
    quantity = Positive()

    def __init__(self, quantity):
        self.quantity = quantity


order = Order(3)
print(order.quantity, order._quantity)
try:
    order.quantity = -1
except ValueError as e:
    print("ValueError:", e)


# properties read inside coroutines
import asyncio
import functools


class Worker:
    def __init__(self, name, delay):
        self.name, self._delay, self.done = name, delay, False

    @property
    def delay(self):
        return self._delay

    async def run(self):
        await asyncio.sleep(self.delay)
        self.done = True
        return self.name


async def main():
    workers = [Worker("a", 0.2), Worker("b", 0.1)]
    print(await asyncio.gather(*(w.run() for w in workers)), [w.done for w in workers])


asyncio.run(main())


# an error in __set_name__ comes out of the class statement as 3.11 words it
class Refuses:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Host:
        field = Refuses()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# zero-argument super() in a method another decorator wraps: the method itself knows its class
def passing_through(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


class Greeter:
    def greet(self):
        return "hello"


class LoudGreeter(Greeter):
    @passing_through
    def greet(self):
        return super().greet().upper()


print(LoudGreeter().greet())
