#include "parser.h"

#include "bytesobject.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace awaitscope::py {

QString formatFloatRepr(double d);          // operations.cpp
QString formatStringRepr(const QString &s); // operations.cpp

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> k = {
        QStringLiteral("False"),  QStringLiteral("None"),     QStringLiteral("True"),
        QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),   QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"),     QStringLiteral("pass"),     QStringLiteral("raise"),
        QStringLiteral("return"), QStringLiteral("try"),      QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("yield")};
    return k;
}

// The name-like strings CPython 3.11 has interned when it starts a program (tests/tools/interned_strings.py).
constexpr const char *kInternedAtStartup[] = {
#include "internedstrings.inc"
};

// Whether a str constant meets an equal string interned before the compiler runs: one of CPython's startup
// strings, an identifier of the program (the parser interns them) or a single character; only a non-empty
// name-like string is interned (intern_string_constants).
bool internedBeforeCompiling(const QString &s, const QSet<QString> &identifiers)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c.unicode() > 0x7f || !(c.isLetterOrNumber() || c == u'_'))
            return false;
    if (s.size() == 1 || identifiers.contains(s))
        return true;
    const QByteArray latin1 = s.toLatin1();
    return std::binary_search(std::begin(kInternedAtStartup), std::end(kInternedAtStartup),
                              latin1.constData(),
                              [](const char *a, const char *b) { return std::strcmp(a, b) < 0; });
}

QString describeToken(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Newline:
        return QStringLiteral("end of line");
    case TokenKind::Indent:
        return QStringLiteral("indent");
    case TokenKind::Dedent:
        return QStringLiteral("dedent");
    case TokenKind::End:
        return QStringLiteral("end of file");
    case TokenKind::String:
        return QStringLiteral("string");
    case TokenKind::Int:
    case TokenKind::Float:
        return QStringLiteral("number");
    default:
        return QStringLiteral("'%1'").arg(t.text);
    }
}

// ---- scope analysis and checks done after parsing ----

// A literal key of a mapping pattern, to find keys CPython's compiler refuses as duplicates: they are equal
// as Python constants are (1, 1.0 and True are one key; 'a' and b'a' are two).
struct PatternConstant
{
    enum class Kind { None, Number, BigInt, Str, Bytes } kind = Kind::None;
    bool isInt = true;
    int64_t i = 0;
    double d = 0;
    QString text; // Str and Bytes: the text; BigInt: sign, base and digits
    QString repr;

    static PatternConstant of(const Node &key)
    {
        PatternConstant c;
        const bool negative = key.kind == NodeKind::UnaryOp;
        const Node &lit = negative ? *key.kid(0) : key;
        switch (lit.kind) {
        case NodeKind::IntLit:
            if (!lit.str.isEmpty()) {
                c.kind = Kind::BigInt;
                c.text =
                    (negative ? QStringLiteral("-") : QString()) + QString::number(lit.ival) + u':' + lit.str;
                c.repr = (negative ? QStringLiteral("-") : QString()) + lit.str;
                return c;
            }
            c.kind = Kind::Number;
            c.i = negative ? -lit.ival : lit.ival;
            c.repr = QString::number(c.i);
            return c;
        case NodeKind::FloatLit:
            c.kind = Kind::Number;
            c.isInt = false;
            c.d = negative ? -lit.fval : lit.fval;
            c.repr = formatFloatRepr(c.d);
            return c;
        case NodeKind::TrueLit:
        case NodeKind::FalseLit:
            c.kind = Kind::Number;
            c.i = lit.kind == NodeKind::TrueLit;
            c.repr = c.i ? QStringLiteral("True") : QStringLiteral("False");
            return c;
        case NodeKind::StrLit:
            c.kind = lit.ival ? Kind::Bytes : Kind::Str;
            c.text = lit.str;
            c.repr = lit.ival ? bytesRepr(lit.str.toLatin1(), false) : formatStringRepr(lit.str);
            return c;
        default:
            c.repr = QStringLiteral("None");
            return c;
        }
    }

    bool operator==(const PatternConstant &o) const
    {
        if (kind != o.kind)
            return false;
        if (kind != Kind::Number)
            return text == o.text;
        if (isInt && o.isInt)
            return i == o.i;
        if (!isInt && !o.isInt)
            return d == o.d;
        const int64_t n = isInt ? i : o.i;
        const double x = isInt ? o.d : d;
        // an int equals a float that holds exactly that integer
        return x == double(n) && std::abs(x) < 9.2e18 && int64_t(x) == n;
    }
};

// CPython's compile-time checks of a case's pattern (compile.c): a name or a wildcard that would make the
// cases after it unreachable, a name bound twice, alternatives that bind different names, two stars in a
// sequence, duplicate literal keys and repeated keyword attributes. The error points where CPython's
// compiler is when it finds the problem: the last pattern it began.
struct PatternCheck
{
    int line = 0;
    int col = 0;

    [[noreturn]] void error(const QString &message) const { throw SyntaxError{message, line, col, false}; }
    void at(const Node &p)
    {
        line = p.line;
        col = p.col;
    }
    void store(const QString &name, QStringList &names) const
    {
        if (name == u"__debug__")
            error(QStringLiteral("cannot assign to __debug__"));
        if (names.contains(name))
            error(QStringLiteral("multiple assignments to name '%1' in pattern").arg(name));
        names << name;
    }

    // `irrefutableAllowed`: the pattern may match everything (the last case, a guarded one, an element).
    void visit(const Node &p, bool irrefutableAllowed, QStringList &names)
    {
        at(p);
        switch (p.kind) {
        case NodeKind::MatchValue:
            if (p.kid(0)->kind == NodeKind::FString)
                error(QStringLiteral("patterns may only match literals and attribute lookups"));
            return;
        case NodeKind::MatchStar:
            if (!p.str.isEmpty())
                store(p.str, names);
            return;
        case NodeKind::MatchSequence:
            if (std::count_if(p.kids.begin(), p.kids.end(),
                              [](const NodePtr &k) { return k->kind == NodeKind::MatchStar; }) > 1)
                error(QStringLiteral("multiple starred names in sequence pattern"));
            for (const NodePtr &k : p.kids)
                visit(*k, true, names);
            return;
        case NodeKind::MatchMapping: {
            std::vector<PatternConstant> seen;
            for (size_t i = 0; i < p.kids.size(); i += 2) {
                const Node &key = *p.kids[i];
                if (key.kind == NodeKind::FString)
                    error(
                        QStringLiteral("mapping pattern keys may only match literals and attribute lookups"));
                if (key.kind == NodeKind::Attribute)
                    continue;
                const PatternConstant c = PatternConstant::of(key);
                if (std::find(seen.begin(), seen.end(), c) != seen.end())
                    error(QStringLiteral("mapping pattern checks duplicate key (%1)").arg(c.repr));
                seen.push_back(c);
            }
            for (size_t i = 1; i < p.kids.size(); i += 2)
                visit(*p.kids[i], true, names);
            if (!p.str.isEmpty())
                store(p.str, names);
            return;
        }
        case NodeKind::MatchClass: {
            const size_t firstKeyword = 1 + size_t(p.ival);
            for (qsizetype i = 0; i < p.names.size(); ++i) {
                at(*p.kids[firstKeyword + size_t(i)]);
                if (p.names[i] == u"__debug__")
                    error(QStringLiteral("cannot assign to __debug__"));
                for (qsizetype j = i + 1; j < p.names.size(); ++j)
                    if (p.names[i] == p.names[j]) {
                        at(*p.kids[firstKeyword + size_t(j)]);
                        error(QStringLiteral("attribute name repeated in class pattern: %1").arg(p.names[i]));
                    }
            }
            for (size_t i = 1; i < p.kids.size(); ++i)
                visit(*p.kids[i], true, names);
            return;
        }
        case NodeKind::MatchAs:
            if (!p.kid(0)) {
                if (!irrefutableAllowed)
                    error(p.str.isEmpty()
                              ? QStringLiteral("wildcard makes remaining patterns unreachable")
                              : QStringLiteral("name capture '%1' makes remaining patterns unreachable")
                                    .arg(p.str));
                if (!p.str.isEmpty())
                    store(p.str, names);
                return;
            }
            visit(*p.kid(0), irrefutableAllowed, names);
            store(p.str, names);
            return;
        case NodeKind::MatchOr: {
            QStringList first;
            for (size_t i = 0; i < p.kids.size(); ++i) {
                QStringList alternative;
                visit(*p.kids[i], irrefutableAllowed && i + 1 == p.kids.size(), alternative);
                if (i == 0)
                    first = alternative;
                else if (alternative.size() != first.size() ||
                         std::any_of(first.begin(), first.end(),
                                     [&](const QString &n) { return !alternative.contains(n); }))
                    error(QStringLiteral("alternative patterns bind different names"));
            }
            for (const QString &name : std::as_const(first))
                store(name, names);
            return;
        }
        default:
            return;
        }
    }

    static void checkMatch(const Node &match)
    {
        for (size_t i = 1; i < match.kids.size(); ++i) {
            const Node &c = *match.kids[i];
            PatternCheck check;
            QStringList names;
            check.visit(*c.kid(0), c.kid(1) || i + 1 == match.kids.size(), names);
        }
    }
};

struct ScopeChecker
{
    int comprehensionDepth = 0; // `yield` is refused inside comprehensions
    // Inside an except* handler of this function: the loop depth at the handler (a break or continue of a
    // loop outside it, and any return, are refused, as CPython's compiler does); -1 elsewhere.
    int exceptStarLoops = -1;
    std::vector<Node *> valueReturns; // `return x` in the async function being checked
    void addBinding(FunctionInfo *f, const Node *target)
    {
        if (!f || !target)
            return;
        switch (target->kind) {
        case NodeKind::Name:
            if (!f->locals.contains(target->str))
                f->locals << target->str;
            break;
        case NodeKind::Tuple:
        case NodeKind::List:
            for (const auto &k : target->kids)
                addBinding(f, k.get());
            break;
        case NodeKind::Starred:
            addBinding(f, target->kid(0));
            break;
        default:
            break;
        }
    }

    static QString exceptStarExit()
    {
        return QStringLiteral("'break', 'continue' and 'return' cannot appear in an except* block");
    }

