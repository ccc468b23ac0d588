#include "sessionawaitables.h"

#include "httpclienterror.h"
#include "runtime/api.h"

#include <QPointer>

namespace awaitscope {

PendingResponse startRequest(ClientSession &session, Loop &loop, HttpRequest request)
{
    if (request.task < 0 && loop.currentTask())
        request.task = loop.currentTask()->id();

    // The request id is known only after request(); the cancel actions read it from here.
    auto requestId = std::make_shared<int>(0);
    QPointer<ClientSession> guard(&session);
    auto abortReply = [guard, requestId] {
        if (guard)
            guard->cancel(*requestId);
    };
    PendingResponse pending;
    pending.headers = std::make_shared<ResponseFuture>(loop, abortReply);
    pending.body = std::make_shared<ResponseFuture>(loop, abortReply);

    std::weak_ptr<ResponseFuture> headers = pending.headers;
    std::weak_ptr<ResponseFuture> body = pending.body;
    ClientSession::Callbacks callbacks;
    callbacks.headers = [headers](const HttpResponse &response) {
        if (auto h = headers.lock(); h && !h->done()) {
            h->forgetCancelAction(); // cancelling a finished await must not abort the body
            h->setResult(std::any(response));
        }
    };
    callbacks.body = [headers, body](const HttpResponse &response) {
        if (auto h = headers.lock(); h && !h->done()) {
            h->forgetCancelAction();
            h->setResult(std::any(response));
        }
        if (auto b = body.lock(); b && !b->done()) {
            b->forgetCancelAction();
            b->setResult(std::any(response));
        }
    };
    callbacks.error = [headers, body](const HttpError &error) {
        const std::exception_ptr exception = HttpClientError::toException(error);
        if (auto h = headers.lock(); h && !h->done()) {
            h->forgetCancelAction();
            h->setException(exception);
        }
        if (auto b = body.lock(); b && !b->done()) {
            b->forgetCancelAction();
            b->setException(exception);
            b->markRetrieved(); // a body nobody reads is not an unhandled error
        }
    };
    // Futures that outlive the request keep only weak links to it; the session keeps the callbacks.
    *requestId = session.request(request, std::move(callbacks));
    pending.requestId = *requestId;
    return pending;
}

QCoro::Task<HttpResponse> fetch(ClientSession &session, HttpRequest request)
{
    PendingResponse pending = startRequest(session, *Loop::current(), std::move(request));
    // Awaiting the headers first lets a cancellation or a timeout before them end the wait.
    co_await Future<HttpResponse>(pending.headers);
    HttpResponse full = co_await Future<HttpResponse>(pending.body);
    co_return full;
}

QCoro::Task<HttpResponse> fetch(ClientSession &session, const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return fetch(session, std::move(request));
}

void recordHttpEvent(Loop &loop, const HttpTraceEvent &event)
{
    // aiohttp's total, connect and sock_connect timeouts end the request by cancelling the task that waits
    // (helpers.py TimerContext.timeout, async_timeout's timeout), then turn the CancelledError into the
    // timeout's exception; sock_read's fails the response instead. The trace says so as CPython's does.
    if (event.kind == HttpTraceEvent::Kind::TimedOut && event.task >= 0 && event.timeout != u"sock_read")
        loop.record(TraceEvent::Kind::CancelRequested, event.task);

    // The connection is in data (docs/trace-format.md leaves `other` unused for http events).
    if (TraceEvent *e =
            loop.record(TraceEvent::Kind::Http, event.task, -1, HttpTraceEvent::kindName(event.kind)))
        e->data = event.toJson();
}

} // namespace awaitscope
