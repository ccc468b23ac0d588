// The aiohttp module: Python's client API mapped onto core/http's ClientSession. The session decides
// everything aiohttp decides (pool, cookies, timeouts, errors); this file only converts arguments and
// results and awaits the session's runtime futures.
#include "aiohttpmodule.h"

#include "aiohttpexceptions.h"
#include "aiohttpjson.h"
#include "bytesobject.h"
#include "interpreter.h"

#include "http/clientsession.h"
#include "http/httpclienterror.h"
#include "http/sessionawaitables.h"
#include "runtime/loop.h"
#include "runtime/task.h"

#include <QUrlQuery>

#include <algorithm>

namespace awaitscope::py {

namespace {

using awaitscope::ClientSession;
using awaitscope::HttpError;
using awaitscope::HttpRequest;
using awaitscope::HttpResponse;
using awaitscope::PendingResponse;

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct JarPayload
{
    bool dummy = false;
    bool unsafe = false;
    std::weak_ptr<AiohttpSessionHolder> session; // the session using this jar
};

struct HeadersPayload
{
    Headers headers;
};

struct ResponsePayload
{
    std::weak_ptr<AiohttpSessionHolder> session;
    HttpRequest request; // for request_info
    PendingResponse pending;
    HttpResponse response; // status and headers
    std::optional<QByteArray> body;
    bool released = false;
};

struct RequestPayload
{
    std::shared_ptr<AiohttpSessionHolder> session;
    HttpRequest request;
    QString urlText; // the address as the program wrote it, for InvalidURL
    bool raiseForStatus = false;
    bool started = false;
    Value response; // once awaited, for __aexit__
};

Value moduleClass(Interpreter &in, const char *name)
{
    return in.moduleOf(QStringLiteral("aiohttp")).as<ModuleObject>()->attrs.value(QLatin1String(name));
}

template<typename T> std::shared_ptr<T> payloadOf(Interpreter &in, const Value &v, const char *cls)
{
    auto *inst = v.as<InstanceObject>();
    if (!inst || !inst->payload || !inst->klass()->isSubclassOf(moduleClass(in, cls).as<ClassObject>()))
        in.raiseTypeError(
            QStringLiteral("expected an aiohttp.%1, got %2").arg(QLatin1String(cls), in.typeName(v)));
    return std::static_pointer_cast<T>(inst->payload);
}

bool isInstanceOf(Interpreter &in, const Value &v, const char *cls)
{
    auto *inst = v.as<InstanceObject>();
    return inst && inst->klass()->isSubclassOf(moduleClass(in, cls).as<ClassObject>());
}

Value newInstance(Interpreter &in, const char *cls)
{
    return Value(new InstanceObject(moduleClass(in, cls)));
}

Value attrOf(const Value &instance, const char *name)
{
    return instance.as<InstanceObject>()->attrs.value(QLatin1String(name));
}

awaitscope::ClientTimeout timeoutOf(Interpreter &in, const Value &v)
{
    awaitscope::ClientTimeout t;
    if (v.isNumber()) { // aiohttp still takes a number as the total (with a deprecation warning)
        t.total = v.toDouble();
        return t;
    }
    if (!isInstanceOf(in, v, "ClientTimeout"))
        in.raiseTypeError(
            QStringLiteral("timeout must be an aiohttp.ClientTimeout, not %1").arg(in.typeName(v)));
    t.total = in.optionalSeconds(attrOf(v, "total"), "total");
    t.connect = in.optionalSeconds(attrOf(v, "connect"), "connect");
    t.sockRead = in.optionalSeconds(attrOf(v, "sock_read"), "sock_read");
    t.sockConnect = in.optionalSeconds(attrOf(v, "sock_connect"), "sock_connect");
    if (auto c = in.optionalSeconds(attrOf(v, "ceil_threshold"), "ceil_threshold"))
        t.ceilThreshold = *c;
    return t;
}

Value makeTimeout(Interpreter &in, const awaitscope::ClientTimeout &t)
{
    Value v = newInstance(in, "ClientTimeout");
    auto &attrs = v.as<InstanceObject>()->attrs;
    auto put = [&attrs](const char *name, std::optional<double> s) {
        attrs.insert(QLatin1String(name), !s                          ? Value()
                                          : *s == double(int64_t(*s)) ? Value::fromInt(int64_t(*s))
                                                                      : Value::fromFloat(*s));
    };
    put("total", t.total);
    put("connect", t.connect);
    put("sock_read", t.sockRead);
    put("sock_connect", t.sockConnect);
    put("ceil_threshold", t.ceilThreshold);
    return v;
}

QString requireStr(Interpreter &in, const Value &v, const char *what)
{
    if (!isKind(v, ObjKind::Str))
        in.raiseTypeError(
            QStringLiteral("%1 must be a str, not %2").arg(QLatin1String(what), in.typeName(v)));
    return strOf(v);
}

// Query parameters and header lists: a dict, or a list of (key, value) pairs.
std::vector<std::pair<Value, Value>> pairsOf(Interpreter &in, const Value &v, const char *what)
{
    std::vector<std::pair<Value, Value>> out;
    if (v.isNone())
        return out;
    if (auto *d = v.as<DictObject>()) {
        for (const auto &e : d->table.entries())
            if (e.live)
                out.emplace_back(e.key, e.value);
        return out;
    }
    for (const Value &item : in.toVector(v)) {
        std::vector<Value> pair = in.toVector(item);
        if (pair.size() != 2)
            in.raiseTypeError(
                QStringLiteral("%1 must be a dict or a list of (key, value) pairs").arg(QLatin1String(what)));
        out.emplace_back(pair[0], pair[1]);
    }
    return out;
}

QString paramText(Interpreter &in, const Value &v)
{
    if (v.isBool() || !(isKind(v, ObjKind::Str) || v.isNumber()))
        in.raiseTypeError(
            QStringLiteral("Invalid variable type: value should be str, int or float, got %1 of type %2")
                .arg(in.repr(v), in.typeName(v)));
    return in.str(v);
}

Value makeHeaders(Interpreter &in, const Headers &headers)
{
    Value v = newInstance(in, "CIMultiDictProxy");
    auto p = std::make_shared<HeadersPayload>();
    p->headers = headers;
    v.as<InstanceObject>()->payload = p;
    return v;
}

// An address as yarl.URL shows it: str() gives the address (with what may not stand in one as written
// percent-encoded: a space becomes %20), repr() gives URL('...').
QString yarlText(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("!#$&'()*+,/:;=?@[]~%")));
}