    // Returns whether the subtree contains await (stopping at nested functions).
    bool visit(Node *n, FunctionInfo *f, int loopDepth)
    {
        if (!n)
            return false;
        bool aw = false;
        switch (n->kind) {
        case NodeKind::FunctionDef:
        case NodeKind::Lambda: {
            for (auto &k : n->kids)
                aw |= visit(k.get(), f, loopDepth);
            for (auto &p : n->func->positional)
                aw |= visit(p.defaultValue.get(), f, loopDepth);
            for (auto &p : n->func->keywordOnly)
                aw |= visit(p.defaultValue.get(), f, loopDepth);
            for (auto &a : n->func->annotations)
                aw |= visit(a.expression.get(), f, loopDepth);
            if (n->kind == NodeKind::FunctionDef && f && !f->locals.contains(n->func->name))
                f->locals << n->func->name;
            checkFunction(*n->func);
            n->hasAwait = aw;
            return aw;
        }
        case NodeKind::ClassDef:
            if (f && !f->locals.contains(n->str))
                f->locals << n->str;
            for (size_t i = 1; i < n->kids.size(); ++i)
                aw |= visit(n->kids[i].get(), f, loopDepth);
            // The class body is its own namespace; methods inside are functions of their own.
            {
                const int savedExceptStar = std::exchange(exceptStarLoops, -1);
                visit(n->kids[0].get(), nullptr, 0);
                exceptStarLoops = savedExceptStar;
            }
            n->hasAwait = aw;
            return aw;
        case NodeKind::Await:
            if (!f || !f->isAsync || f->isLambda)
                throw SyntaxError{QStringLiteral("'await' outside async function"), n->line, n->col, false};
            aw = true;
            break;
        case NodeKind::For:
        case NodeKind::With:
            if (n->ival && (!f || !f->isAsync))
                throw SyntaxError{
                    QStringLiteral("'async %1' outside async function")
                        .arg(n->kind == NodeKind::For ? QStringLiteral("for") : QStringLiteral("with")),
                    n->line, n->col, false};
            aw = n->ival != 0;
            break;
        case NodeKind::Comprehension:
            if (n->ival && (!f || !f->isAsync))
                throw SyntaxError{
                    QStringLiteral("asynchronous comprehension outside of an asynchronous function"), n->line,
                    n->col, false};
            aw = n->ival != 0;
            break;
        case NodeKind::Return:
            if (!f)
                throw SyntaxError{QStringLiteral("'return' outside function"), n->line, n->col, false};
            if (exceptStarLoops >= 0) {
                const Node *at = n->kids.empty() ? n : n->kids[0].get(); // CPython: after the value, at it
                throw SyntaxError{exceptStarExit(), at->line, at->col, false};
            }
            if (f->isAsync && !n->kids.empty())
                valueReturns.push_back(n);
            break;
        case NodeKind::Yield:
        case NodeKind::YieldFrom:
            if (!f)
                throw SyntaxError{QStringLiteral("'yield' outside function"), n->line, n->col, false};
            if (comprehensionDepth > 0)
                throw SyntaxError{QStringLiteral("'yield' inside a comprehension"), n->line, n->col, false};
            if (f->isLambda)
                throw SyntaxError{QStringLiteral("not supported: 'yield' inside a lambda (use a def)"),
                                  n->line, n->col, true};
            if (n->kind == NodeKind::YieldFrom && f->isAsync)
                throw SyntaxError{QStringLiteral("'yield from' inside async function"), n->line, n->col,
                                  false};
            f->isGenerator = true;
            aw = true;
            break;
        case NodeKind::Break:
        case NodeKind::Continue:
            if (loopDepth == 0)
                throw SyntaxError{QStringLiteral("'%1' outside loop")
                                      .arg(n->kind == NodeKind::Break ? QStringLiteral("break")
                                                                      : QStringLiteral("continue")),
                                  n->line, n->col, false};
            if (loopDepth == exceptStarLoops)
                throw SyntaxError{exceptStarExit(), n->line, n->col, false};
            break;
        case NodeKind::Global:
        case NodeKind::Nonlocal:
            if (f) {
                QStringList &list = n->kind == NodeKind::Global ? f->globals : f->nonlocals;
                for (const QString &name : n->names)
                    if (!list.contains(name))
                        list << name;
            } else if (n->kind == NodeKind::Nonlocal) {
                throw SyntaxError{QStringLiteral("nonlocal declaration not allowed at module level"), n->line,
                                  n->col, false};
            }
            break;
        case NodeKind::Assign:
            for (size_t i = 0; i + 1 < n->kids.size(); ++i)
                addBinding(f, n->kids[i].get());
            break;
        case NodeKind::AugAssign:
        case NodeKind::AnnAssign:
        case NodeKind::NamedExpr:
            addBinding(f, n->kid(0));
            break;
        case NodeKind::Delete:
            for (auto &k : n->kids)
                addBinding(f, k.get());
            break;
        case NodeKind::WithItem:
            addBinding(f, n->kid(1));
            break;
        case NodeKind::Match:
            PatternCheck::checkMatch(*n);
            break;
        case NodeKind::MatchCase:
            if (f) {
                QStringList bound;
                patternNames(n->kid(0), bound);
                for (const QString &name : std::as_const(bound))
                    if (!f->locals.contains(name))
                        f->locals << name;
            }
            break;
        case NodeKind::ExceptHandler:
            if (f && !n->str.isEmpty() && !f->locals.contains(n->str))
                f->locals << n->str;
            break;
        case NodeKind::Import:
        case NodeKind::ImportFrom:
            if (f)
                for (int i = 0; i < n->names.size(); ++i) {
                    QString bound = n->asNames.value(i);
                    if (bound.isEmpty())
                        bound = n->kind == NodeKind::Import ? n->names[i].section(u'.', 0, 0) : n->names[i];
                    if (!f->locals.contains(bound))
                        f->locals << bound;
                }
            break;
        default:
            break;
        }
        int innerLoop = loopDepth;
        if (n->kind == NodeKind::Try && n->exceptStar) {
            aw |= visit(n->kid(0), f, loopDepth);
            for (size_t i = 1; i < n->kids.size(); ++i) {
                const int saved = std::exchange(exceptStarLoops, loopDepth);
                aw |= visit(n->kids[i].get(), f, loopDepth);
                exceptStarLoops = saved;
            }
            aw |= visit(n->elseBody.get(), f, loopDepth);
            aw |= visit(n->finallyBody.get(), f, loopDepth);
            n->hasAwait = aw;
            return aw;
        }
        if (n->kind == NodeKind::For) {
            addBinding(f, n->kid(0));
            aw |= visit(n->kid(0), f, loopDepth);
            aw |= visit(n->kid(1), f, loopDepth);
            aw |= visit(n->kid(2), f, loopDepth + 1);
            aw |= visit(n->kid(3), f, loopDepth);
            n->hasAwait = aw;
            return aw;
        }
        if (n->kind == NodeKind::While) {
            aw |= visit(n->kid(0), f, loopDepth);
            aw |= visit(n->kid(1), f, loopDepth + 1);
            aw |= visit(n->kid(2), f, loopDepth);
            n->hasAwait = aw;
            return aw;
        }
        if (n->kind == NodeKind::GeneratorExp) {
            // The first iterable is evaluated where the expression is; the rest runs in the generator, which
            // is an async generator when it awaits or has `async for` (ival = 1).
            ++comprehensionDepth;
            bool inner = visit(n->kid(0), f, 0);
            for (size_t i = 1; i < n->kids.size(); ++i) {
                Node *c = n->kids[i].get();
                bool clause = c->ival != 0;
                for (size_t j = 0; j < c->kids.size(); ++j) {
                    const bool a = visit(c->kids[j].get(), f, 0);
                    if (i == 1 && j == 1)
                        aw |= a;
                    else
                        clause |= a;
                }
                inner |= clause;
            }
            --comprehensionDepth;
            n->ival = inner ? 1 : 0;
            n->hasAwait = aw;
            return aw;
        }
        const bool comprehension =
            n->kind == NodeKind::ListComp || n->kind == NodeKind::SetComp || n->kind == NodeKind::DictComp;
        if (comprehension) {
            innerLoop = 0;
            ++comprehensionDepth;
        }
        for (auto &k : n->kids)
            aw |= visit(k.get(), f, innerLoop);
        if (comprehension)
            --comprehensionDepth;
        aw |= visit(n->elseBody.get(), f, innerLoop);
        aw |= visit(n->finallyBody.get(), f, innerLoop);
        n->hasAwait = aw;
        return aw;
    }

    void checkFunction(FunctionInfo &info)
    {
        for (const auto &p : info.positional)
            info.locals << p.name;
        for (const auto &p : info.keywordOnly)
            info.locals << p.name;
        if (!info.varArgs.isEmpty())
            info.locals << info.varArgs;
        if (!info.varKwargs.isEmpty())
            info.locals << info.varKwargs;
        const int savedComprehensionDepth = std::exchange(comprehensionDepth, 0);
        const int savedExceptStar = std::exchange(exceptStarLoops, -1);
        std::vector<Node *> savedReturns = std::exchange(valueReturns, {});
        visit(info.body.get(), &info, 0);
        comprehensionDepth = savedComprehensionDepth;
        exceptStarLoops = savedExceptStar;
        if (info.isAsync && info.isGenerator && !valueReturns.empty())
            throw SyntaxError{QStringLiteral("'return' with value in async generator"), valueReturns[0]->line,
                              valueReturns[0]->col, false};
        valueReturns = std::move(savedReturns);
        for (const QString &g : std::as_const(info.globals))
            info.locals.removeAll(g);
        for (const QString &g : std::as_const(info.nonlocals))
            info.locals.removeAll(g);
        info.locals.removeDuplicates();
    }
};

} // namespace

Parser::DepthGuard::DepthGuard(Parser &parser)
    : p(parser)
{
    if (++p.m_depth > maxNesting)
        p.fail(QStringLiteral("too deeply nested (more than %1 levels): simplify the expression")
                   .arg(maxNesting));
}

Parser::Parser(std::vector<Token> tokens, int depth, const SourceFile *file)
    : m_toks(std::move(tokens))
    , m_depth(depth)
    , m_file(file)
{
}

namespace {

// How deep a syntax tree may be. Flat chains (`1+1+...`, `f()()...`) are read without nesting but make
// deep trees that every later pass walks recursively; CPython refuses them during compilation too
// (RecursionError from about 3000 terms).
constexpr int MaxTreeDepth = 2500;

// Every node directly below `n`.
template<typename F> void forEachChild(Node *n, F &&f)
{
    for (NodePtr &k : n->kids)
        if (k)
            f(k);
    if (n->elseBody)
        f(n->elseBody);
    if (n->finallyBody)
        f(n->finallyBody);
    if (n->func) {
        if (n->func->body)
            f(n->func->body);
        for (auto *params : {&n->func->positional, &n->func->keywordOnly})
            for (Parameter &p : *params)
                if (p.defaultValue)
                    f(p.defaultValue);
        for (Annotation &a : n->func->annotations)
            f(a.expression);
    }
}

// The first node deeper than MaxTreeDepth, found without recursion; null when there is none.
const Node *tooDeep(Node *root)
{
    std::vector<std::pair<Node *, int>> stack{{root, 1}};
    while (!stack.empty()) {
        Node *n = stack.back().first;
        const int depth = stack.back().second; // not a structured binding: clang 14 cannot capture one
        stack.pop_back();
        if (depth > MaxTreeDepth)
            return n;
        forEachChild(n, [&](NodePtr &k) { stack.emplace_back(k.get(), depth + 1); });
    }
    return nullptr;
}

// Frees a tree of any depth without recursion (unique_ptr's own destructor would recurse).
void releaseIteratively(NodePtr root)
{
    std::vector<NodePtr> pending;
    pending.push_back(std::move(root));
    while (!pending.empty()) {
        NodePtr n = std::move(pending.back());
        pending.pop_back();
        if (n->func && n->func.use_count() > 1)
            n->func.reset(); // shared with someone else: not ours to take apart
        forEachChild(n.get(), [&](NodePtr &k) { pending.push_back(std::move(k)); });
    }
}

} // namespace

