#include "runtime/errors.h"

namespace awaitscope {

Error::Error(QString message)
    : m_message(std::move(message))
    , m_what(m_message.toUtf8())
{
}

QString Error::describe() const
{
    if (m_message.isNull())
        return typeName() + QStringLiteral("()");
    return typeName() + QStringLiteral("('") + m_message + QStringLiteral("')");
}

UsageError::UsageError(Kind kind, QString message)
    : Error(std::move(message))
    , m_kind(kind)
{
}

QString UsageError::typeName() const
{
    switch (m_kind) {
    case Kind::Type:
        return QStringLiteral("TypeError");
    case Kind::Value:
        return QStringLiteral("ValueError");
    case Kind::Runtime:
        break;
    }
    return QStringLiteral("RuntimeError");
}

ExceptionGroup::ExceptionGroup(QString message, std::vector<std::exception_ptr> exceptions)
    : Error(std::move(message))
    , m_exceptions(std::move(exceptions))
{
}

QString ExceptionGroup::describe() const
{
    QStringList members;
    for (const auto &e : m_exceptions)
        members.append(describeException(e));
    return typeName() + QStringLiteral("('") + message() + QStringLiteral("', [") +
           members.join(QStringLiteral(", ")) + QStringLiteral("])");
}

bool isCancelledError(const std::exception_ptr &e)
{
    if (!e)
        return false;
    try {
        std::rethrow_exception(e);
    } catch (const CancelledError &) {
        return true;
    } catch (...) {
        return false;
    }
}

QString describeException(const std::exception_ptr &e)
{
    if (!e)
        return {};
    try {
        std::rethrow_exception(e);
    } catch (const Error &error) {
        return error.describe();
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    } catch (...) {
        return QStringLiteral("unknown exception");
    }
}

} // namespace awaitscope