Value makeUrl(Interpreter &in, const QString &text)
{
    Value v = newInstance(in, "_URL");
    v.as<InstanceObject>()->attrs.insert(QStringLiteral("_text"), makeStr(text));
    return v;
}

// aiohttp's RequestInfo(url, method, headers, real_url) for a request: the headers aiohttp's
// ClientRequest sends (Host, the program's, then the automatic ones it lacks; client_reqrep.py
// update_headers / update_auto_headers), not the ones Qt sends.
Value makeRequestInfo(Interpreter &in, const HttpRequest &request, const QUrl &url, const QByteArray &method)
{
    Headers headers;
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QString host = url.host();
    if (url.port(defaultPort) != defaultPort)
        host += u':' + QString::number(url.port());
    headers.append({QByteArrayLiteral("Host"), host.toUtf8()});
    for (const auto &h : request.headers)
        headers.append(h);
    const auto has = [&headers](const char *name) {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    for (const auto &[name, value] :
         {std::pair{"Accept", "*/*"}, std::pair{"Accept-Encoding", "gzip, deflate"},
          std::pair{"User-Agent", "Python/3.11 aiohttp/3.8.4"}})
        if (!has(name))
            headers.append({QByteArray(name), QByteArray(value)});
    Value v = newInstance(in, "RequestInfo");
    auto &attrs = v.as<InstanceObject>()->attrs;
    const QString text = url.adjusted(QUrl::RemoveFragment).toString();
    attrs.insert(QStringLiteral("url"), makeUrl(in, url.toString()));
    attrs.insert(QStringLiteral("method"), makeStr(QString::fromLatin1(method)));
    attrs.insert(QStringLiteral("headers"), makeHeaders(in, headers));
    attrs.insert(QStringLiteral("real_url"), makeUrl(in, text));
    return v;
}

// A ClientResponseError (or subclass) as aiohttp 3.8.4 makes one: args are (request_info, history),
// and status, message, headers and history are attributes (client_exceptions.py:55-86).
Value makeResponseError(Interpreter &in, const QString &cls, const Value &requestInfo, const Value &history,
                        int status, const QString &message, const Value &headers)
{
    Value exc = in.newException(moduleClass(in, qPrintable(cls)), {requestInfo, history});
    auto &attrs = exc.as<InstanceObject>()->attrs;
    attrs.insert(QStringLiteral("request_info"), requestInfo);
    attrs.insert(QStringLiteral("status"), Value::fromInt(status));
    attrs.insert(QStringLiteral("message"), makeStr(message));
    attrs.insert(QStringLiteral("headers"), headers);
    attrs.insert(QStringLiteral("history"), history);
    return exc;
}

// aiohttp's InvalidURL for an address it cannot send a request to, or nothing. aiohttp 3.8.4 raises
// it with the text when yarl cannot parse it (client.py:426-429) and with the URL when it has no host
// (client_reqrep.py:362-364). A scheme other than http or https (or none, as in //host/) fails in 3.8.4
// with a bare AssertionError from connector.py:1156; current aiohttp raises NonHttpUrlClientError, an
// InvalidURL; Awaitscope raises InvalidURL with the URL.
std::optional<Value> invalidUrl(Interpreter &in, const QString &text)
{
    const QUrl url(text);
    Value arg;
    if (!url.isValid() && !text.isEmpty())
        arg = makeStr(text);
    else if (url.host().isEmpty() ||
             !(url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ||
               url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0))
        arg = makeUrl(in, yarlText(text));
    else
        return std::nullopt;
    Value exc = in.newException(moduleClass(in, "InvalidURL"), {arg});
    exc.as<InstanceObject>()->attrs.insert(QStringLiteral("url"), arg);
    return exc;
}

Value makeResponse(Interpreter &in, const std::shared_ptr<RequestPayload> &rq, const PendingResponse &pending,
                   const HttpResponse &response, const QByteArray &method);

// Waits for one of a request's futures; an HTTP failure becomes aiohttp's exception.
Co<HttpResponse> awaitHttp(Interpreter &in, std::shared_ptr<awaitscope::ResponseFuture> future,
                           std::shared_ptr<RequestPayload> rq = nullptr)
{
    Interpreter::ResumeGuard guard(in);
    std::any result;
    std::optional<HttpError> failure;
    try {
        result = co_await awaitscope::FutureAwaiter(future);
    } catch (const awaitscope::HttpClientError &e) {
        failure = e.httpError();
    }
    in.setFrameState(guard.frame, guard.depth); // other tasks ran meanwhile
    if (failure && failure->kind == HttpError::Kind::TooManyRedirects && failure->response && rq) {
        // raise TooManyRedirects(history[0].request_info, tuple(history)) (client.py:593-598): the
        // redirect responses so far, released, and the first request's RequestInfo.
        std::vector<Value> history;
        for (const HttpResponse &hop : failure->response->history) {
            Value h = makeResponse(in, rq, PendingResponse{}, hop, QByteArray());
            std::static_pointer_cast<ResponsePayload>(h.as<InstanceObject>()->payload)->released = true;
            history.push_back(h);
        }
        const HttpResponse &first = failure->response->history.front();
        const Value info = makeRequestInfo(in, rq->request, first.url, first.method);
        in.raise(makeResponseError(in, QStringLiteral("TooManyRedirects"), info,
                                   makeTuple(std::move(history)), 0, QString(), Value()));
    }
    if (failure)
        in.raise(aiohttpException(in, *failure));
    co_return std::any_cast<HttpResponse>(result);
}

// A ClientResponse; `history` holds the redirects that led to it (released, as in aiohttp).
Value makeResponse(Interpreter &in, const std::shared_ptr<RequestPayload> &rq, const PendingResponse &pending,
                   const HttpResponse &response, const QByteArray &method)
{
    Value v = newInstance(in, "ClientResponse");
    auto *inst = v.as<InstanceObject>();
    auto p = std::make_shared<ResponsePayload>();
    p->session = rq->session;
    p->request = rq->request;
    p->pending = pending;
    p->response = response;
    p->response.history.clear();
    if (response.complete)
        p->body = response.body;
    inst->payload = p;
    std::vector<Value> history;
    for (const HttpResponse &hop : response.history) {
        Value h = makeResponse(in, rq, PendingResponse{}, hop, QByteArray());
        std::static_pointer_cast<ResponsePayload>(h.as<InstanceObject>()->payload)->released = true;
        history.push_back(h);
    }
    inst->attrs.insert(QStringLiteral("history"), makeTuple(std::move(history)));
    inst->attrs.insert(QStringLiteral("status"), Value::fromInt(response.status));
    inst->attrs.insert(QStringLiteral("reason"), makeStr(QString::fromLatin1(response.reason)));
    inst->attrs.insert(QStringLiteral("ok"), Value::fromBool(response.ok()));
    inst->attrs.insert(QStringLiteral("method"),
                       makeStr(QString::fromLatin1(!method.isEmpty()            ? method
                                                   : !response.method.isEmpty() ? response.method
                                                                                : rq->request.method)));
    inst->attrs.insert(QStringLiteral("url"), makeStr(p->response.url.toString()));
    inst->attrs.insert(QStringLiteral("real_url"), makeStr(p->response.url.toString()));
    inst->attrs.insert(QStringLiteral("headers"), makeHeaders(in, response.headers));
    const QString type =
        QString::fromLatin1(response.header("Content-Type")).section(u';', 0, 0).trimmed().toLower();
    inst->attrs.insert(QStringLiteral("content_type"),
                       makeStr(type.isEmpty() ? QStringLiteral("application/octet-stream") : type));
    return v;
}

// raise_for_status(): ClientResponseError(self.request_info, self.history, status=, message=reason,
// headers=) (client_reqrep.py, raise_for_status).
Value raiseForStatusError(Interpreter &in, const Value &resp)
{
    const auto &p = *std::static_pointer_cast<ResponsePayload>(resp.as<InstanceObject>()->payload);
    const Value info = makeRequestInfo(in, p.request, p.response.url, p.response.method);
    return makeResponseError(in, QStringLiteral("ClientResponseError"), info, attrOf(resp, "history"),
                             p.response.status, QString::fromLatin1(p.response.reason),
                             makeHeaders(in, p.response.headers));
}

void release(ResponsePayload &p);

// aiohttp.helpers.noop(): an awaitable whose __await__ is one bare yield; dropping it says nothing.
Value noopAwaitable(Interpreter &in)
{
    return in.makeCoroutine(QStringLiteral("noop"), [](Interpreter &in2) -> Co<Value> {
        Interpreter::ResumeGuard guard(in2);
        co_await awaitscope::YieldAwaiter{};
        co_return Value();
    });
}

// Starts the request (on first await) and waits for its status and headers.
Co<Value> sendRequest(Interpreter &in, std::shared_ptr<RequestPayload> rq)
{
    if (rq->started)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("this request was already awaited"));
    rq->started = true;
    ClientSession *session = rq->session->session.get();
    if (!session || rq->session->closed)
        in.raiseError(QStringLiteral("RuntimeError"), QStringLiteral("Session is closed"));
    // aiohttp checks the address before any await (client.py:426-429, client_reqrep.py:362-364).
    if (const std::optional<Value> bad = invalidUrl(in, rq->urlText))
        in.raise(*bad);
    Loop *loop = in.loop ? in.loop : Loop::current();
    const PendingResponse pending = awaitscope::startRequest(*session, *loop, rq->request);
    const HttpResponse response = co_await awaitHttp(in, pending.headers, rq);
    Value resp = makeResponse(in, rq, pending, response, QByteArray());
    if (rq->raiseForStatus && !response.ok()) {
        auto p = std::static_pointer_cast<ResponsePayload>(resp.as<InstanceObject>()->payload);
        release(*p);
        in.raise(raiseForStatusError(in, resp));
    }
    rq->response = resp;
    co_return resp;
}