NodePtr Parser::parseProgram(const QString &source, const SourceFile *file)
{
    // CPython refuses a NUL anywhere in the source (it would otherwise end the program early, unseen).
    if (const qsizetype nul = source.indexOf(QChar(0)); nul >= 0) {
        const int line = int(QStringView(source).left(nul).count(u'\n')) + 1;
        const qsizetype lineStart = nul == 0 ? 0 : source.lastIndexOf(u'\n', nul - 1) + 1;
        const int col = int(nul - lineStart) + 1;
        throw SyntaxError{QStringLiteral("source code cannot contain null bytes"), line, col};
    }
    Lexer lexer(source);
    Parser p(lexer.tokenize(), 0, file);
    NodePtr module = p.parseModule();
    p.markInternedSetDisplays();
    if (const Node *deep = tooDeep(module.get())) {
        const SyntaxError error{
            QStringLiteral("too deeply nested (more than %1 levels): simplify the expression")
                .arg(MaxTreeDepth),
            deep->line, deep->col};
        releaseIteratively(std::move(module));
        throw error;
    }
    ScopeChecker checker;
    checker.visit(module.get(), nullptr, 0);
    return module;
}

NodePtr Parser::parseExpression(const QString &source, int line, int col, int depth, const SourceFile *file)
{
    Lexer lexer(source, line, col, true);
    Parser p(lexer.tokenize(), depth, file);
    if (p.cur().kind == TokenKind::End)
        p.fail(QStringLiteral("f-string: empty expression not allowed"));
    NodePtr e = p.parseTestList(true);
    if (p.cur().kind != TokenKind::End)
        p.fail(QStringLiteral("f-string: invalid syntax near %1").arg(describeToken(p.cur())));
    return e;
}

const Token &Parser::peekTok(int ahead) const
{
    const size_t p = std::min(m_pos + ahead, m_toks.size() - 1);
    return m_toks[p];
}

bool Parser::isOp(const char *op) const
{
    return cur().kind == TokenKind::Op && cur().text == QLatin1String(op);
}

bool Parser::isKeyword(const char *kw) const
{
    return cur().kind == TokenKind::Name && cur().text == QLatin1String(kw);
}

bool Parser::acceptOp(const char *op)
{
    if (!isOp(op))
        return false;
    ++m_pos;
    return true;
}

bool Parser::acceptKeyword(const char *kw)
{
    if (!isKeyword(kw))
        return false;
    ++m_pos;
    return true;
}

void Parser::expectOp(const char *op, const char *what)
{
    if (!acceptOp(op)) {
        if (what)
            fail(QStringLiteral("expected '%1' %2").arg(QLatin1String(op), QLatin1String(what)));
        fail(QStringLiteral("expected '%1', found %2").arg(QLatin1String(op), describeToken(cur())));
    }
}

void Parser::expectKeyword(const char *kw)
{
    if (!acceptKeyword(kw))
        fail(QStringLiteral("expected '%1', found %2").arg(QLatin1String(kw), describeToken(cur())));
}

QString Parser::expectName()
{
    if (cur().kind != TokenKind::Name || keywords().contains(cur().text))
        fail(QStringLiteral("expected a name, found %1").arg(describeToken(cur())));
    return m_toks[m_pos++].text;
}

void Parser::fail(const QString &message) const
{
    failAt(cur(), message);
}

void Parser::failAt(const Token &tok, const QString &message) const
{
    throw SyntaxError{QStringLiteral("invalid syntax: ") + message, tok.line, tok.col, false};
}

void Parser::unsupported(const Token &tok, const QString &construct) const
{
    throw SyntaxError{QStringLiteral("not supported: ") + construct, tok.line, tok.col, true};
}

NodePtr Parser::make(NodeKind kind, const Token &at) const
{
    return std::make_unique<Node>(kind, at.line, at.col);
}

// ---------------- statements ----------------

NodePtr Parser::parseModule()
{
    auto mod = std::make_unique<Node>(NodeKind::Module, 1, 1);
    m_futureAllowed = true;
    while (cur().kind != TokenKind::End) {
        if (cur().kind == TokenKind::Newline) {
            ++m_pos;
            continue;
        }
        if (cur().kind == TokenKind::Indent)
            fail(QStringLiteral("unexpected indent"));
        parseStatementInto(mod->kids);
        // after a docstring and future imports, no more future imports
        const Node *last = mod->kids.back().get();
        const bool docstring = mod->kids.size() == 1 && last->kind == NodeKind::ExprStmt &&
                               last->kids[0]->kind == NodeKind::StrLit && last->kids[0]->ival == 0;
        const bool future = last->kind == NodeKind::ImportFrom && last->str == u"__future__";
        if (!docstring && !future)
            m_futureAllowed = false;
    }
    return mod;
}

NodePtr Parser::parseBlock()
{
    DepthGuard guard(*this);
    struct BlockDepth
    {
        int &depth;
        explicit BlockDepth(int &d)
            : depth(++d)
        {
        }
        ~BlockDepth() { --depth; }
    } blockDepth{m_blockDepth};
    auto block = make(NodeKind::Block, cur());
    expectOp(":", "to start the block");
    if (cur().kind != TokenKind::Newline) {
        parseSimpleStatements(block->kids);
        return block;
    }
    ++m_pos;
    if (cur().kind != TokenKind::Indent)
        fail(QStringLiteral("expected an indented block"));
    ++m_pos;
    while (cur().kind != TokenKind::Dedent && cur().kind != TokenKind::End)
        parseStatementInto(block->kids);
    if (cur().kind == TokenKind::Dedent)
        ++m_pos;
    return block;
}

