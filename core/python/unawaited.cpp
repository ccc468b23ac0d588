// "RuntimeWarning: coroutine 'f' was never awaited": CPython warns when a coroutine object that never
// started is finalized, at the line running at that moment, once per text and line (the default warning
// filter); those still alive when the program ends are reported at exit as "sys:1".
#include "interpreter.h"

#include <exception>
#include <utility>

namespace awaitscope::py {

CoroutineObject::~CoroutineObject()
{
    if (owner && warnUnawaited && !consumed)
        owner->warnNeverAwaited(*this);
}

void Interpreter::warnNeverAwaited(const CoroutineObject &co, bool atExit)
{
    // A program being stopped (a limit, the Stop button, a deadlock) drops its coroutines unawaited: no
    // warnings.
    if (!m_warnUnawaited || !stderrSink || stopRequested() || stopKind == RunError::Kind::Limit)
        return;
    const QString message =
        QStringLiteral("coroutine '%1' was never awaited").arg(co.qualname.isEmpty() ? co.name : co.qualname);
    const int line = atExit || !m_frame ? 0 : m_frame->line;
    const SourceFile *file = atExit || !m_frame ? nullptr : m_frame->file;
    const QString key = pathOf(file) + u':' + QString::number(line) + u':' + message;
    if (m_warningsShown.contains(key))
        return;
    m_warningsShown.insert(key);
    if (!atExit && !m_frame && std::uncaught_exceptions() > 0) {
        m_unawaitedAfterTraceback << message;
        return;
    }
    if (line <= 0) {
        warnAtExit(message);
        return;
    }
    QString text = QStringLiteral("%1:%2: RuntimeWarning: %3\n").arg(pathOf(file)).arg(line).arg(message);
    const QString source = sourceLine(file, line).trimmed();
    if (!source.isEmpty())
        text += QStringLiteral("  ") + source + u'\n';
    text += QStringLiteral("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    stderrSink(text);
}

void Interpreter::warnAtExit(const QString &message)
{
    // CPython's finalization prints the bare line (it can no longer import tracemalloc for the hint), after a
    // normal end as after an uncaught exception, whose traceback keeps its coroutines until then.
    stderrSink(QStringLiteral("sys:1: RuntimeWarning: %1\n").arg(message));
}

void Interpreter::warnNeverAwaitedAtExit()
{
    // Those the uncaught exception's traceback held: finalized with it, after it is printed.
    for (const QString &message : std::exchange(m_unawaitedAfterTraceback, {}))
        warnAtExit(message);
    for (Object *o : m_heap->objects()) {
        if (o->kind != ObjKind::Coroutine)
            continue;
        auto *co = static_cast<CoroutineObject *>(o);
        if (co->owner == this && co->warnUnawaited && !co->consumed) {
            warnNeverAwaited(*co, true);
            co->consumed = true;
        }
    }
}

} // namespace awaitscope::py
