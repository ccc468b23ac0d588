#pragma once

#include "co.h"
#include "objects.h"

#include <coroutine>
#include <memory>

namespace awaitscope::py {

class Interpreter;
struct Frame;

// A generator or async generator object: the result of calling a function whose body contains `yield`, or
// of a generator expression. Its body runs on the coroutine evaluator as a Co chain that is suspended at a
// `yield`: `resumeAt` is the innermost suspended coroutine, and whoever resumes it (next() from C++ code, or
// an awaiting coroutine by symmetric transfer) gets control back at the next yield or at the end.
class GeneratorObject : public Object
{
public:
    static constexpr ObjKind Kind = ObjKind::Generator;
    enum class State : uint8_t { Created, Suspended, Running, Finished };

    GeneratorObject()
        : Object(ObjKind::Generator)
    {
    }
    ~GeneratorObject() override;
    void clearRefs() override;

    bool isAsync = false;
    State state = State::Created;
    QString name;
    QString qualname;
    Value function; // FunctionObject of the `def` (None for a generator expression)
    Value scope;    // the bound arguments until the body starts
    // A generator expression: its node, the iterator of its first clause (evaluated where the expression
    // is) and the scope its other parts see.
    Node *expression = nullptr;
    Value firstIterator;
    Value enclosingScope;
    Value globals;
    const SourceFile *file = nullptr; // the module the expression is in (nullptr = the program)

    // The running body and where it is suspended.
    std::unique_ptr<Co<Value>> body;
    std::coroutine_handle<> resumeAt;
    std::coroutine_handle<> consumer; // where a `yield` transfers control: the resumer
    Frame *frame = nullptr;           // the body's frame while it exists
    Frame *callerFrame = nullptr;     // the resumer's frame and depth (the body's frame links to it)
    int callerDepth = 0;
    Value transfer; // the value yielded (out) or sent (in)
    Value throwIn;  // an exception to raise at the yield (throw(), close())
    bool yielded = false;
    // Resumed by an `await` (a user `__await__` generator, or one it delegates to): `yield from` a
    // coroutine then runs that coroutine inside the awaiting task.
    bool awaitDriven = false;
    bool registered = false; // an async generator asyncio.run closes at its end if it is unfinished
    Interpreter *owner = nullptr;
};

// What one resumption of a generator gave: a yielded value, or the value it returned when it finished.
struct GeneratorStep
{
    bool yielded = false;
    Value value;
};

// The awaiter of a `yield` in a generator's body (its frame knows the generator): it records where the body
// is suspended and transfers control to the resumer, the yielded value being in the generator's `transfer`;
// resumed, it gives the value sent in or raises the exception thrown in. (It holds no Value: GCC 12 may
// destroy an awaiter temporary twice.)
struct GeneratorYield
{
    Interpreter &in;
    Frame *frame;
    bool await_ready() const noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept;
    Value await_resume();
};

} // namespace awaitscope::py