void Parser::parseStatementInto(std::vector<NodePtr> &out)
{
    const Token start = cur();
    if (start.kind == TokenKind::Indent)
        fail(QStringLiteral("unexpected indent"));
    if (start.kind == TokenKind::Name) {
        const QString &w = start.text;
        if (w == u"if") {
            out.push_back(parseIf());
            return;
        }
        if (w == u"while") {
            out.push_back(parseWhile());
            return;
        }
        if (w == u"for") {
            ++m_pos;
            out.push_back(parseFor(false, start));
            return;
        }
        if (w == u"try") {
            out.push_back(parseTry());
            return;
        }
        if (w == u"with") {
            ++m_pos;
            out.push_back(parseWith(false, start));
            return;
        }
        if (w == u"def") {
            ++m_pos;
            out.push_back(parseFunctionDef(false, start, {}));
            return;
        }
        if (w == u"class") {
            out.push_back(parseClassDef({}));
            return;
        }
        if (w == u"async") {
            ++m_pos;
            if (acceptKeyword("def"))
                out.push_back(parseFunctionDef(true, start, {}));
            else if (acceptKeyword("for"))
                out.push_back(parseFor(true, start));
            else if (acceptKeyword("with"))
                out.push_back(parseWith(true, start));
            else
                fail(QStringLiteral("expected 'def', 'for' or 'with' after 'async'"));
            return;
        }
        if (w == u"match")
            if (NodePtr match = parseMatch()) {
                out.push_back(std::move(match));
                return;
            }
    }
    if (start.kind == TokenKind::Op && start.text == u"@") {
        std::vector<NodePtr> decorators;
        while (acceptOp("@")) {
            decorators.push_back(parseTest());
            if (cur().kind != TokenKind::Newline)
                fail(QStringLiteral("expected end of line after decorator"));
            ++m_pos;
        }
        const Token defTok = cur();
        if (acceptKeyword("def"))
            out.push_back(parseFunctionDef(false, defTok, std::move(decorators)));
        else if (acceptKeyword("async")) {
            expectKeyword("def");
            out.push_back(parseFunctionDef(true, defTok, std::move(decorators)));
        } else if (isKeyword("class"))
            out.push_back(parseClassDef(std::move(decorators)));
        else
            fail(QStringLiteral("expected 'def' or 'class' after decorators"));
        return;
    }
    parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(std::vector<NodePtr> &out)
{
    while (true) {
        out.push_back(parseSmallStatement());
        if (acceptOp(";")) {
            if (cur().kind == TokenKind::Newline)
                break;
            continue;
        }
        break;
    }
    if (cur().kind == TokenKind::Newline) {
        ++m_pos;
        return;
    }
    if (cur().kind == TokenKind::End || cur().kind == TokenKind::Dedent)
        return;
    fail(QStringLiteral("unexpected %1 after the statement").arg(describeToken(cur())));
}

NodePtr Parser::parseSmallStatement()
{
    const Token start = cur();
    if (start.kind == TokenKind::Name) {
        const QString w = start.text;
        if (w == u"pass" || w == u"break" || w == u"continue") {
            ++m_pos;
            return make(w == u"pass"    ? NodeKind::Pass
                        : w == u"break" ? NodeKind::Break
                                        : NodeKind::Continue,
                        start);
        }
        if (w == u"return") {
            ++m_pos;
            auto n = make(NodeKind::Return, start);
            if (cur().kind != TokenKind::Newline && !isOp(";") && cur().kind != TokenKind::End)
                n->kids.push_back(parseTestListOrYield(true));
            return n;
        }
        if (w == u"raise") {
            ++m_pos;
            auto n = make(NodeKind::Raise, start);
            if (cur().kind != TokenKind::Newline && !isOp(";") && cur().kind != TokenKind::End) {
                n->kids.push_back(parseTest());
                if (acceptKeyword("from"))
                    n->kids.push_back(parseTest());
                else
                    n->kids.push_back(nullptr);
            } else {
                n->kids.push_back(nullptr);
                n->kids.push_back(nullptr);
            }
            return n;
        }
        if (w == u"global" || w == u"nonlocal") {
            ++m_pos;
            auto n = make(w == u"global" ? NodeKind::Global : NodeKind::Nonlocal, start);
            do {
                n->names << expectName();
            } while (acceptOp(","));
            return n;
        }
        if (w == u"assert") {
            ++m_pos;
            auto n = make(NodeKind::Assert, start);
            n->kids.push_back(parseTest());
            n->kids.push_back(acceptOp(",") ? parseTest() : nullptr);
            return n;
        }
        if (w == u"del") {
            ++m_pos;
            auto n = make(NodeKind::Delete, start);
            NodePtr targets = parseTestList(false);
            if (targets->kind == NodeKind::Tuple && !(targets->line == start.line && false)) {
                checkTarget(*targets, true);
                for (auto &k : targets->kids)
                    n->kids.push_back(std::move(k));
            } else {
                checkTarget(*targets, true);
                n->kids.push_back(std::move(targets));
            }
            return n;
        }
        if (w == u"import")
            return parseImport();
        if (w == u"from")
            return parseFromImport();
        if (w == u"class" || w == u"def" || w == u"if" || w == u"for" || w == u"while" || w == u"try" ||
            w == u"with" || w == u"async")
            fail(QStringLiteral("'%1' cannot follow ';' or start a one-line block here").arg(w));
    }
    return parseExpressionStatement();
}

NodePtr Parser::parseYield()
{
    const Token start = cur();
    expectKeyword("yield");
    if (acceptKeyword("from")) {
        auto n = make(NodeKind::YieldFrom, start);
        n->kids.push_back(parseTest());
        return n;
    }
    auto n = make(NodeKind::Yield, start);
    if (cur().kind != TokenKind::Newline && cur().kind != TokenKind::End && !isOp(")") && !isOp(";") &&
        !isOp("=") && !isOp("]") && !isOp("}") && !isOp(","))
        n->kids.push_back(parseTestList(true));
    return n;
}

NodePtr Parser::parseTestListOrYield(bool allowStar)
{
    if (isKeyword("yield"))
        return parseYield();
    return parseTestList(allowStar);
}

NodePtr Parser::parseExpressionStatement()
{
    const Token start = cur();
    NodePtr first = parseTestListOrYield(true);
    if (isOp("=")) {
        auto n = make(NodeKind::Assign, start);
        n->kids.push_back(std::move(first));
        while (acceptOp("=")) {
            n->kids.push_back(parseTestListOrYield(true));
        }
        for (size_t i = 0; i + 1 < n->kids.size(); ++i)
            checkTarget(*n->kids[i]);
        return n;
    }
    if (cur().kind == TokenKind::Op && cur().text.size() >= 2 && cur().text.endsWith(u'=') &&
        cur().text != u"==" && cur().text != u"!=" && cur().text != u"<=" && cur().text != u">=") {
        const QString op = cur().text.chopped(1);
        ++m_pos;
        if (first->kind != NodeKind::Name && first->kind != NodeKind::Attribute &&
            first->kind != NodeKind::Subscript)
            failAt(start, QStringLiteral("'%1' is an illegal expression for augmented assignment")
                              .arg(first->kind == NodeKind::Tuple ? QStringLiteral("tuple")
                                                                  : QStringLiteral("expression")));
        auto n = make(NodeKind::AugAssign, start);
        n->op = opFromSymbol(op);
        n->kids.push_back(std::move(first));
        n->kids.push_back(parseTestListOrYield(false));
        return n;
    }
    if (acceptOp(":")) {
        checkTarget(*first);
        auto n = make(NodeKind::AnnAssign, start);
        n->kids.push_back(std::move(first));
        n->kids.push_back(parseAnnotation());
        if (acceptOp("="))
            n->kids.push_back(parseTestListOrYield(true));
        return n;
    }
    auto n = make(NodeKind::ExprStmt, start);
    if (first->kind == NodeKind::Starred)
        failAt(start, QStringLiteral("can't use starred expression here"));
    n->kids.push_back(std::move(first));
    return n;
}

void Parser::checkTarget(const Node &n, bool del) const
{
    switch (n.kind) {
    case NodeKind::Name:
    case NodeKind::Attribute:
    case NodeKind::Subscript:
        return;
    case NodeKind::Tuple:
    case NodeKind::List:
        for (const auto &k : n.kids)
            checkTarget(*k, del);
        return;
    case NodeKind::Starred:
        if (!del) {
            checkTarget(*n.kids[0], del);
            return;
        }
        break;
    default:
        break;
    }
    QString what = QStringLiteral("expression");
    switch (n.kind) {
    case NodeKind::Call:
        what = QStringLiteral("function call");
        break;
    case NodeKind::IntLit:
    case NodeKind::FloatLit:
    case NodeKind::StrLit:
    case NodeKind::NoneLit:
    case NodeKind::TrueLit:
    case NodeKind::FalseLit:
        what = QStringLiteral("literal");
        break;
    case NodeKind::Await:
        what = QStringLiteral("await expression");
        break;
    default:
        break;
    }
    throw SyntaxError{QStringLiteral("invalid syntax: cannot %1 %2")
                          .arg(del ? QStringLiteral("delete") : QStringLiteral("assign to"), what),
                      n.line, n.col, false};
}

NodePtr Parser::parseIf()
{
    const Token start = cur();
    ++m_pos; // 'if'
    auto n = make(NodeKind::If, start);
    n->kids.push_back(parseTest());
    n->kids.push_back(parseBlock());
    while (acceptKeyword("elif")) {
        n->kids.push_back(parseTest());
        n->kids.push_back(parseBlock());
    }
    if (acceptKeyword("else"))
        n->kids.push_back(parseBlock());
    return n;
}

NodePtr Parser::parseWhile()
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::While, start);
    n->kids.push_back(parseTest());
    n->kids.push_back(parseBlock());
    if (acceptKeyword("else"))
        n->kids.push_back(parseBlock());
    return n;
}

NodePtr Parser::parseFor(bool isAsync, const Token &start)
{
    auto n = make(NodeKind::For, start);
    n->ival = isAsync;
    n->kids.push_back(parseTargetList());
    checkTarget(*n->kids[0]);
    expectKeyword("in");
    n->kids.push_back(markIterated(parseTestList(true)));
    n->kids.push_back(parseBlock());
    if (acceptKeyword("else"))
        n->kids.push_back(parseBlock());
    return n;
}

NodePtr Parser::parseTry()
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::Try, start);
    n->kids.push_back(parseBlock());
    bool sawStar = false, sawPlain = false;
    while (isKeyword("except")) {
        const Token ex = cur();
        ++m_pos;
        const bool star = acceptOp("*");
        (star ? sawStar : sawPlain) = true;
        if (sawStar && sawPlain)
            failAt(ex, QStringLiteral("cannot have both 'except' and 'except*' on the same 'try'"));
        auto h = make(NodeKind::ExceptHandler, ex);
        if (!isOp(":")) {
            h->kids.push_back(parseTest());
            if (acceptKeyword("as"))
                h->str = expectName();
        } else {
            if (star)
                failAt(ex, QStringLiteral("expected an exception type after 'except*'"));
            h->kids.push_back(nullptr);
        }
        h->kids.push_back(parseBlock());
        n->kids.push_back(std::move(h));
    }
    n->exceptStar = sawStar;
    if (acceptKeyword("else")) {
        if (n->kids.size() == 1)
            fail(QStringLiteral("'else' needs an 'except' before it"));
        n->elseBody = parseBlock();
    }
    if (acceptKeyword("finally"))
        n->finallyBody = parseBlock();
    if (n->kids.size() == 1 && !n->finallyBody)
        fail(QStringLiteral("expected 'except' or 'finally' block"));
    return n;
}

NodePtr Parser::parseWithItem()
{
    auto item = make(NodeKind::WithItem, cur());
    item->kids.push_back(parseTest());
    if (acceptKeyword("as")) {
        // one target: in `with a() as x, b() as y` the comma separates items
        NodePtr target = parseBinary(0);
        checkTarget(*target);
        item->kids.push_back(std::move(target));
    } else {
        item->kids.push_back(nullptr);
    }
    return item;
}

NodePtr Parser::parseWith(bool isAsync, const Token &start)
{
    auto n = make(NodeKind::With, start);
    n->ival = isAsync;
    // `with (a() as x, b() as y):` (3.10's parenthesized items), tried first as CPython's grammar does; when
    // the parentheses are followed by anything but the colon they are part of the first item's expression.
    if (isOp("(")) {
        const size_t saved = m_pos;
        std::vector<NodePtr> items;
        try {
            ++m_pos;
            while (!isOp(")")) {
                items.push_back(parseWithItem());
                if (!acceptOp(","))
                    break;
            }
            if (items.empty() || !acceptOp(")") || !isOp(":"))
                items.clear();
        } catch (const SyntaxError &e) {
            if (e.notSupported)
                throw;
            items.clear();
        }
        if (!items.empty()) {
            for (NodePtr &item : items)
                n->kids.push_back(std::move(item));
            n->kids.push_back(parseBlock());
            return n;
        }
        m_pos = saved;
    }
    do
        n->kids.push_back(parseWithItem());
    while (acceptOp(","));
    n->kids.push_back(parseBlock());
    return n;
}

void Parser::parseParameters(FunctionInfo &info, const char *closing, bool allowAnnotations)
{
    // The annotations by kind, put in CPython's order at the end.
    std::vector<Annotation> positional, varArgs, keywordOnly, varKwargs;
    size_t positionalOnly = 0; // how many of `positional` stand before a `/`
    auto annotation = [&](std::vector<Annotation> &into, const QString &name) {
        if (allowAnnotations && acceptOp(":"))
            into.push_back({name, parseAnnotation()});
    };
    bool kwOnly = false;
    bool seenDefault = false;
    QStringList seen;
    auto checkDup = [&](const QString &name, const Token &at) {
        if (seen.contains(name))
            failAt(at, QStringLiteral("duplicate argument '%1' in function definition").arg(name));
        seen << name;
    };
    while (!isOp(closing)) {
        const Token at = cur();
        if (acceptOp("**")) {
            info.varKwargs = expectName();
            checkDup(info.varKwargs, at);
            annotation(varKwargs, info.varKwargs);
            acceptOp(",");
            if (!isOp(closing))
                fail(QStringLiteral("arguments cannot follow **%1").arg(info.varKwargs));
            break;
        }
        if (acceptOp("*")) {
            if (kwOnly)
                failAt(at, QStringLiteral("* argument may appear only once"));
            kwOnly = true;
            if (cur().kind == TokenKind::Name) {
                info.varArgs = expectName();
                checkDup(info.varArgs, at);
                annotation(varArgs, info.varArgs);
            }
        } else if (acceptOp("/")) {
            // positional-only marker: accepted, not enforced (its annotations come after the others')
            positionalOnly = positional.size();
        } else {
            Parameter p;
            p.name = expectName();
            checkDup(p.name, at);
            annotation(kwOnly ? keywordOnly : positional, p.name);
            if (acceptOp("=")) {
                p.defaultValue = parseTest();
                if (!kwOnly)
                    seenDefault = true;
            } else if (seenDefault && !kwOnly) {
                failAt(at, QStringLiteral("non-default argument follows default argument"));
            }
            (kwOnly ? info.keywordOnly : info.positional).push_back(std::move(p));
        }
        if (!acceptOp(","))
            break;
    }
    auto take = [&info](std::vector<Annotation> &from, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            info.annotations.push_back(std::move(from[i]));
    };
    take(positional, positionalOnly, positional.size());
    take(positional, 0, positionalOnly);
    take(varArgs, 0, varArgs.size());
    take(keywordOnly, 0, keywordOnly.size());
    take(varKwargs, 0, varKwargs.size());
}