Co<QByteArray> readBody(Interpreter &in, std::shared_ptr<ResponsePayload> p)
{
    if (p->body)
        co_return *p->body;
    if (p->released || !p->pending.body || p->pending.body->cancelled())
        in.raise(aiohttpException(in, QStringLiteral("ClientConnectionError"),
                                  QStringLiteral("Connection closed")));
    const HttpResponse full = co_await awaitHttp(in, p->pending.body);
    p->body = full.body;
    co_return full.body;
}

void release(ResponsePayload &p)
{
    if (p.released)
        return;
    p.released = true;
    // As aiohttp's release()/close(): a body that has arrived whole (read or not) already put the
    // connection back in the pool (_response_eof); one still on its way closes it (should_close).
    if (!p.body && p.pending.body && !p.pending.body->done()) {
        if (auto holder = p.session.lock(); holder && holder->session)
            holder->session->release(p.pending.requestId);
    }
}

Value methodRequest(Interpreter &in, const Value &self, const QByteArray &method, CallArgs &a, size_t first)
{
    static const std::initializer_list<const char *> kwNames = {
        "url",     "params",          "headers",          "data",          "json",
        "timeout", "allow_redirects", "raise_for_status", "max_redirects", "method"};
    in.checkNoExtraArgs(a, first + 1, kwNames, QString::fromLatin1(method).toLower());
    auto holder = std::static_pointer_cast<AiohttpSessionHolder>(self.as<InstanceObject>()->payload);
    auto rq = std::make_shared<RequestPayload>();
    rq->session = holder;
    rq->request.method = method;
    const Value url = in.argOr(a, first, "url");
    if (url.isNone() && !in.hasArg(a, first, "url"))
        in.raiseTypeError(QStringLiteral("%1() missing 1 required positional argument: 'url'")
                              .arg(QString::fromLatin1(method).toLower()));
    rq->urlText = requireStr(in, url, "url");
    rq->request.url = QUrl(rq->urlText);
    for (const auto &[k, v] : pairsOf(in, in.argOr(a, SIZE_MAX, "params"), "params"))
        rq->request.params.append({requireStr(in, k, "a parameter name"), paramText(in, v)});
    auto sessionHeaders = attrOf(self, "_default_headers");
    for (const Value &source : {sessionHeaders, in.argOr(a, SIZE_MAX, "headers")})
        for (const auto &[k, v] : pairsOf(in, source, "headers"))
            rq->request.headers.append({requireStr(in, k, "a header name").toUtf8(), in.str(v).toUtf8()});
    const Value json = in.argOr(a, SIZE_MAX, "json");
    const Value data = in.argOr(a, SIZE_MAX, "data");
    if (!json.isNone() && !data.isNone())
        in.raiseValueError(QStringLiteral("data and json parameters can not be used at the same time"));
    if (!json.isNone()) {
        rq->request.body = toJsonText(in, json);
        rq->request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    } else if (data.as<DictObject>()) {
        QUrlQuery form;
        for (const auto &[k, v] : pairsOf(in, data, "data"))
            form.addQueryItem(in.str(k), in.str(v));
        rq->request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        rq->request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    } else if (isKind(data, ObjKind::Bytes)) {
        rq->request.body = bytesOf(data);
        rq->request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream")});
    } else if (!data.isNone()) {
        rq->request.body = requireStr(in, data, "data").toUtf8();
        rq->request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    }
    const Value timeout = in.argOr(a, SIZE_MAX, "timeout");
    if (!timeout.isNone())
        rq->request.timeout = timeoutOf(in, timeout);
    // aiohttp follows redirects by default, except for HEAD.
    const Value allow = in.argOr(a, SIZE_MAX, "allow_redirects");
    rq->request.allowRedirects =
        in.hasArg(a, SIZE_MAX, "allow_redirects") ? in.truthy(allow) : method != "HEAD";
    if (in.hasArg(a, SIZE_MAX, "max_redirects"))
        rq->request.maxRedirects = int(std::clamp<int64_t>(
            in.toIndex(in.argOr(a, SIZE_MAX, "max_redirects"), "max_redirects"), 0, 1000000));
    const Value rfs = in.argOr(a, SIZE_MAX, "raise_for_status");
    rq->raiseForStatus = rfs.isNone() ? in.truthy(attrOf(self, "_raise_for_status")) : in.truthy(rfs);
    Value cm = newInstance(in, "_RequestContextManager");
    cm.as<InstanceObject>()->payload = rq;
    // As in aiohttp, the context manager wraps the coroutine ClientSession._request(...), made now: it
    // warns when dropped unawaited, and a second await says it cannot be reused.
    cm.as<InstanceObject>()->attrs.insert(
        QStringLiteral("_coro"),
        in.makeCoroutine(QStringLiteral("_request"), QStringLiteral("ClientSession._request"),
                         [rq](Interpreter &in2) -> Co<Value> { co_return co_await sendRequest(in2, rq); }));
    return cm;
}

