"""A module docstring."""
import asyncio
x = 1
print(__doc__, __name__)
print(sorted(k for k in globals() if not k.startswith("__")))
print('x' in globals(), globals()['x'])
def f(a, *args, b=2, **kw):
    c = 3
    print(locals())
    print(dir())
f(1, 5, d=4)
async def main():
    t = asyncio.current_task()
    print(list(locals()))
asyncio.run(main())
class A:
    y = 1
    def m(self): pass
a = A(); a.z = 3
print(dir(a))
print(dir(A))
print([n for n in dir([]) if not n.startswith('_')])
class B:
    def __dir__(self): return ['q', 'p']
print(dir(B()))
def g():
    print(locals())
g()
zz = 1
aa = 2
print([k for k in globals() if not k.startswith("__")])
for f in (lambda: globals(1), lambda: locals(x=1), lambda: globals(1, x=2), lambda: locals(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