// How tightly an expression binds, as ast_unparse.c ranks them (higher binds tighter).
static int precedence(const Node &n)
{
    if (n.kind == NodeKind::UnaryOp)
        return n.op == Op::Not ? 3 : 13;
    if (n.kind != NodeKind::BinOp)
        return 16; // atoms, calls, subscripts, attributes
    switch (n.op) {
    case Op::BitOr:
        return 6;
    case Op::BitXor:
        return 7;
    case Op::BitAnd:
        return 8;
    case Op::LShift:
    case Op::RShift:
        return 9;
    case Op::Add:
    case Op::Sub:
        return 10;
    case Op::Pow:
        return 14;
    default:
        return 11; // * @ / // %
    }
}

// What `from __future__ import annotations` keeps of an annotation: the text CPython's compiler writes for it
// (Python/ast_unparse.c) for the expressions annotations are made of; others are refused.
QString Parser::unparse(const Node &n)
{
    auto list = [](const std::vector<NodePtr> &items, size_t from = 0) {
        QStringList parts;
        for (size_t i = from; i < items.size(); ++i)
            parts << unparse(*items[i]);
        return parts.join(QStringLiteral(", "));
    };
    switch (n.kind) {
    case NodeKind::Name:
        return n.str;
    case NodeKind::NoneLit:
        return QStringLiteral("None");
    case NodeKind::TrueLit:
        return QStringLiteral("True");
    case NodeKind::FalseLit:
        return QStringLiteral("False");
    case NodeKind::EllipsisLit:
        return QStringLiteral("...");
    case NodeKind::IntLit:
        return n.str.isEmpty() ? QString::number(n.ival) : n.str;
    case NodeKind::FloatLit:
        return formatFloatRepr(n.fval);
    case NodeKind::StrLit:
        if (n.ival == 0)
            return formatStringRepr(n.str);
        break;
    case NodeKind::Attribute:
        return unparse(*n.kids[0]) + u'.' + n.str;
    case NodeKind::Subscript: {
        const Node &index = *n.kids[1];
        const bool bareTuple = index.kind == NodeKind::Tuple && !index.kids.empty();
        return unparse(*n.kids[0]) + u'[' + (bareTuple ? list(index.kids) : unparse(index)) + u']';
    }
    case NodeKind::Tuple:
        if (n.kids.size() == 1)
            return u'(' + unparse(*n.kids[0]) + QStringLiteral(",)");
        return u'(' + list(n.kids) + u')';
    case NodeKind::List:
        return u'[' + list(n.kids) + u']';
    case NodeKind::Starred:
        return u'*' + unparse(*n.kids[0]);
    case NodeKind::Keyword:
        return n.str + u'=' + unparse(*n.kids[0]);
    case NodeKind::Call:
        return unparse(*n.kids[0]) + u'(' + list(n.kids, 1) + u')';
    case NodeKind::BinOp: {
        // parentheses only where an operand binds less tightly (** groups to the right, the others left)
        const int own = precedence(n);
        auto side = [own, &n](const Node &k, bool right) {
            const QString text = unparse(k);
            const int theirs = precedence(k);
            const bool tighterSide = right != (n.op == Op::Pow);
            if (theirs < own || (theirs == own && tighterSide && k.kind == NodeKind::BinOp))
                return QString(u'(' + text + u')');
            return text;
        };
        return side(*n.kids[0], false) + u' ' + opSymbol(n.op) + u' ' + side(*n.kids[1], true);
    }
    case NodeKind::UnaryOp: {
        const QString operand =
            precedence(*n.kids[0]) < precedence(n) ? u'(' + unparse(*n.kids[0]) + u')' : unparse(*n.kids[0]);
        if (n.op == Op::Not)
            return QStringLiteral("not ") + operand;
        return opSymbol(n.op) + operand;
    }
    default:
        break;
    }
    throw SyntaxError{
        QStringLiteral("not supported: this annotation with 'from __future__ import annotations'"), n.line,
        n.col, true};
}

NodePtr Parser::parseAnnotation()
{
    NodePtr expression = parseTest();
    if (!m_stringAnnotations)
        return expression;
    auto text = std::make_unique<Node>(NodeKind::StrLit, expression->line, expression->col);
    text->str = unparse(*expression);
    return text;
}

NodePtr Parser::parseFunctionDef(bool isAsync, const Token &start, std::vector<NodePtr> decorators)
{
    auto n = make(NodeKind::FunctionDef, start);
    auto info = std::make_shared<FunctionInfo>();
    info->file = m_file;
    info->isAsync = isAsync;
    info->line = start.line;
    info->firstLine = decorators.empty() ? start.line : decorators.front()->line;
    info->name = expectName();
    expectOp("(", "after the function name");
    parseParameters(*info, ")", true);
    expectOp(")", "to close the parameter list");
    if (acceptOp("->"))
        info->annotations.push_back({QStringLiteral("return"), parseAnnotation()});
    info->body = parseBlock();
    n->ival = isAsync;
    n->func = info;
    n->kids = std::move(decorators);
    return n;
}

NodePtr Parser::parseClassDef(std::vector<NodePtr> decorators)
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::ClassDef, start);
    n->str = expectName();
    std::vector<NodePtr> bases;
    if (acceptOp("(")) {
        while (!isOp(")")) {
            if (cur().kind == TokenKind::Name && peekTok().kind == TokenKind::Op && peekTok().text == u"=")
                unsupported(cur(), QStringLiteral("class keyword arguments (metaclass=...)"));
            bases.push_back(parseTest());
            if (!acceptOp(","))
                break;
        }
        expectOp(")", "to close the base class list");
    }
    n->kids.push_back(parseBlock());
    for (auto &b : bases)
        n->kids.push_back(std::move(b));
    // Decorators come last: ival counts them.
    n->ival = int(decorators.size());
    for (auto &d : decorators)
        n->kids.push_back(std::move(d));
    return n;
}

NodePtr Parser::parseImport()
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::Import, start);
    do {
        QString name = expectName();
        while (acceptOp("."))
            name += u'.' + expectName();
        n->names << name;
        n->asNames << (acceptKeyword("as") ? expectName() : QString());
    } while (acceptOp(","));
    return n;
}

NodePtr Parser::parseFromImport()
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::ImportFrom, start);
    if (isOp(".") || isOp("..."))
        unsupported(cur(), QStringLiteral("relative imports"));
    QString module = expectName();
    while (acceptOp("."))
        module += u'.' + expectName();
    n->str = module;
    expectKeyword("import");
    if (isOp("*"))
        unsupported(cur(), QStringLiteral("'from ... import *'"));
    const bool paren = acceptOp("(");
    do {
        if (paren && isOp(")"))
            break;
        n->names << expectName();
        n->asNames << (acceptKeyword("as") ? expectName() : QString());
    } while (acceptOp(","));
    if (paren)
        expectOp(")");
    if (module == u"__future__") {
        // CPython's future.c: every feature is on in 3.11 but `annotations`, which turns them into text
        auto compileError = [](const Token &at, const QString &message) {
            throw SyntaxError{message, at.line, at.col, false};
        };
        if (!m_futureAllowed || m_blockDepth > 0)
            compileError(start,
                         QStringLiteral("from __future__ imports must occur at the beginning of the file"));
        static const QStringList features = {
            QStringLiteral("nested_scopes"),    QStringLiteral("generators"),
            QStringLiteral("division"),         QStringLiteral("absolute_import"),
            QStringLiteral("with_statement"),   QStringLiteral("print_function"),
            QStringLiteral("unicode_literals"), QStringLiteral("barry_as_FLUFL"),
            QStringLiteral("generator_stop"),   QStringLiteral("annotations")};
        for (const QString &feature : std::as_const(n->names)) {
            if (feature == u"braces")
                compileError(start, QStringLiteral("not a chance"));
            if (feature == u"barry_as_FLUFL")
                unsupported(start, QStringLiteral("barry_as_FLUFL"));
            if (!features.contains(feature))
                compileError(start, QStringLiteral("future feature %1 is not defined").arg(feature));
            if (feature == u"annotations")
                m_stringAnnotations = true;
        }
    }
    return n;
}

// ---------------- expressions ----------------

NodePtr Parser::parseTestOrStar()
{
    if (isOp("*")) {
        auto n = make(NodeKind::Starred, cur());
        ++m_pos;
        n->kids.push_back(parseBinary(0));
        return n;
    }
    return parseTest();
}

static bool startsExpression(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Name:
        return !keywords().contains(t.text) || t.text == u"None" || t.text == u"True" || t.text == u"False" ||
               t.text == u"not" || t.text == u"lambda" || t.text == u"await";
    case TokenKind::Int:
    case TokenKind::Float:
    case TokenKind::String:
        return true;
    case TokenKind::Op:
        return t.text == u"(" || t.text == u"[" || t.text == u"{" || t.text == u"-" || t.text == u"+" ||
               t.text == u"~" || t.text == u"*" || t.text == u"...";
    default:
        return false;
    }
}

NodePtr Parser::parseTestList(bool allowStar)
{
    const Token start = cur();
    NodePtr first = allowStar ? parseTestOrStar() : parseTest();
    if (!isOp(","))
        return first;
    auto tuple = make(NodeKind::Tuple, start);
    tuple->kids.push_back(std::move(first));
    while (acceptOp(",")) {
        if (!startsExpression(cur()))
            break;
        tuple->kids.push_back(allowStar ? parseTestOrStar() : parseTest());
    }
    return tuple;
}

NodePtr Parser::parseTargetList()
{
    const Token start = cur();
    auto one = [this]() -> NodePtr {
        if (isOp("*")) {
            auto n = make(NodeKind::Starred, cur());
            ++m_pos;
            n->kids.push_back(parseBinary(0));
            return n;
        }
        return parseBinary(0);
    };
    NodePtr first = one();
    if (!isOp(","))
        return first;
    auto tuple = make(NodeKind::Tuple, start);
    tuple->kids.push_back(std::move(first));
    while (acceptOp(",")) {
        if (isKeyword("in") || isOp("=") || isOp(":"))
            break;
        tuple->kids.push_back(one());
    }
    return tuple;
}

