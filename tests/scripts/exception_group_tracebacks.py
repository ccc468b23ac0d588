# How an exception group is printed: CPython draws its members in a box ("+-+---- 1 ----"), every line of
# it behind "| " (the outermost group's header behind "+ "), nested groups deeper, chained exceptions
# inside, at most 15 members ("and 2 more exceptions"). traceback.format_exception and the uncaught
# TaskGroup error at the end are drawn the same way. (No line here gets CPython's ^^^ markers, which
# Awaitscope does not draw.)
import asyncio
import traceback


def show(e):
    print("".join(traceback.format_exception(e)), end="")


def raise_nested():
    try:
        raise ValueError("inner cause")
    except ValueError as v:
        raise ExceptionGroup(
            "outer",
            [
                KeyError("k"),
                ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("deepest", [ZeroDivisionError("z")])]),
            ],
        ) from v


try:
    raise_nested()
except ExceptionGroup as g:
    show(g)

many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
show(many)


def fail_with_context():
    try:
        raise KeyError("missing")
    except KeyError:
        raise RuntimeError("while looking it up")


def divide():
    raise ZeroDivisionError("division by zero")


errors = []
for f in (fail_with_context, divide):
    try:
        f()
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("with chains", errors)
except ExceptionGroup as g:
    show(g)


# A member whose context is its own group: printed once, as CPython keeps a set of what it printed.
member = ValueError("member")
try:
    try:
        raise ExceptionGroup("holds its member's context", [member])
    except ExceptionGroup as eg:
        member.__context__ = eg
        raise
except ExceptionGroup as eg:
    show(eg)

# Deeper than ten levels: CPython stops drawing there.
deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
show(deep)


async def fails(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"child {n} failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails(1))
        tg.create_task(fails(2))


asyncio.run(main())
