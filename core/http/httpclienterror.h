#pragma once

#include "httperror.h"
#include "runtime/errors.h"

namespace awaitscope {

// An aiohttp error raised into a coroutine: typeName() is the aiohttp class (ClientConnectorError,
// SocketTimeoutError, ...) and httpError() says which, for the interpreter's exception mapping.
// The `total` timeout is not one of these: it raises the runtime's TimeoutError, as aiohttp does.
class HttpClientError : public Error
{
public:
    explicit HttpClientError(const HttpError &error)
        : Error(error.message.isEmpty() ? QString() : error.message)
        , m_error(error)
    {
    }
    QString typeName() const override { return m_error.pythonClass(); }
    const HttpError &httpError() const { return m_error; }

    // The exception a coroutine sees for `error`.
    static std::exception_ptr toException(const HttpError &error)
    {
        if (error.kind == HttpError::Kind::TotalTimeout)
            return std::make_exception_ptr(TimeoutError());
        if (error.kind == HttpError::Kind::Cancelled)
            return std::make_exception_ptr(CancelledError());
        return std::make_exception_ptr(HttpClientError(error));
    }

private:
    HttpError m_error;
};

} // namespace awaitscope