NodePtr Parser::parseTest()
{
    DepthGuard guard(*this);
    if (isKeyword("lambda"))
        return parseLambda();
    const Token start = cur();
    NodePtr cond = parseOrTest();
    if (isOp(":=")) {
        if (cond->kind != NodeKind::Name)
            fail(QStringLiteral("cannot use assignment expressions with this target"));
        ++m_pos;
        auto n = make(NodeKind::NamedExpr, start);
        n->kids.push_back(std::move(cond));
        n->kids.push_back(parseTest());
        return n;
    }
    if (isKeyword("if")) {
        ++m_pos;
        auto n = make(NodeKind::IfExp, start);
        NodePtr test = parseOrTest();
        expectKeyword("else");
        NodePtr orelse = parseTest();
        n->kids.push_back(std::move(cond));
        n->kids.push_back(std::move(test));
        n->kids.push_back(std::move(orelse));
        return n;
    }
    return cond;
}

NodePtr Parser::parseLambda()
{
    const Token start = cur();
    ++m_pos;
    auto n = make(NodeKind::Lambda, start);
    auto info = std::make_shared<FunctionInfo>();
    info->file = m_file;
    info->name = QStringLiteral("<lambda>");
    info->isLambda = true;
    info->line = info->firstLine = start.line;
    parseParameters(*info, ":", false);
    expectOp(":", "after the lambda parameters");
    info->body = parseTest();
    n->func = info;
    return n;
}

NodePtr Parser::parseOrTest()
{
    const Token start = cur();
    NodePtr left = parseAndTest();
    if (!isKeyword("or"))
        return left;
    auto n = make(NodeKind::BoolOp, start);
    n->op = Op::Or;
    n->kids.push_back(std::move(left));
    while (acceptKeyword("or"))
        n->kids.push_back(parseAndTest());
    return n;
}

NodePtr Parser::parseAndTest()
{
    const Token start = cur();
    NodePtr left = parseNotTest();
    if (!isKeyword("and"))
        return left;
    auto n = make(NodeKind::BoolOp, start);
    n->op = Op::And;
    n->kids.push_back(std::move(left));
    while (acceptKeyword("and"))
        n->kids.push_back(parseNotTest());
    return n;
}

NodePtr Parser::parseNotTest()
{
    if (isKeyword("not")) {
        DepthGuard guard(*this);
        auto n = make(NodeKind::UnaryOp, cur());
        ++m_pos;
        n->op = Op::Not;
        n->kids.push_back(parseNotTest());
        return n;
    }
    return parseComparison();
}

NodePtr Parser::parseComparison()
{
    const Token start = cur();
    NodePtr left = parseBinary(0);
    NodePtr cmp;
    while (true) {
        QString op;
        if (cur().kind == TokenKind::Op &&
            (cur().text == u"<" || cur().text == u">" || cur().text == u"==" || cur().text == u"!=" ||
             cur().text == u"<=" || cur().text == u">=")) {
            op = cur().text;
            ++m_pos;
        } else if (isKeyword("in")) {
            op = QStringLiteral("in");
            ++m_pos;
        } else if (isKeyword("not") && peekTok().kind == TokenKind::Name && peekTok().text == u"in") {
            op = QStringLiteral("not in");
            m_pos += 2;
        } else if (isKeyword("is")) {
            ++m_pos;
            op = acceptKeyword("not") ? QStringLiteral("is not") : QStringLiteral("is");
        } else {
            break;
        }
        if (!cmp) {
            cmp = make(NodeKind::Compare, start);
            cmp->kids.push_back(std::move(left));
        }
        cmp->cmpOps.push_back(opFromSymbol(op));
        cmp->kids.push_back(parseBinary(0));
    }
    return cmp ? std::move(cmp) : std::move(left);
}

// Binary operator levels, loosest first: | ^ & <<,>> +,- *,/,//,%
NodePtr Parser::parseBinary(int level)
{
    static const QStringList levels[] = {{QStringLiteral("|")},
                                         {QStringLiteral("^")},
                                         {QStringLiteral("&")},
                                         {QStringLiteral("<<"), QStringLiteral(">>")},
                                         {QStringLiteral("+"), QStringLiteral("-")},
                                         {QStringLiteral("*"), QStringLiteral("/"), QStringLiteral("//"),
                                          QStringLiteral("%"), QStringLiteral("@")}};
    if (level >= 6)
        return parseFactor();
    const Token start = cur();
    NodePtr left = parseBinary(level + 1);
    while (cur().kind == TokenKind::Op && levels[level].contains(cur().text)) {
        const Token opTok = cur();
        ++m_pos;
        auto n = make(NodeKind::BinOp, opTok);
        n->line = start.line;
        n->col = start.col;
        n->op = opFromSymbol(opTok.text);
        n->kids.push_back(std::move(left));
        n->kids.push_back(parseBinary(level + 1));
        left = std::move(n);
    }
    return left;
}

NodePtr Parser::parseFactor()
{
    if (cur().kind == TokenKind::Op && (cur().text == u"-" || cur().text == u"+" || cur().text == u"~")) {
        DepthGuard guard(*this);
        auto n = make(NodeKind::UnaryOp, cur());
        n->op = opFromSymbol(cur().text, true);
        ++m_pos;
        n->kids.push_back(parseFactor());
        // Fold negative literals so that -9223372036854775808 style values and reprs behave.
        if (n->op == Op::USub && n->kids[0]->kind == NodeKind::FloatLit) {
            auto lit = std::move(n->kids[0]);
            lit->fval = -lit->fval;
            lit->line = n->line;
            lit->col = n->col;
            return lit;
        }
        return n;
    }
    return parsePower();
}

NodePtr Parser::parsePower()
{
    // power: await_primary ['**' factor]; await_primary: 'await' primary (CPython's grammar), so
    // `await a ** await b` is (await a) ** (await b).
    const Token start = cur();
    NodePtr base;
    if (isKeyword("await")) {
        DepthGuard guard(*this);
        ++m_pos;
        auto n = make(NodeKind::Await, start);
        n->kids.push_back(parsePrimary());
        base = std::move(n);
    } else {
        base = parsePrimary();
    }
    if (isOp("**")) {
        DepthGuard guard(*this); // `2**2**...` nests to the right
        ++m_pos;
        auto n = make(NodeKind::BinOp, start);
        n->op = Op::Pow;
        n->kids.push_back(std::move(base));
        n->kids.push_back(parseFactor());
        return n;
    }
    return base;
}

NodePtr Parser::parsePrimary()
{
    DepthGuard guard(*this);
    const Token start = cur();
    NodePtr e = parseAtom();
    while (true) {
        if (isOp("(")) {
            const Token at = cur();
            ++m_pos;
            e = parseCallArgs(std::move(e), at);
        } else if (isOp("[")) {
            ++m_pos;
            auto n = make(NodeKind::Subscript, start);
            n->kids.push_back(std::move(e));
            n->kids.push_back(parseSubscript());
            expectOp("]", "to close the subscript");
            e = std::move(n);
        } else if (isOp(".")) {
            ++m_pos;
            auto n = make(NodeKind::Attribute, start);
            n->kids.push_back(std::move(e));
            n->str = expectName();
            e = std::move(n);
        } else {
            return e;
        }
    }
}

NodePtr Parser::parseCallArgs(NodePtr callee, const Token &at)
{
    auto call = make(NodeKind::Call, at);
    call->line = callee->line;
    call->col = callee->col;
    call->kids.push_back(std::move(callee));
    bool sawKeyword = false;
    while (!isOp(")")) {
        const Token argTok = cur();
        if (acceptOp("*")) {
            auto s = make(NodeKind::Starred, argTok);
            s->kids.push_back(parseTest());
            call->kids.push_back(std::move(s));
        } else if (acceptOp("**")) {
            auto s = make(NodeKind::DoubleStar, argTok);
            s->kids.push_back(parseTest());
            call->kids.push_back(std::move(s));
            sawKeyword = true;
        } else if (cur().kind == TokenKind::Name && peekTok().kind == TokenKind::Op &&
                   peekTok().text == u"=") {
            auto k = make(NodeKind::Keyword, argTok);
            k->str = expectName();
            ++m_pos;
            k->kids.push_back(parseTest());
            call->kids.push_back(std::move(k));
            sawKeyword = true;
        } else {
            NodePtr arg = parseTest();
            if (isKeyword("for") || isKeyword("async")) {
                auto g = make(NodeKind::GeneratorExp, argTok);
                g->kids.push_back(std::move(arg));
                parseComprehensions(*g);
                arg = std::move(g);
            } else if (sawKeyword) {
                failAt(argTok, QStringLiteral("positional argument follows keyword argument"));
            }
            call->kids.push_back(std::move(arg));
        }
        if (!acceptOp(","))
            break;
    }
    expectOp(")", "to close the call");
    return call;
}

NodePtr Parser::parseSliceItem()
{
    const Token start = cur();
    NodePtr lower;
    if (!isOp(":"))
        lower = parseTestOrStar();
    if (!isOp(":"))
        return lower;
    auto s = make(NodeKind::Slice, start);
    ++m_pos;
    NodePtr upper, step;
    if (!isOp(":") && !isOp("]") && !isOp(","))
        upper = parseTest();
    if (acceptOp(":")) {
        if (!isOp("]") && !isOp(","))
            step = parseTest();
    }
    s->kids.push_back(std::move(lower));
    s->kids.push_back(std::move(upper));
    s->kids.push_back(std::move(step));
    return s;
}

NodePtr Parser::parseSubscript()
{
    const Token start = cur();
    NodePtr first = parseSliceItem();
    if (!isOp(","))
        return first;
    auto t = make(NodeKind::Tuple, start);
    t->kids.push_back(std::move(first));
    while (acceptOp(",")) {
        if (isOp("]"))
            break;
        t->kids.push_back(parseSliceItem());
    }
    return t;
}

// A set display a loop iterates: CPython's optimiser makes a constant one a frozenset (makeSetDisplay).
NodePtr Parser::markIterated(NodePtr iterable)
{
    if (iterable->kind == NodeKind::Set)
        iterable->ival |= 1;
    return iterable;
}

// Once the whole program is parsed, as CPython's parser has interned every identifier before its compiler
// runs: a set display holding a str constant that meets an equal interned string is built once more by the
// compiler (makeSetDisplay).
void Parser::markInternedSetDisplays()
{
    if (m_setDisplays.empty())
        return;
    QSet<QString> identifiers;
    for (const Token &t : m_toks)
        if (t.kind == TokenKind::Name && !keywords().contains(t.text))
            identifiers.insert(t.text);
    for (Node *display : m_setDisplays)
        for (const auto &k : display->kids)
            if (k->kind == NodeKind::StrLit && k->ival == 0 && internedBeforeCompiling(k->str, identifiers)) {
                display->ival |= 2;
                break;
            }
}

