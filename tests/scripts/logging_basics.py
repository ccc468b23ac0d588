# logging: basicConfig, loggers, levels, formats with %(asctime)s on the program's clock, handlers.
import asyncio
import logging
import sys
import time

logging.warning("before any configuration")
logging.info("not shown: the root logger is at WARNING")
print(logging.getLogger().level, logging.root.handlers)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL)
print(logging.getLevelName(20), logging.getLevelName(35), logging.getLevelName("ERROR"))

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s",
                    force=True)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info with %s and %r", "args", "repr")
time.sleep(1.25)
log.warning("after a blocking second")
log.error("error")
log.critical("critical")
print(log, logging.getLogger("app") is log, log.parent)
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))

child = logging.getLogger("app.db")
print(child.parent is log, child.name, log.getChild("db") is child)
log.setLevel(logging.WARNING)
child.info("filtered by app's level")
child.warning("a child warning propagates to the root handler")
log.setLevel("INFO")
print(log.level, child.getEffectiveLevel())
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)

try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
log.error("with exc_info", exc_info=False)
try:
    {}["missing"]
except KeyError as e:
    caught = e
log.error("exc_info given the exception itself", exc_info=caught)
log.warning("exc_info given a tuple", exc_info=(type(caught), caught, caught.__traceback__))

quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.warning("no handler: the last resort prints the message alone")

out = logging.getLogger("to_stdout")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s:%(lineno)d|%(message)s"))
handler.setLevel(logging.INFO)
out.addHandler(handler)
out.propagate = False
out.setLevel(logging.DEBUG)
out.debug("below the handler's level")
out.info("to stdout")
print(handler, out.handlers == [handler], out.hasHandlers())

datefmt = logging.StreamHandler(sys.stdout)
datefmt.setFormatter(logging.Formatter("%(asctime)s - %(message)s", datefmt="%H:%M:%S"))
timed = logging.getLogger("timed")
timed.addHandler(datefmt)
timed.propagate = False
timed.warning("with a datefmt")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
b = logging.getLogger("brace")
b.addHandler(brace)
b.propagate = False
b.warning("brace style %s", "works")


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


collected = ListHandler()
c = logging.getLogger("collected")
c.addHandler(collected)
c.propagate = False
c.warning("one %d", 1)
c.error("two")
print(collected.records)


async def worker(name, delay):
    log.info("%s starts", name)
    await asyncio.sleep(delay)
    log.info("%s done after %.1f s", name, delay)
    return name


async def main():
    results = await asyncio.gather(worker("a", 0.5), worker("b", 0.25))
    logging.info("results: %s", results)
    log.debug("not shown")


logging.getLogger().setLevel(logging.INFO)  # at DEBUG, CPython's asyncio logs its selector's name
asyncio.run(main())
print("the end", file=sys.stderr)
