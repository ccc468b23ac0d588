#pragma once

#include "value.h"

namespace awaitscope {
struct HttpError;
}

namespace awaitscope::py {

class Interpreter;
class ModuleObject;

// aiohttp's exception classes with their real hierarchy (module aiohttp.client_exceptions):
//   ClientError > ClientConnectionError > ClientOSError (also OSError) > ClientConnectorError
//   ClientConnectionError > ServerConnectionError > ServerDisconnectedError
//   ServerConnectionError > ServerTimeoutError (also TimeoutError) > ConnectionTimeoutError,
//   SocketTimeoutError ClientError > ClientResponseError > ContentTypeError;  ClientError >
//   ClientPayloadError ClientError > InvalidURL (also ValueError)
void addAiohttpExceptions(Interpreter &in, ModuleObject &module);

// The Python exception for an HTTP failure (the `total` timeout is the builtin TimeoutError).
Value aiohttpException(Interpreter &in, const HttpError &error);
// An instance of one of the module's classes, with str(e) == message.
Value aiohttpException(Interpreter &in, const QString &className, const QString &message);

} // namespace awaitscope::py