void Parser::parseComprehensions(Node &owner)
{
    while (isKeyword("for") || isKeyword("async")) {
        auto c = make(NodeKind::Comprehension, cur());
        if (acceptKeyword("async"))
            c->ival = 1;
        expectKeyword("for");
        NodePtr target = parseTargetList();
        checkTarget(*target);
        expectKeyword("in");
        c->kids.push_back(std::move(target));
        c->kids.push_back(markIterated(parseOrTest()));
        while (acceptKeyword("if"))
            c->kids.push_back(parseOrTest());
        owner.kids.push_back(std::move(c));
    }
}

NodePtr Parser::parseAtom()
{
    const Token t = cur();
    switch (t.kind) {
    case TokenKind::Int: {
        ++m_pos;
        auto n = make(NodeKind::IntLit, t);
        n->ival = t.ival;
        n->str = t.bigDigits;
        return n;
    }
    case TokenKind::Float: {
        ++m_pos;
        auto n = make(NodeKind::FloatLit, t);
        n->fval = t.fval;
        return n;
    }
    case TokenKind::String:
        return parseStrings();
    case TokenKind::Name: {
        if (t.text == u"None" || t.text == u"True" || t.text == u"False") {
            ++m_pos;
            return make(t.text == u"None"   ? NodeKind::NoneLit
                        : t.text == u"True" ? NodeKind::TrueLit
                                            : NodeKind::FalseLit,
                        t);
        }
        if (t.text == u"yield")
            fail(QStringLiteral("invalid syntax: a 'yield' expression needs parentheses here"));
        if (keywords().contains(t.text))
            fail(QStringLiteral("unexpected keyword '%1'").arg(t.text));
        ++m_pos;
        auto n = make(NodeKind::Name, t);
        n->str = t.text;
        return n;
    }
    case TokenKind::Op:
        break;
    default:
        fail(QStringLiteral("unexpected %1").arg(describeToken(t)));
    }
    if (t.text == u"...") {
        ++m_pos;
        return make(NodeKind::EllipsisLit, t);
    }
    if (t.text == u"(") {
        ++m_pos;
        if (acceptOp(")"))
            return make(NodeKind::Tuple, t);
        if (isKeyword("yield")) {
            NodePtr y = parseYield();
            expectOp(")", "to close the parenthesis");
            return y;
        }
        NodePtr first = parseTestOrStar();
        if (isKeyword("for") || isKeyword("async")) {
            auto g = make(NodeKind::GeneratorExp, t);
            g->kids.push_back(std::move(first));
            parseComprehensions(*g);
            expectOp(")", "to close the generator expression");
            return g;
        }
        if (acceptOp(")")) {
            if (first->kind == NodeKind::Starred)
                failAt(t, QStringLiteral("cannot use starred expression here"));
            return first;
        }
        auto tuple = make(NodeKind::Tuple, t);
        tuple->kids.push_back(std::move(first));
        while (acceptOp(",")) {
            if (isOp(")"))
                break;
            tuple->kids.push_back(parseTestOrStar());
        }
        expectOp(")", "to close the parenthesis");
        return tuple;
    }
    if (t.text == u"[") {
        ++m_pos;
        auto list = make(NodeKind::List, t);
        if (acceptOp("]"))
            return list;
        NodePtr first = parseTestOrStar();
        if (isKeyword("for") || isKeyword("async")) {
            auto c = make(NodeKind::ListComp, t);
            c->kids.push_back(std::move(first));
            parseComprehensions(*c);
            expectOp("]", "to close the list comprehension");
            return c;
        }
        list->kids.push_back(std::move(first));
        while (acceptOp(",")) {
            if (isOp("]"))
                break;
            list->kids.push_back(parseTestOrStar());
        }
        expectOp("]", "to close the list");
        return list;
    }
    if (t.text == u"{") {
        ++m_pos;
        if (acceptOp("}"))
            return make(NodeKind::Dict, t);
        if (isOp("**")) {
            auto d = make(NodeKind::Dict, t);
            while (!isOp("}")) {
                if (acceptOp("**")) {
                    d->kids.push_back(nullptr);
                    d->kids.push_back(parseBinary(0));
                } else {
                    d->kids.push_back(parseTest());
                    expectOp(":", "in the dictionary entry");
                    d->kids.push_back(parseTest());
                }
                if (!acceptOp(","))
                    break;
            }
            expectOp("}", "to close the dictionary");
            return d;
        }
        NodePtr first = parseTestOrStar();
        if (acceptOp(":")) {
            NodePtr value = parseTest();
            if (isKeyword("for") || isKeyword("async")) {
                auto c = make(NodeKind::DictComp, t);
                c->kids.push_back(std::move(first));
                c->kids.push_back(std::move(value));
                parseComprehensions(*c);
                expectOp("}", "to close the dictionary comprehension");
                return c;
            }
            auto d = make(NodeKind::Dict, t);
            d->kids.push_back(std::move(first));
            d->kids.push_back(std::move(value));
            while (acceptOp(",")) {
                if (isOp("}"))
                    break;
                if (acceptOp("**")) {
                    d->kids.push_back(nullptr);
                    d->kids.push_back(parseBinary(0));
                    continue;
                }
                d->kids.push_back(parseTest());
                expectOp(":", "in the dictionary entry");
                d->kids.push_back(parseTest());
            }
            expectOp("}", "to close the dictionary");
            return d;
        }
        if (isKeyword("for") || isKeyword("async")) {
            auto c = make(NodeKind::SetComp, t);
            c->kids.push_back(std::move(first));
            parseComprehensions(*c);
            expectOp("}", "to close the set comprehension");
            return c;
        }
        auto s = make(NodeKind::Set, t);
        m_setDisplays.push_back(s.get());
        s->kids.push_back(std::move(first));
        while (acceptOp(",")) {
            if (isOp("}"))
                break;
            s->kids.push_back(parseTestOrStar());
        }
        expectOp("}", "to close the set");
        return s;
    }
    fail(QStringLiteral("unexpected %1").arg(describeToken(t)));
}

NodePtr Parser::parseStrings()
{
    const Token first = cur();
    std::vector<NodePtr> parts;
    bool anyF = false;
    while (cur().kind == TokenKind::String) {
        const Token t = cur();
        if (t.bytes != first.bytes)
            throw SyntaxError{QStringLiteral("cannot mix bytes and nonbytes literals"), t.line, t.col, false};
        ++m_pos;
        if (t.fstring) {
            anyF = true;
            NodePtr f = parseFString(t, t.text, t.contentLine, t.contentCol);
            for (auto &p : f->kids)
                parts.push_back(std::move(p));
        } else {
            auto s = make(NodeKind::StrLit, t);
            s->str = t.text;
            parts.push_back(std::move(s));
        }
    }
    if (!anyF) {
        auto s = make(NodeKind::StrLit, first);
        s->ival = first.bytes ? 1 : 0; // a bytes literal
        for (auto &p : parts)
            s->str += p->str;
        return s;
    }
    auto f = make(NodeKind::FString, first);
    f->kids = std::move(parts);
    return f;
}

NodePtr Parser::parseFString(const Token &tok, const QString &content, int line, int col)
{
    DepthGuard guard(*this);
    auto f = make(NodeKind::FString, tok);
    QString literal;
    int curLine = line, curCol = col;
    auto flushLiteral = [&]() {
        if (literal.isEmpty())
            return;
        auto s = make(NodeKind::StrLit, tok);
        s->str = tok.raw ? literal : Lexer::decodeEscapes(literal, tok.line, tok.col);
        f->kids.push_back(std::move(s));
        literal.clear();
    };
    auto failHere = [&](const QString &msg) {
        throw SyntaxError{QStringLiteral("invalid syntax: f-string: ") + msg, curLine, curCol, false};
    };
    int i = 0;
    auto step = [&]() {
        if (content.at(i) == u'\n') {
            ++curLine;
            curCol = 1;
        } else {
            ++curCol;
        }
        ++i;
    };
    while (i < content.size()) {
        const QChar c = content.at(i);
        if (c == u'\\' && i + 1 < content.size() && !tok.raw) {
            literal += c;
            step();
            literal += content.at(i);
            step();
            continue;
        }
        if (c == u'}') {
            if (i + 1 < content.size() && content.at(i + 1) == u'}') {
                literal += u'}';
                step();
                step();
                continue;
            }
            failHere(QStringLiteral("single '}' is not allowed"));
        }
        if (c != u'{') {
            literal += c;
            step();
            continue;
        }
        if (i + 1 < content.size() && content.at(i + 1) == u'{') {
            literal += u'{';
            step();
            step();
            continue;
        }
        flushLiteral();
        step(); // '{'
        const int exprLine = curLine, exprCol = curCol;
        const int exprStart = i;
        int depth = 0;
        QChar quote;
        while (i < content.size()) {
            const QChar ch = content.at(i);
            if (!quote.isNull()) {
                if (ch == quote)
                    quote = QChar();
                step();
                continue;
            }
            if (ch == u'\'' || ch == u'"') {
                quote = ch;
                step();
                continue;
            }
            if (ch == u'(' || ch == u'[' || ch == u'{')
                ++depth;
            else if ((ch == u')' || ch == u']' || ch == u'}') && depth > 0)
                --depth;
            else if (depth == 0 && (ch == u'}' || ch == u':'))
                break;
            else if (depth == 0 && ch == u'!' && i + 1 < content.size() && content.at(i + 1) != u'=')
                break;
            else if (depth == 0 && ch == u'=' && i + 1 < content.size()) {
                // `{x=}` debugging form: '=' followed by the end of the field
                const QChar nx = content.at(i + 1);
                const QChar pv = i > exprStart ? content.at(i - 1) : QChar();
                if ((nx == u'}' || nx == u'!' || nx == u':') && pv != u'=' && pv != u'!' && pv != u'<' &&
                    pv != u'>')
                    break;
            }
            step();
        }
        if (i >= content.size())
            failHere(QStringLiteral("expecting '}'"));
        QString exprText = content.mid(exprStart, i - exprStart);
        auto fv = make(NodeKind::FormattedValue, tok);
        fv->line = exprLine;
        fv->col = exprCol;
        if (exprText.trimmed().isEmpty())
            failHere(QStringLiteral("empty expression not allowed"));
        if (content.at(i) == u'=') {
            auto s = make(NodeKind::StrLit, tok);
            s->str = exprText + u'=';
            f->kids.push_back(std::move(s));
            step();
            fv->ival = 'r'; // default conversion for the debugging form
        }
        fv->kids.push_back(parseExpression(exprText, exprLine, exprCol, m_depth, m_file));
        if (i < content.size() && content.at(i) == u'!') {
            step();
            if (i >= content.size() ||
                (content.at(i) != u'r' && content.at(i) != u's' && content.at(i) != u'a'))
                failHere(QStringLiteral("invalid conversion character: expected 's', 'r', or 'a'"));
            fv->ival = content.at(i).unicode();
            step();
        }
        if (i < content.size() && content.at(i) == u':') {
            step();
            const int specStart = i;
            const int specLine = curLine, specCol = curCol;
            int d = 0;
            while (i < content.size()) {
                const QChar ch = content.at(i);
                if (ch == u'{')
                    ++d;
                else if (ch == u'}') {
                    if (d == 0)
                        break;
                    --d;
                }
                step();
            }
            if (i >= content.size())
                failHere(QStringLiteral("expecting '}'"));
            Token specTok = tok;
            specTok.line = specLine;
            specTok.col = specCol;
            fv->kids.push_back(
                parseFString(specTok, content.mid(specStart, i - specStart), specLine, specCol));
        }
        if (i >= content.size() || content.at(i) != u'}')
            failHere(QStringLiteral("expecting '}'"));
        step();
        f->kids.push_back(std::move(fv));
    }
    flushLiteral();
    return f;
}