void defineSession(Interpreter &in, ModuleObject &mod, const std::shared_ptr<AiohttpNetwork> &net)
{
    auto method = [&in](const Value &cls, const QString &name, BuiltinObject::Fn fn) {
        cls.as<ClassObject>()->attrs.insert(name, in.makeMethod(name, std::move(fn)));
    };
    // Each class names the submodule aiohttp defines it in, as type() and reprs show it.
    auto klass = [&in, &mod](const char *name, const char *module) {
        Value c = in.makeClass(QLatin1String(name), {in.tObject});
        c.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(QLatin1String(module)));
        mod.attrs.insert(QLatin1String(name), c);
        return c;
    };
    auto kwArgs = [](std::vector<Value> &p, std::vector<std::pair<QString, Value>> &kw) {
        CallArgs a;
        a.pos = p;
        a.kw = kw;
        return a;
    };

    // yarl.URL, for the addresses aiohttp's exceptions hold: str() is the address, repr URL('...').
    Value urlClass = in.makeClass(QStringLiteral("URL"), {in.tObject});
    urlClass.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"), makeStr(QStringLiteral("yarl")));
    mod.attrs.insert(QStringLiteral("_URL"), urlClass);
    method(urlClass, QStringLiteral("__str__"),
           [](Interpreter &, const Value &self, CallArgs &) { return attrOf(self, "_text"); });
    method(urlClass, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(QStringLiteral("URL(%1)").arg(in.repr(attrOf(self, "_text"))));
    });
    method(urlClass, QStringLiteral("__eq__"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const Value other = in.argOr(a, 0, "other");
        return Value::fromBool(isInstanceOf(in, other, "_URL") &&
                               in.str(attrOf(self, "_text")) == in.str(attrOf(other, "_text")));
    });
    method(urlClass, QStringLiteral("__hash__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(in.hashCheck(attrOf(self, "_text")));
    });

    // RequestInfo(url, method, headers, real_url), in aiohttp.client_reqrep.
    Value requestInfo = klass("RequestInfo", "aiohttp.client_reqrep");
    method(requestInfo, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(QStringLiteral("RequestInfo(url=%1, method=%2, headers=%3, real_url=%4)")
                           .arg(in.repr(attrOf(self, "url")), in.repr(attrOf(self, "method")),
                                in.repr(attrOf(self, "headers")), in.repr(attrOf(self, "real_url"))));
    });

    // ClientResponseError's str() and repr(), shared by TooManyRedirects and ContentTypeError, as
    // aiohttp 3.8.4 writes them (client_exceptions.py:88-103).
    Value responseError = mod.attrs.value(QStringLiteral("ClientResponseError"));
    method(responseError, QStringLiteral("__str__"), [](Interpreter &in, const Value &self, CallArgs &) {
        const Value info = attrOf(self, "request_info");
        return makeStr(QStringLiteral("%1, message=%2, url=%3")
                           .arg(in.str(attrOf(self, "status")), in.repr(attrOf(self, "message")),
                                info.isNone() ? QStringLiteral("None") : in.repr(attrOf(info, "real_url"))));
    });
    method(responseError, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        QString args =
            in.repr(attrOf(self, "request_info")) + QStringLiteral(", ") + in.repr(attrOf(self, "history"));
        const Value status = attrOf(self, "status");
        if (!status.isNone() && status.asInt() != 0)
            args += QStringLiteral(", status=") + in.repr(status);
        if (!in.str(attrOf(self, "message")).isEmpty())
            args += QStringLiteral(", message=") + in.repr(attrOf(self, "message"));
        if (!attrOf(self, "headers").isNone())
            args += QStringLiteral(", headers=") + in.repr(attrOf(self, "headers"));
        return makeStr(QStringLiteral("%1(%2)").arg(self.as<InstanceObject>()->klass()->name, args));
    });
    // InvalidURL: str() is the address, repr <InvalidURL address>, .url the first argument
    // (client_exceptions.py:261-280).
    Value invalidUrlClass = mod.attrs.value(QStringLiteral("InvalidURL"));
    method(invalidUrlClass, QStringLiteral("__str__"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto *args = self.as<InstanceObject>()->args.as<TupleObject>();
        return makeStr(args && !args->items.empty() ? in.str(args->items[0]) : QString());
    });
    method(invalidUrlClass, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto *args = self.as<InstanceObject>()->args.as<TupleObject>();
        return makeStr(
            QStringLiteral("<%1 %2>").arg(self.as<InstanceObject>()->klass()->name,
                                          args && !args->items.empty() ? in.str(args->items[0]) : QString()));
    });

    // ClientTimeout(total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5)
    Value timeout = klass("ClientTimeout", "aiohttp.client");
    timeout.as<ClassObject>()->constructor = [kwArgs](Interpreter &in, const Value &, std::vector<Value> &p,
                                                      std::vector<std::pair<QString, Value>> &kw) {
        CallArgs a = kwArgs(p, kw);
        in.checkNoExtraArgs(a, 5, {"total", "connect", "sock_read", "sock_connect", "ceil_threshold"},
                            QStringLiteral("ClientTimeout"));
        awaitscope::ClientTimeout t;
        t.total = in.optionalSeconds(in.argOr(a, 0, "total"), "total");
        t.connect = in.optionalSeconds(in.argOr(a, 1, "connect"), "connect");
        t.sockRead = in.optionalSeconds(in.argOr(a, 2, "sock_read"), "sock_read");
        t.sockConnect = in.optionalSeconds(in.argOr(a, 3, "sock_connect"), "sock_connect");
        t.ceilThreshold =
            in.optionalSeconds(in.argOr(a, 4, "ceil_threshold", Value::fromInt(5)), "ceil_threshold")
                .value_or(5);
        return makeTimeout(in, t);
    };
    method(timeout, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        QStringList parts;
        for (const char *f : {"total", "connect", "sock_read", "sock_connect", "ceil_threshold"})
            parts << QLatin1String(f) + u'=' + in.repr(attrOf(self, f));
        return makeStr(QStringLiteral("ClientTimeout(%1)").arg(parts.join(QStringLiteral(", "))));
    });

    // TCPConnector(limit=100, limit_per_host=0, keepalive_timeout=15.0, force_close=False): the pool,
    // enforced by the session.
    Value connector = klass("TCPConnector", "aiohttp.connector");
    connector.as<ClassObject>()->constructor = [kwArgs](Interpreter &in, const Value &cls,
                                                        std::vector<Value> &p,
                                                        std::vector<std::pair<QString, Value>> &kw) {
        CallArgs a = kwArgs(p, kw);
        in.checkNoExtraArgs(
            a, 0, {"limit", "limit_per_host", "force_close", "keepalive_timeout", "ttl_dns_cache", "ssl"},
            QStringLiteral("TCPConnector"));
        Value v(new InstanceObject(cls));
        auto &attrs = v.as<InstanceObject>()->attrs;
        // As aiohttp 3.8.4's BaseConnector.__init__ (connector.py:225-232): with force_close a
        // keepalive_timeout other than None is refused; without it the default is 15.0 and None is kept.
        const bool forceClose = in.truthy(in.argOr(a, SIZE_MAX, "force_close"));
        const bool keepaliveGiven = in.hasArg(a, SIZE_MAX, "keepalive_timeout");
        Value keepalive = in.argOr(a, SIZE_MAX, "keepalive_timeout");
        if (forceClose && keepaliveGiven && !keepalive.isNone())
            in.raiseValueError(QStringLiteral("keepalive_timeout cannot be set if force_close is True"));
        if (!forceClose && !keepaliveGiven)
            keepalive = Value::fromFloat(15.0);
        if (!keepalive.isNone() && !keepalive.isNumber())
            in.raiseTypeError(QStringLiteral("keepalive_timeout must be a number or None, not %1")
                                  .arg(in.typeName(keepalive)));
        attrs.insert(QStringLiteral("_keepalive_timeout"), keepalive);
        attrs.insert(QStringLiteral("force_close"), Value::fromBool(forceClose));
        for (const auto &[name, dflt] : {std::pair{"limit", 100}, std::pair{"limit_per_host", 0}}) {
            const Value given = in.argOr(a, SIZE_MAX, name, Value::fromInt(dflt));
            const int64_t n = given.isNone() ? 0 : in.toIndex(given, name);
            if (n < 0)
                in.raiseValueError(
                    QStringLiteral("%1 must be 0 (no limit) or more").arg(QLatin1String(name)));
            attrs.insert(QLatin1String(name), Value::fromInt(n));
        }
        return v;
    };
    method(connector, QStringLiteral("close"),
           [](Interpreter &in, const Value &, CallArgs &) { return noopAwaitable(in); });

    // CookieJar(unsafe=False) and DummyCookieJar(): which jar a session keeps.
    Value jar = klass("CookieJar", "aiohttp.cookiejar");
    Value dummyJar = in.makeClass(QStringLiteral("DummyCookieJar"), {jar});
    dummyJar.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                             makeStr(QStringLiteral("aiohttp.cookiejar")));
    mod.attrs.insert(QStringLiteral("DummyCookieJar"), dummyJar);
    for (bool dummy : {false, true}) {
        (dummy ? dummyJar : jar).as<ClassObject>()->constructor =
            [kwArgs, dummy](Interpreter &in, const Value &cls, std::vector<Value> &p,
                            std::vector<std::pair<QString, Value>> &kw) {
                CallArgs a = kwArgs(p, kw);
                in.checkNoExtraArgs(a, 0, {"unsafe", "quote_cookie"},
                                    dummy ? QStringLiteral("DummyCookieJar") : QStringLiteral("CookieJar"));
                Value v(new InstanceObject(cls));
                auto payload = std::make_shared<JarPayload>();
                payload->dummy = dummy;
                payload->unsafe = in.truthy(in.argOr(a, SIZE_MAX, "unsafe"));
                v.as<InstanceObject>()->payload = payload;
                return v;
            };
    }
    auto cookiesOf = [](Interpreter &in, const Value &self) {
        auto p = payloadOf<JarPayload>(in, self, "CookieJar");
        auto holder = p->session.lock();
        return holder && holder->session ? holder->session->cookieJar().cookies() : QList<QNetworkCookie>();
    };
    method(jar, QStringLiteral("__len__"), [cookiesOf](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(cookiesOf(in, self).size());
    });
    method(jar, QStringLiteral("__iter__"), [cookiesOf](Interpreter &in, const Value &self, CallArgs &) {
        std::vector<Value> morsels;
        for (const QNetworkCookie &c : cookiesOf(in, self)) {
            Value m = newInstance(in, "Morsel");
            auto &attrs = m.as<InstanceObject>()->attrs;
            attrs.insert(QStringLiteral("key"), makeStr(QString::fromUtf8(c.name())));
            attrs.insert(QStringLiteral("value"), makeStr(QString::fromUtf8(c.value())));
            attrs.insert(QStringLiteral("coded_value"), makeStr(QString::fromUtf8(c.value())));
            attrs.insert(QStringLiteral("domain"), makeStr(c.domain()));
            attrs.insert(QStringLiteral("path"), makeStr(c.path()));
            morsels.push_back(m);
        }
        return in.getIter(makeList(std::move(morsels)));
    });
    method(jar, QStringLiteral("clear"), [](Interpreter &in, const Value &self, CallArgs &) {
        auto p = payloadOf<JarPayload>(in, self, "CookieJar");
        if (auto holder = p->session.lock(); holder && holder->session) {
            auto &j = holder->session->cookieJar();
            for (const QNetworkCookie &c : j.cookies())
                j.deleteCookie(c);
        }
        return Value();
    });
    Value morsel = klass("Morsel", "http.cookies"); // http.cookies.Morsel in CPython
    morsel.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                           makeStr(QStringLiteral("http.cookies")));
    method(morsel, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return makeStr(QStringLiteral("<Morsel: %1=%2>")
                           .arg(in.str(attrOf(self, "key")), in.str(attrOf(self, "coded_value"))));
    });

    // Response headers: case-insensitive, several values per name.
    Value headers = klass("CIMultiDictProxy", "multidict"); // multidict's, in CPython
    headers.as<ClassObject>()->attrs.insert(QStringLiteral("__module__"),
                                            makeStr(QStringLiteral("multidict")));
    auto headerValues = [](Interpreter &in, const Value &self, const Value &key) {
        auto p = payloadOf<HeadersPayload>(in, self, "CIMultiDictProxy");
        const QByteArray name = requireStr(in, key, "a header name").toUtf8();
        QStringList values;
        for (const auto &h : p->headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                values << QString::fromLatin1(h.second);
        return values;
    };
    method(headers, QStringLiteral("get"), [headerValues](Interpreter &in, const Value &self, CallArgs &a) {
        const QStringList v = headerValues(in, self, in.argOr(a, 0, "key"));
        return v.isEmpty() ? in.argOr(a, 1, "default") : makeStr(v.first());
    });
    method(headers, QStringLiteral("getall"),
           [headerValues](Interpreter &in, const Value &self, CallArgs &a) {
               const Value key = in.argOr(a, 0, "key");
               const QStringList v = headerValues(in, self, key);
               if (v.isEmpty()) {
                   if (a.pos.size() > 1)
                       return a.pos[1];
                   in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {key}));
               }
               std::vector<Value> out;
               for (const QString &s : v)
                   out.push_back(makeStr(s));
               return makeList(std::move(out));
           });
    method(headers, QStringLiteral("__getitem__"),
           [headerValues](Interpreter &in, const Value &self, CallArgs &a) {
               const Value key = in.argOr(a, 0, "key");
               const QStringList v = headerValues(in, self, key);
               if (v.isEmpty())
                   in.raise(in.newException(in.exceptionClass(QStringLiteral("KeyError")), {key}));
               return makeStr(v.first());
           });
    method(headers, QStringLiteral("__contains__"),
           [headerValues](Interpreter &in, const Value &self, CallArgs &a) {
               const Value key = in.argOr(a, 0, "key");
               return Value::fromBool(isKind(key, ObjKind::Str) && !headerValues(in, self, key).isEmpty());
           });
    method(headers, QStringLiteral("__len__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return Value::fromInt(payloadOf<HeadersPayload>(in, self, "CIMultiDictProxy")->headers.size());
    });
    auto headerList = [](Interpreter &in, const Value &self, int which) {
        std::vector<Value> out;
        for (const auto &h : payloadOf<HeadersPayload>(in, self, "CIMultiDictProxy")->headers) {
            const Value k = makeStr(QString::fromLatin1(h.first));
            const Value v = makeStr(QString::fromLatin1(h.second));
            out.push_back(which == 0 ? k : which == 1 ? v : makeTuple({k, v}));
        }
        return makeList(std::move(out));
    };
    method(headers, QStringLiteral("__iter__"), [headerList](Interpreter &in, const Value &self, CallArgs &) {
        return in.getIter(headerList(in, self, 0));
    });
    method(headers, QStringLiteral("keys"),
           [headerList](Interpreter &in, const Value &self, CallArgs &) { return headerList(in, self, 0); });
    method(headers, QStringLiteral("values"),
           [headerList](Interpreter &in, const Value &self, CallArgs &) { return headerList(in, self, 1); });
    method(headers, QStringLiteral("items"),
           [headerList](Interpreter &in, const Value &self, CallArgs &) { return headerList(in, self, 2); });
    method(headers, QStringLiteral("__repr__"), [](Interpreter &in, const Value &self, CallArgs &) {
        QStringList parts;
        for (const auto &h : payloadOf<HeadersPayload>(in, self, "CIMultiDictProxy")->headers)
            parts << in.repr(makeStr(QString::fromLatin1(h.first))) + QStringLiteral(": ") +
                         in.repr(makeStr(QString::fromLatin1(h.second)));
        return makeStr(QStringLiteral("<CIMultiDictProxy(%1)>").arg(parts.join(QStringLiteral(", "))));
    });

    // ClientSession(timeout=, connector=, cookie_jar=, headers=, raise_for_status=)
    Value session = klass("ClientSession", "aiohttp.client");
    session.as<ClassObject>()->constructor = [kwArgs, net](Interpreter &in, const Value &cls,
                                                           std::vector<Value> &p,
                                                           std::vector<std::pair<QString, Value>> &kw) {
        CallArgs a = kwArgs(p, kw);
        in.checkNoExtraArgs(
            a, 0, {"timeout", "connector", "cookie_jar", "headers", "raise_for_status", "connector_owner"},
            QStringLiteral("ClientSession"));
        ClientSession::Options options;
        Value timeoutArg = in.argOr(a, SIZE_MAX, "timeout");
        if (!timeoutArg.isNone())
            options.timeout = timeoutOf(in, timeoutArg);
        Value connectorArg = in.argOr(a, SIZE_MAX, "connector");
        if (connectorArg.isNone()) { // aiohttp makes a TCPConnector() of its own
            std::vector<Value> none;
            std::vector<std::pair<QString, Value>> noKw;
            const Value cls = moduleClass(in, "TCPConnector");
            connectorArg = cls.as<ClassObject>()->constructor(in, cls, none, noKw);
        }
        {
            if (!isInstanceOf(in, connectorArg, "TCPConnector"))
                in.raiseTypeError(QStringLiteral("connector must be an aiohttp.TCPConnector, not %1")
                                      .arg(in.typeName(connectorArg)));
            options.connector.limit = int(attrOf(connectorArg, "limit").asInt());
            options.connector.limitPerHost = int(attrOf(connectorArg, "limit_per_host").asInt());
            const Value keepalive = attrOf(connectorArg, "_keepalive_timeout");
            options.connector.keepaliveTimeout =
                keepalive.isNone() ? std::nullopt : std::optional<double>(keepalive.toDouble());
            options.connector.forceClose = in.truthy(attrOf(connectorArg, "force_close"));
        }
        Value jarArg = in.argOr(a, SIZE_MAX, "cookie_jar");
        if (jarArg.isNone()) {
            std::vector<Value> none;
            std::vector<std::pair<QString, Value>> noKw;
            jarArg = moduleClass(in, "CookieJar")
                         .as<ClassObject>()
                         ->constructor(in, moduleClass(in, "CookieJar"), none, noKw);
        }
        auto jarPayload = payloadOf<JarPayload>(in, jarArg, "CookieJar");
        options.cookies = jarPayload->dummy ? awaitscope::SessionCookieJar::Mode::Dummy
                                            : awaitscope::SessionCookieJar::Mode::Keep;
        options.unsafeCookies = jarPayload->unsafe;
        auto holder = net->openSession(in, [&options](awaitscope::HttpNetwork &network) {
            return std::make_unique<ClientSession>(network, options);
        });
        jarPayload->session = holder;
        Value v(new InstanceObject(cls));
        auto *inst = v.as<InstanceObject>();
        inst->payload = holder;
        inst->attrs.insert(QStringLiteral("cookie_jar"), jarArg);
        inst->attrs.insert(QStringLiteral("timeout"),
                           timeoutArg.isNone() || !isInstanceOf(in, timeoutArg, "ClientTimeout")
                               ? makeTimeout(in, options.timeout)
                               : timeoutArg);
        inst->attrs.insert(QStringLiteral("connector"), connectorArg);
        inst->attrs.insert(QStringLiteral("closed"), Value::fromBool(false));
        const Value owner = in.argOr(a, SIZE_MAX, "connector_owner", Value::fromBool(true));
        inst->attrs.insert(QStringLiteral("_connector_owner"), Value::fromBool(in.truthy(owner)));
        inst->attrs.insert(QStringLiteral("_default_headers"), in.argOr(a, SIZE_MAX, "headers"));
        inst->attrs.insert(QStringLiteral("_raise_for_status"),
                           Value::fromBool(in.truthy(in.argOr(a, SIZE_MAX, "raise_for_status"))));
        return v;
    };
    for (const char *verb : {"get", "post", "put", "patch", "delete", "head", "options"}) {
        const QByteArray m = QByteArray(verb).toUpper();
        method(session, QLatin1String(verb), [m](Interpreter &in, const Value &self, CallArgs &a) {
            return methodRequest(in, self, m, a, 0);
        });
    }
    method(session, QStringLiteral("request"), [](Interpreter &in, const Value &self, CallArgs &a) {
        const QByteArray m = requireStr(in, in.argOr(a, 0, "method"), "method").toUpper().toLatin1();
        CallArgs rest = a;
        if (!rest.pos.empty())
            rest.pos.erase(rest.pos.begin());
        std::erase_if(rest.kw, [](const auto &kv) { return kv.first == u"method"; });
        return methodRequest(in, self, m, rest, 0);
    });
    // aiohttp's ClientSession.close(): when the session is open and owns its connector, it closes the
    // connector's connections and then awaits what connector.close() returns, helpers.noop, whose
    // __await__ is one bare yield: every other ready task gets one turn before close() returns.
    // Returns whether that yield is due.
    auto closeSession = [](Interpreter &in, const Value &self) {
        auto holder = std::static_pointer_cast<AiohttpSessionHolder>(self.as<InstanceObject>()->payload);
        const bool wasOpen = !holder->closed;
        if (holder->session && !holder->closed)
            holder->session->close();
        holder->closed = true;
        self.as<InstanceObject>()->attrs.insert(QStringLiteral("closed"), Value::fromBool(true));
        return wasOpen && in.truthy(attrOf(self, "_connector_owner"));
    };
    method(session, QStringLiteral("close"), [closeSession](Interpreter &in, const Value &self, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("close"), [closeSession, self](Interpreter &in2) -> Co<Value> {
            if (closeSession(in2, self)) {
                Interpreter::ResumeGuard guard(in2);
                co_await awaitscope::YieldAwaiter{};
            }
            co_return Value();
        });
    });
    method(session, QStringLiteral("__aenter__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("__aenter__"),
                                [self](Interpreter &) -> Co<Value> { co_return self; });
    });
    method(session, QStringLiteral("__aexit__"),
           [closeSession](Interpreter &in, const Value &self, CallArgs &) {
               return in.makeCoroutine(QStringLiteral("__aexit__"),
                                       [closeSession, self](Interpreter &in2) -> Co<Value> {
                                           if (closeSession(in2, self)) {
                                               Interpreter::ResumeGuard guard(in2);
                                               co_await awaitscope::YieldAwaiter{};
                                           }
                                           co_return Value::fromBool(false);
                                       });
           });

    // session.get(...): awaitable (the response) and an async context manager (released on exit).
    Value cm = klass("_RequestContextManager", "aiohttp.client");
    auto requestOf = [](Interpreter &in, const Value &self) {
        return payloadOf<RequestPayload>(in, self, "_RequestContextManager");
    };
    method(cm, QStringLiteral("__await__"),
           [](Interpreter &, const Value &self, CallArgs &) { return attrOf(self, "_coro"); });
    method(cm, QStringLiteral("__aenter__"), [](Interpreter &in, const Value &self, CallArgs &) {
        const Value coro = attrOf(self, "_coro");
        return in.makeCoroutine(QStringLiteral("__aenter__"), [coro](Interpreter &in2) -> Co<Value> {
            co_return co_await in2.awaitValue(coro, 0);
        });
    });
    method(cm, QStringLiteral("__aexit__"), [requestOf](Interpreter &in, const Value &self, CallArgs &) {
        auto rq = requestOf(in, self);
        return in.makeCoroutine(QStringLiteral("__aexit__"), [rq](Interpreter &) -> Co<Value> {
            if (auto *inst = rq->response.as<InstanceObject>())
                release(*std::static_pointer_cast<ResponsePayload>(inst->payload));
            rq->response = Value();
            co_return Value::fromBool(false);
        });
    });

    // ClientResponse
    Value response = klass("ClientResponse", "aiohttp.client_reqrep");
    auto responseOf = [](Interpreter &in, const Value &self) {
        return payloadOf<ResponsePayload>(in, self, "ClientResponse");
    };
    method(response, QStringLiteral("read"), [responseOf](Interpreter &in, const Value &self, CallArgs &) {
        auto p = responseOf(in, self);
        return in.makeCoroutine(QStringLiteral("read"), [p](Interpreter &in2) -> Co<Value> {
            co_return makeBytes(co_await readBody(in2, p));
        });
    });
    method(response, QStringLiteral("text"), [responseOf](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, 1, {"encoding", "errors"}, QStringLiteral("text"));
        auto p = responseOf(in, self);
        return in.makeCoroutine(QStringLiteral("text"), [p](Interpreter &in2) -> Co<Value> {
            const QByteArray body = co_await readBody(in2, p);
            co_return makeStr(QString::fromUtf8(body));
        });
    });
    method(response, QStringLiteral("json"), [responseOf](Interpreter &in, const Value &self, CallArgs &a) {
        in.checkNoExtraArgs(a, 0, {"encoding", "loads", "content_type"}, QStringLiteral("json"));
        auto p = responseOf(in, self);
        const bool anyType =
            in.hasArg(a, SIZE_MAX, "content_type") && in.argOr(a, SIZE_MAX, "content_type").isNone();
        const QString contentType = in.str(attrOf(self, "content_type"));
        return in.makeCoroutine(
            QStringLiteral("json"), [p, anyType, contentType](Interpreter &in2) -> Co<Value> {
                const QByteArray body = co_await readBody(in2, p);
                if (!anyType && !contentType.contains(QStringLiteral("json"))) {
                    Value exc = aiohttpException(
                        in2, QStringLiteral("ContentTypeError"),
                        QStringLiteral(
                            "%1, message='Attempt to decode JSON with unexpected mimetype: %2', url='%3'")
                            .arg(p->response.status)
                            .arg(contentType, p->response.url.toString()));
                    exc.as<InstanceObject>()->attrs.insert(QStringLiteral("status"),
                                                           Value::fromInt(p->response.status));
                    in2.raise(exc);
                }
                if (body.trimmed().isEmpty())
                    co_return Value();
                co_return fromJsonText(in2, body);
            });
    });
    method(response, QStringLiteral("raise_for_status"),
           [responseOf](Interpreter &in, const Value &self, CallArgs &) {
               auto p = responseOf(in, self);
               if (!p->response.ok()) {
                   release(*p);
                   in.raise(raiseForStatusError(in, self));
               }
               return Value();
           });
    // release() returns helpers.noop() in aiohttp: `await resp.release()` yields once.
    auto releaseMethod = [responseOf](Interpreter &in, const Value &self, CallArgs &) {
        release(*responseOf(in, self));
        return noopAwaitable(in);
    };
    method(response, QStringLiteral("release"), releaseMethod);
    method(response, QStringLiteral("close"), [responseOf](Interpreter &in, const Value &self, CallArgs &) {
        release(*responseOf(in, self));
        return Value();
    });
    method(response, QStringLiteral("__aenter__"), [](Interpreter &in, const Value &self, CallArgs &) {
        return in.makeCoroutine(QStringLiteral("__aenter__"),
                                [self](Interpreter &) -> Co<Value> { co_return self; });
    });
    method(response, QStringLiteral("__aexit__"),
           [responseOf](Interpreter &in, const Value &self, CallArgs &) {
               auto p = responseOf(in, self);
               return in.makeCoroutine(QStringLiteral("__aexit__"), [p](Interpreter &) -> Co<Value> {
                   release(*p);
                   co_return Value::fromBool(false);
               });
           });
    method(response, QStringLiteral("__repr__"),
           [responseOf](Interpreter &in, const Value &self, CallArgs &) {
               auto p = responseOf(in, self);
               // aiohttp prints the first line and then the headers, each with a newline.
               return makeStr(QStringLiteral("<ClientResponse(%1) [%2 %3]>\n%4\n")
                                  .arg(p->response.url.toString())
                                  .arg(p->response.status)
                                  .arg(p->response.reason.isEmpty() ? QStringLiteral("None")
                                                                    : QString::fromLatin1(p->response.reason),
                                       in.repr(attrOf(self, "headers"))));
           });
}

} // namespace

void installAiohttp(Interpreter &in, const AiohttpOptions &options)
{
    auto net = std::make_shared<AiohttpNetwork>(options);
    in.registerModule(QStringLiteral("aiohttp"), [net](Interpreter &in2) {
        auto *mod = new ModuleObject(QStringLiteral("aiohttp"));
        Value modValue(mod);
        addAiohttpExceptions(in2, *mod);
        defineSession(in2, *mod, net);
        return modValue;
    });
}

} // namespace awaitscope::py
