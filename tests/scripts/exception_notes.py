# add_note() (3.11): notes go into __notes__ and are printed after the exception's line, inside an
# exception group's box too; the error the program ends with is named by its own line, not by a note.
import traceback

e = ValueError("bad value")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
try:
    raise e
except ValueError as caught:
    print("".join(traceback.format_exception(caught)), end="")

member = KeyError("missing")
member.add_note("while reading the settings")
group = ExceptionGroup("several", [member, RuntimeError("other")])
group.add_note("from the loader")
try:
    raise group
except ExceptionGroup as g:
    print("".join(traceback.format_exception(g)), end="")

last = LookupError("not found")
last.add_note("looked in three places")
raise last