// ---------------- match statements ----------------

NodePtr Parser::parseMatch()
{
    // A soft keyword: `match x:` followed by a line break starts a match statement, anything else (`match =
    // 3`, `match(x)`, `match[0]: int`) is read again as an expression statement, as CPython's grammar tries
    // both.
    const Token start = cur();
    const size_t saved = m_pos;
    ++m_pos;
    NodePtr subject;
    if (startsExpression(cur())) {
        try {
            subject = parseTestList(true);
        } catch (const SyntaxError &) {
            subject.reset();
        }
    }
    if (!subject || subject->kind == NodeKind::Starred || !isOp(":") ||
        peekTok().kind != TokenKind::Newline) {
        m_pos = saved;
        return nullptr;
    }
    m_pos += 2; // ':' and the line break
    if (cur().kind != TokenKind::Indent)
        fail(QStringLiteral("expected an indented block of 'case' clauses"));
    ++m_pos;
    DepthGuard guard(*this);
    auto n = make(NodeKind::Match, start);
    n->kids.push_back(std::move(subject));
    while (cur().kind != TokenKind::Dedent && cur().kind != TokenKind::End) {
        if (!isKeyword("case"))
            fail(QStringLiteral("expected 'case', found %1").arg(describeToken(cur())));
        n->kids.push_back(parseCase());
    }
    if (cur().kind == TokenKind::Dedent)
        ++m_pos;
    return n;
}

NodePtr Parser::parseCase()
{
    auto c = make(NodeKind::MatchCase, cur());
    ++m_pos; // 'case'
    c->kids.push_back(parseCasePatterns());
    c->kids.push_back(acceptKeyword("if") ? parseTest() : nullptr);
    c->kids.push_back(parseBlock());
    return c;
}

NodePtr Parser::parseCasePatterns()
{
    const Token start = cur();
    NodePtr first = parseMaybeStarPattern();
    if (!isOp(",")) {
        if (first->kind == NodeKind::MatchStar)
            failAt(start, QStringLiteral("a star pattern belongs in a sequence pattern"));
        return first;
    }
    auto seq = make(NodeKind::MatchSequence, start);
    seq->kids.push_back(std::move(first));
    while (acceptOp(",")) {
        if (isOp(":") || isKeyword("if"))
            break;
        seq->kids.push_back(parseMaybeStarPattern());
    }
    return seq;
}

NodePtr Parser::parseMaybeStarPattern()
{
    const Token star = cur();
    if (!acceptOp("*"))
        return parsePattern();
    auto s = make(NodeKind::MatchStar, star);
    if (isKeyword("_"))
        ++m_pos;
    else
        s->str = parseCaptureTarget();
    return s;
}

NodePtr Parser::parsePattern()
{
    DepthGuard guard(*this);
    const Token start = cur();
    NodePtr first = parseClosedPattern();
    if (isOp("|")) {
        auto alternatives = make(NodeKind::MatchOr, start);
        alternatives->kids.push_back(std::move(first));
        while (acceptOp("|"))
            alternatives->kids.push_back(parseClosedPattern());
        first = std::move(alternatives);
    }
    if (!acceptKeyword("as"))
        return first;
    if (isKeyword("_"))
        throw SyntaxError{QStringLiteral("cannot use '_' as a target"), cur().line, cur().col, false};
    auto as = make(NodeKind::MatchAs, start);
    as->str = parseCaptureTarget();
    as->kids.push_back(std::move(first));
    return as;
}

QString Parser::parseCaptureTarget()
{
    if (cur().kind != TokenKind::Name || keywords().contains(cur().text) || isKeyword("_"))
        fail(QStringLiteral("invalid pattern target"));
    const QString name = m_toks[m_pos++].text;
    if (isOp(".") || isOp("(") || isOp("="))
        fail(QStringLiteral("invalid pattern target"));
    return name;
}

NodePtr Parser::parseClosedPattern()
{
    DepthGuard guard(*this);
    const Token t = cur();
    if (t.kind == TokenKind::Op && (t.text == u"(" || t.text == u"[")) {
        ++m_pos;
        const bool square = t.text == u"[";
        const char *close = square ? "]" : ")";
        auto seq = make(NodeKind::MatchSequence, t);
        if (acceptOp(close))
            return seq;
        NodePtr first = parseMaybeStarPattern();
        if (!square && acceptOp(")")) {
            // `(p)` is p itself, a group; `(p,)` is a sequence
            if (first->kind == NodeKind::MatchStar)
                failAt(t, QStringLiteral("a star pattern belongs in a sequence pattern"));
            return first;
        }
        seq->kids.push_back(std::move(first));
        if (!square && !isOp(","))
            fail(QStringLiteral("expected ',' or ')' in the pattern, found %1").arg(describeToken(cur())));
        while (acceptOp(",") && !isOp(close))
            seq->kids.push_back(parseMaybeStarPattern());
        expectOp(close, square ? "to close the sequence pattern" : "to close the pattern");
        return seq;
    }
    if (t.kind == TokenKind::Op && t.text == u"{")
        return parseMappingPattern();
    if (t.kind == TokenKind::Int || t.kind == TokenKind::Float || t.kind == TokenKind::String ||
        (t.kind == TokenKind::Op && t.text == u"-")) {
        auto value = make(NodeKind::MatchValue, t);
        value->kids.push_back(parseLiteralExpression());
        return value;
    }
    if (t.kind == TokenKind::Name) {
        if (t.text == u"None" || t.text == u"True" || t.text == u"False") {
            auto singleton = make(NodeKind::MatchSingleton, t);
            singleton->kids.push_back(parseLiteralExpression());
            return singleton;
        }
        if (t.text == u"_") {
            ++m_pos;
            return make(NodeKind::MatchAs, t); // the wildcard: no pattern, no name
        }
        if (!keywords().contains(t.text)) {
            NodePtr name = parseDottedName();
            if (isOp("("))
                return parseClassPattern(std::move(name), t);
            if (name->kind == NodeKind::Attribute) {
                auto value = make(NodeKind::MatchValue, t);
                value->kids.push_back(std::move(name));
                return value;
            }
            if (isOp("="))
                fail(QStringLiteral("'=' belongs in a class pattern's keyword (Point(x=0))"));
            auto capture = make(NodeKind::MatchAs, t);
            capture->str = name->str;
            return capture;
        }
    }
    fail(QStringLiteral("expected a pattern, found %1").arg(describeToken(t)));
}

NodePtr Parser::parseLiteralExpression()
{
    const Token t = cur();
    if (t.kind == TokenKind::String)
        return parseStrings(); // an f-string is refused by the checks after parsing, as CPython's compiler
                               // does
    if (t.kind == TokenKind::Name && (t.text == u"None" || t.text == u"True" || t.text == u"False"))
        return parseAtom();
    NodePtr number;
    if (acceptOp("-")) {
        if (cur().kind != TokenKind::Int && cur().kind != TokenKind::Float)
            fail(QStringLiteral("expected a number after '-' in the pattern"));
        number = make(NodeKind::UnaryOp, t);
        number->op = Op::USub;
        number->kids.push_back(parseAtom());
    } else if (t.kind == TokenKind::Int || t.kind == TokenKind::Float) {
        number = parseAtom();
    } else {
        fail(QStringLiteral("expected a literal, found %1").arg(describeToken(t)));
    }
    // `1 + 2j` is a complex literal in CPython; complex numbers are refused by the lexer
    if (isOp("+") || isOp("-"))
        fail(QStringLiteral("imaginary number required in complex literal"));
    return number;
}

NodePtr Parser::parseDottedName()
{
    const Token start = cur();
    auto name = make(NodeKind::Name, start);
    name->str = expectName();
    NodePtr result = std::move(name);
    while (acceptOp(".")) {
        auto attribute = make(NodeKind::Attribute, start);
        attribute->str = expectName();
        attribute->kids.push_back(std::move(result));
        result = std::move(attribute);
    }
    return result;
}

NodePtr Parser::parseMappingPattern()
{
    auto mapping = make(NodeKind::MatchMapping, cur());
    ++m_pos; // '{'
    while (!isOp("}")) {
        if (acceptOp("**")) {
            mapping->str = parseCaptureTarget();
            acceptOp(",");
            if (!isOp("}"))
                fail(QStringLiteral("'**%1' must come last in a mapping pattern").arg(mapping->str));
            break;
        }
        const Token k = cur();
        NodePtr key;
        if (k.kind == TokenKind::Name && !(k.text == u"None" || k.text == u"True" || k.text == u"False")) {
            key = parseDottedName();
            if (key->kind != NodeKind::Attribute)
                failAt(k, QStringLiteral("a mapping pattern's keys are literals or dotted names"));
        } else {
            key = parseLiteralExpression();
        }
        expectOp(":", "after the key in the mapping pattern");
        mapping->kids.push_back(std::move(key));
        mapping->kids.push_back(parsePattern());
        if (!acceptOp(","))
            break;
    }
    expectOp("}", "to close the mapping pattern");
    return mapping;
}

NodePtr Parser::parseClassPattern(NodePtr cls, const Token &start)
{
    auto c = make(NodeKind::MatchClass, start);
    ++m_pos; // '('
    c->kids.push_back(std::move(cls));
    std::vector<NodePtr> keywordPatterns;
    while (!isOp(")")) {
        const Token at = cur();
        if (at.kind == TokenKind::Name && peekTok().kind == TokenKind::Op && peekTok().text == u"=") {
            c->names << expectName();
            ++m_pos; // '='
            keywordPatterns.push_back(parsePattern());
        } else {
            NodePtr positional = parsePattern();
            if (!keywordPatterns.empty())
                throw SyntaxError{QStringLiteral("positional patterns follow keyword patterns"), at.line,
                                  at.col, false};
            c->kids.push_back(std::move(positional));
            ++c->ival;
        }
        if (!acceptOp(","))
            break;
    }
    expectOp(")", "to close the class pattern");
    for (NodePtr &k : keywordPatterns)
        c->kids.push_back(std::move(k));
    return c;
}

} // namespace awaitscope::py
