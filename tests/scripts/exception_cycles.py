# Exception chains that loop: printing them must stop at an exception already shown, as CPython does.
def cause_of_itself():
    e = ValueError("its own cause")
    e.__cause__ = e
    return e


def each_others_context():
    a = ValueError("a")
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    return a


for make in (cause_of_itself, each_others_context):
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
raise a
