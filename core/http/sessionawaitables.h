#pragma once

#include "clientsession.h"
#include "httptraceevent.h"
#include "responsefuture.h"

#include <qcoro/qcorotask.h>

#include <memory>

namespace awaitscope {

class Loop;

// One request seen from coroutines: `headers` completes with the HttpResponse (status and headers)
// when they arrive, `body` with the complete HttpResponse. Both fail with the request's exception
// (HttpClientError, or TimeoutError for `total`). Cancelling either aborts the reply.
//
// For the Python binding:  resp = await session.get(url)   -> await headers
//                          await resp.read()/text()/json() -> await body
//                          leaving `async with` unread     -> ClientSession::cancel(requestId)
struct PendingResponse
{
    int requestId = 0;
    std::shared_ptr<ResponseFuture> headers;
    std::shared_ptr<ResponseFuture> body;
};

// Starts `request` on `session`, tagging its trace events with the loop's current task.
PendingResponse startRequest(ClientSession &session, Loop &loop, HttpRequest request);

// For C++ coroutines in a runtime task: the whole response, or the request's exception.
//   HttpResponse r = co_await awaitscope::fetch(session, request);
QCoro::Task<HttpResponse> fetch(ClientSession &session, HttpRequest request);
QCoro::Task<HttpResponse> fetch(ClientSession &session, const QUrl &url);

// Records an HTTP trace event in the loop's trace as a TraceEvent::Kind::Http event.
// Connect with network.setTraceSink([&loop](const HttpTraceEvent &e) { recordHttpEvent(loop, e); }).
void recordHttpEvent(Loop &loop, const HttpTraceEvent &event);

} // namespace awaitscope
