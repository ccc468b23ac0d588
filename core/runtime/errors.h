#pragma once

#include <QString>

#include <exception>
#include <vector>

namespace awaitscope {

// Base of the runtime's exceptions. `describe()` gives the Python-style repr, e.g. "CancelledError()".
class Error : public std::exception
{
public:
    // A null message means "no arguments" (CancelledError()); an empty one is CancelledError('').
    explicit Error(QString message = QString());
    const char *what() const noexcept override { return m_what.constData(); }
    const QString &message() const { return m_message; }
    virtual QString typeName() const = 0;
    virtual QString describe() const;

private:
    QString m_message;
    QByteArray m_what;
};

// asyncio.CancelledError: a BaseException, delivered at a task's await point. The interpreter throws
// subclasses of it for Python-level CancelledError, so the runtime recognises either.
class CancelledError : public Error
{
public:
    using Error::Error;
    QString typeName() const override { return QStringLiteral("CancelledError"); }
};

// TimeoutError (in 3.11 asyncio.TimeoutError is the builtin TimeoutError).
class TimeoutError : public Error
{
public:
    using Error::Error;
    // `raise TimeoutError from exc`: the CancelledError it stands for becomes its __cause__.
    static TimeoutError from(std::exception_ptr cancelled)
    {
        TimeoutError e;
        e.cause = std::move(cancelled);
        return e;
    }
    QString typeName() const override { return QStringLiteral("TimeoutError"); }
    std::exception_ptr cause;
};

class InvalidStateError : public Error
{
public:
    using Error::Error;
    QString typeName() const override { return QStringLiteral("InvalidStateError"); }
};

// asyncio.BrokenBarrierError (a RuntimeError): a Barrier was aborted or reset while a task waited on it.
class BrokenBarrierError : public Error
{
public:
    using Error::Error;
    QString typeName() const override { return QStringLiteral("BrokenBarrierError"); }
};

// A misuse of the API that asyncio reports as TypeError / ValueError / RuntimeError.
class UsageError : public Error
{
public:
    enum class Kind { Type, Value, Runtime };
    UsageError(Kind kind, QString message);
    QString typeName() const override;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// TaskGroup's ExceptionGroup('unhandled errors in a TaskGroup', [...]).
class ExceptionGroup : public Error
{
public:
    ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions);
    QString typeName() const override { return QStringLiteral("ExceptionGroup"); }
    // Python's repr lists the members: ExceptionGroup('msg', [ValueError('x'), ...]).
    QString describe() const override;
    const std::vector<std::exception_ptr> &exceptions() const { return m_exceptions; }

private:
    std::vector<std::exception_ptr> m_exceptions;
};

bool isCancelledError(const std::exception_ptr &e);
// A one-line description of any exception, e.g. "ValueError('boom')".
QString describeException(const std::exception_ptr &e);

} // namespace awaitscope
