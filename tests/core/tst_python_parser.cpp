// The Python parser: tree shapes, unsupported constructs, syntax errors with positions, robustness.
#include "python/parser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace awaitscope::py;

namespace {

QString dump(const Node *n);

QString dumpKids(const Node *n)
{
    QStringList parts;
    for (const auto &k : n->kids)
        parts << (k ? dump(k.get()) : QStringLiteral("_"));
    return parts.join(u' ');
}

// A compact s-expression of the tree, enough to see precedence and structure.
QString dump(const Node *n)
{
    switch (n->kind) {
    case NodeKind::Name:
        return n->str;
    case NodeKind::IntLit:
        return QString::number(n->ival);
    case NodeKind::FloatLit:
        return QString::number(n->fval);
    case NodeKind::StrLit:
        return u'\'' + n->str + u'\'';
    case NodeKind::NoneLit:
        return QStringLiteral("None");
    case NodeKind::TrueLit:
        return QStringLiteral("True");
    case NodeKind::FalseLit:
        return QStringLiteral("False");
    case NodeKind::BinOp:
    case NodeKind::UnaryOp:
        return u'(' + opSymbol(n->op) + u' ' + dumpKids(n) + u')';
    case NodeKind::BoolOp:
        return u'(' + opSymbol(n->op) + u' ' + dumpKids(n) + u')';
    case NodeKind::Compare: {
        QString s = u'(' + dump(n->kids[0].get());
        for (size_t i = 0; i < n->cmpOps.size(); ++i)
            s += u' ' + opSymbol(n->cmpOps[i]) + u' ' + dump(n->kids[i + 1].get());
        return s + u')';
    }
    case NodeKind::Call:
        return QStringLiteral("(call ") + dumpKids(n) + u')';
    case NodeKind::Keyword:
        return n->str + u'=' + dump(n->kids[0].get());
    case NodeKind::Attribute:
        return dump(n->kids[0].get()) + u'.' + n->str;
    case NodeKind::Subscript:
        return QStringLiteral("(index ") + dumpKids(n) + u')';
    case NodeKind::Slice:
        return QStringLiteral("(slice ") + dumpKids(n) + u')';
    case NodeKind::Tuple:
        return QStringLiteral("(tuple ") + dumpKids(n) + u')';
    case NodeKind::List:
        return QStringLiteral("(list ") + dumpKids(n) + u')';
    case NodeKind::Dict:
        return QStringLiteral("(dict ") + dumpKids(n) + u')';
    case NodeKind::Set:
        return QStringLiteral("(set ") + dumpKids(n) + u')';
    case NodeKind::Starred:
        return u'*' + dump(n->kids[0].get());
    case NodeKind::Await:
        return QStringLiteral("(await ") + dumpKids(n) + u')';
    case NodeKind::IfExp:
        return QStringLiteral("(ifexp ") + dumpKids(n) + u')';
    case NodeKind::Lambda:
        return QStringLiteral("(lambda ") + dump(n->func->body.get()) + u')';
    case NodeKind::ListComp:
        return QStringLiteral("(listcomp ") + dumpKids(n) + u')';
    case NodeKind::GeneratorExp:
        return QStringLiteral("(genexp ") + dumpKids(n) + u')';
    case NodeKind::Comprehension:
        return QStringLiteral("(for ") + dumpKids(n) + u')';
    case NodeKind::FString:
        return QStringLiteral("(f ") + dumpKids(n) + u')';
    case NodeKind::FormattedValue:
        return QStringLiteral("(fmt ") + dumpKids(n) +
               (n->ival ? QStringLiteral(" !") + QChar(char16_t(n->ival)) : QString()) + u')';
    case NodeKind::Module:
    case NodeKind::Block:
        return dumpKids(n);
    case NodeKind::ExprStmt:
        return dump(n->kids[0].get());
    case NodeKind::Assign:
        return QStringLiteral("(= ") + dumpKids(n) + u')';
    case NodeKind::AugAssign:
        return u'(' + opSymbol(n->op) + QStringLiteral("= ") + dumpKids(n) + u')';
    case NodeKind::FunctionDef:
        return QStringLiteral("(%1def %2 [%3] %4)")
            .arg(n->ival ? QStringLiteral("async ") : QString(), n->func->name, n->func->locals.join(u','),
                 dump(n->func->body.get()));
    case NodeKind::Return:
        return QStringLiteral("(return ") + dumpKids(n) + u')';
    case NodeKind::If:
        return QStringLiteral("(if ") + dumpKids(n) + u')';
    case NodeKind::For:
        return QStringLiteral("(%1for ").arg(n->ival ? QStringLiteral("async ") : QString()) + dumpKids(n) +
               u')';
    case NodeKind::Try:
        return QStringLiteral("(try ") + dumpKids(n) + u')';
    case NodeKind::ExceptHandler:
        return QStringLiteral("(except ") + dumpKids(n) +
               (n->str.isEmpty() ? QString() : QStringLiteral(" as ") + n->str) + u')';
    case NodeKind::Pass:
        return QStringLiteral("pass");
    case NodeKind::Match:
        return QStringLiteral("(match ") + dumpKids(n) + u')';
    case NodeKind::MatchCase:
        return QStringLiteral("(case ") + dump(n->kids[0].get()) +
               (n->kids[1] ? QStringLiteral(" if ") + dump(n->kids[1].get()) : QString()) + u' ' +
               dump(n->kids[2].get()) + u')';
    case NodeKind::MatchValue:
    case NodeKind::MatchSingleton:
        return dump(n->kids[0].get());
    case NodeKind::MatchAs:
        if (n->kids.empty())
            return n->str.isEmpty() ? QStringLiteral("_") : n->str;
        return QStringLiteral("(as ") + dump(n->kids[0].get()) + u' ' + n->str + u')';
    case NodeKind::MatchStar:
        return u'*' + (n->str.isEmpty() ? QStringLiteral("_") : n->str);
    case NodeKind::MatchSequence:
        return QStringLiteral("[") + dumpKids(n) + u']';
    case NodeKind::MatchOr:
        return QStringLiteral("(| ") + dumpKids(n) + u')';
    case NodeKind::MatchMapping:
        return QStringLiteral("{") + dumpKids(n) +
               (n->str.isEmpty() ? QString() : QStringLiteral(" **") + n->str) + u'}';
    case NodeKind::MatchClass: {
        QStringList parts{dump(n->kids[0].get())};
        for (size_t i = 1; i < n->kids.size(); ++i) {
            const qsizetype keyword = qsizetype(i) - 1 - qsizetype(n->ival);
            parts << (keyword >= 0 ? n->names[keyword] + u'=' : QString()) + dump(n->kids[i].get());
        }
        return QStringLiteral("(class ") + parts.join(u' ') + u')';
    }
    default:
        return QStringLiteral("?");
    }
}

QString parse(const QString &src)
{
    return dump(Parser::parseProgram(src).get());
}

} // namespace

class TestPythonParser : public QObject
{
    Q_OBJECT

private slots:
    void trees_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tree");
        QTest::newRow("precedence") << QStringLiteral("1 + 2 * 3 ** -4")
                                    << QStringLiteral("(+ 1 (* 2 (** 3 (- 4))))");
        QTest::newRow("chained comparison")
            << QStringLiteral("a < b <= c != d") << QStringLiteral("(a < b <= c != d)");
        QTest::newRow("not in / is not") << QStringLiteral("a not in b and c is not None")
                                         << QStringLiteral("(and (a not in b) (c is not None))");
        QTest::newRow("conditional expression")
            << QStringLiteral("x if c else y") << QStringLiteral("(ifexp x c y)");
        QTest::newRow("call with keywords and stars")
            << QStringLiteral("f(a, *b, k=1, **d)") << QStringLiteral("(call f a *b k=1 ?)");
        QTest::newRow("attribute and subscript chain")
            << QStringLiteral("a.b[1:2].c(3)") << QStringLiteral("(call (index a.b (slice 1 2 _)).c 3)");
        QTest::newRow("tuple without parentheses")
            << QStringLiteral("x, y = y, x") << QStringLiteral("(= (tuple x y) (tuple y x))");
        QTest::newRow("starred target")
            << QStringLiteral("a, *b = c") << QStringLiteral("(= (tuple a *b) c)");
        QTest::newRow("list comprehension with condition")
            << QStringLiteral("[x for x in y if x]") << QStringLiteral("(listcomp x (for x y x))");
        QTest::newRow("await inside a comprehension")
            << QStringLiteral("async def f():\n    [await t for t in ts]\n")
            << QStringLiteral("(async def f [] (listcomp (await t) (for t ts)))");
        QTest::newRow("f-string with spec and conversion")
            << QStringLiteral("f'a{x:>{w}}b{y!r}'")
            << QStringLiteral("(f 'a' (fmt x (f '>' (fmt w))) 'b' (fmt y !r))");
        QTest::newRow("function locals are collected")
            << QStringLiteral("def f(a, b=1):\n    c = a\n    for d in b: pass\n    return c\n")
            << QStringLiteral("(def f [a,b,c,d] (= c a) (for d b pass) (return c))");
        QTest::newRow("try/except as") << QStringLiteral("try:\n    pass\nexcept (A, B) as e:\n    pass\n")
                                       << QStringLiteral("(try pass (except (tuple A B) pass as e))");
        QTest::newRow("lambda") << QStringLiteral("lambda x, y=2: x + y")
                                << QStringLiteral("(lambda (+ x y))");
        QTest::newRow("augmented assignment")
            << QStringLiteral("a[i] += 1") << QStringLiteral("(+= (index a i) 1)");
        QTest::newRow("matrix multiplication binds as *")
            << QStringLiteral("a + b @ c ** d") << QStringLiteral("(+ a (@ b (** c d)))");
        QTest::newRow("comparison chain")
            << QStringLiteral("a < b is not c not in d") << QStringLiteral("(a < b is not c not in d)");
        QTest::newRow("unary operators") << QStringLiteral("-a + ~b") << QStringLiteral("(+ (- a) (~ b))");
        QTest::newRow("adjacent strings concatenate") << QStringLiteral("'a' 'b'") << QStringLiteral("'ab'");
        QTest::newRow("match statement")
            << QStringLiteral(
                   "match x, y:\n    case [1, *rest] | (2, *rest) if rest:\n        pass\n"
                   "    case {'k': -1.5, a.b: None, **others}:\n        pass\n"
                   "    case Point(0, y=(_ as z)) | m.Point(z, y=_) as w:\n        pass\n    case 'a' 'b':\n"
                   "        pass\n")
            << QStringLiteral("(match (tuple x y) (case (| [1 *rest] [2 *rest]) if rest pass) "
                              "(case {'k' (- 1.5) a.b None **others} pass) "
                              "(case (as (| (class Point 0 y=(as _ z)) (class m.Point z y=_)) w) pass) (case "
                              "'ab' pass))");
        QTest::newRow("an open sequence pattern")
            << QStringLiteral("match x:\n    case 1, *_,:\n        pass\n    case ():\n        pass\n"
                              "    case (a,):\n        pass\n")
            << QStringLiteral("(match x (case [1 *_] pass) (case [] pass) (case [a] pass))");
        QTest::newRow("match and case are names elsewhere")
            << QStringLiteral("match = 1\nmatch(x)\nmatch[0]: int = 3\nmatch.a = case\ncase = match\n")
            << QStringLiteral("(= match 1) (call match x) ? (= match.a case) (= case match)");
        QTest::newRow("names a pattern binds are function locals")
            << QStringLiteral("def f(p):\n    match p:\n        case [a, (1 | 2) as b, *c] | [*c, a, b]:\n"
                              "            pass\n        case {'k': d, **e} if (g := d):\n            pass\n"
                              "        case P(h, k=i) as j:\n            pass\n")
            << QStringLiteral(
                   "(def f [p,a,b,c,d,e,g,h,i,j] (match p (case (| [a (as (| 1 2) b) *c] [*c a b]) pass) "
                   "(case {'k' d **e} if ? pass) (case (as (class P h k=i) j) pass)))");
        QTest::newRow("annotations are ignored")
            << QStringLiteral("async def main() -> None:\n    x: int = 1\n")
            << QStringLiteral("(async def main [x] ?)");
    }
    void trees()
    {
        QFETCH(QString, source);
        QFETCH(QString, tree);
        QCOMPARE(parse(source), tree);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("col");
        QTest::newRow("yield in a lambda")
            << QStringLiteral("f = lambda: (yield 1)\n")
            << QStringLiteral("not supported: 'yield' inside a lambda (use a def)") << 1 << 14;
        QTest::newRow("yield outside function")
            << QStringLiteral("x = 1\nyield x\n") << QStringLiteral("'yield' outside function") << 2 << 1;
        QTest::newRow("yield in a comprehension")
            << QStringLiteral("def g():\n    return [(yield x) for x in 'ab']\n")
            << QStringLiteral("'yield' inside a comprehension") << 2 << 14;
        QTest::newRow("yield from in async def")
            << QStringLiteral("async def g():\n    yield from [1]\n")
            << QStringLiteral("'yield from' inside async function") << 2 << 5;
        QTest::newRow("return value in async generator")
            << QStringLiteral("async def g():\n    yield 1\n    return 2\n")
            << QStringLiteral("'return' with value in async generator") << 3 << 5;
        // CPython 3.11's compile-time errors of match statements, at the positions it gives
        const auto match = [](const char *cases) -> QString {
            return QStringLiteral("match x:\n") + QString::fromLatin1(cases);
        };
        QTest::newRow("name capture makes cases unreachable")
            << match(" case y: pass\n case 2: pass\n")
            << QStringLiteral("name capture 'y' makes remaining patterns unreachable") << 2 << 7;
        QTest::newRow("wildcard makes cases unreachable")
            << match(" case 1:\n  pass\n case _:\n  pass\n case _:\n  pass\n")
            << QStringLiteral("wildcard makes remaining patterns unreachable") << 4 << 7;
        QTest::newRow("a guard allows a capture")
            << match(" case a if a:\n  pass\n case b:\n  pass\n case c:\n  pass\n")
            << QStringLiteral("name capture 'b' makes remaining patterns unreachable") << 4 << 7;
        QTest::newRow("capture inside as")
            << match(" case y as z: pass\n case 2: pass\n")
            << QStringLiteral("name capture 'y' makes remaining patterns unreachable") << 2 << 7;
        QTest::newRow("capture inside a group")
            << match(" case (y): pass\n case 2: pass\n")
            << QStringLiteral("name capture 'y' makes remaining patterns unreachable") << 2 << 8;
        QTest::newRow("capture before another alternative")
            << match(" case 1 | y | 2: pass\n")
            << QStringLiteral("name capture 'y' makes remaining patterns unreachable") << 2 << 11;
        QTest::newRow("wildcard before another alternative")
            << match(" case _ | 2: pass\n") << QStringLiteral("wildcard makes remaining patterns unreachable")
            << 2 << 7;
        QTest::newRow("name bound twice")
            << match(" case [a, a]: pass\n") << QStringLiteral("multiple assignments to name 'a' in pattern")
            << 2 << 11;
        QTest::newRow("name bound twice through as")
            << match(" case (a as b) as a: pass\n")
            << QStringLiteral("multiple assignments to name 'a' in pattern") << 2 << 8;
        QTest::newRow("name bound twice through **rest")
            << match(" case {'a': a, **a}: pass\n")
            << QStringLiteral("multiple assignments to name 'a' in pattern") << 2 << 13;
        QTest::newRow("name bound twice in a class pattern")
            << match(" case P(a, x=a): pass\n")
            << QStringLiteral("multiple assignments to name 'a' in pattern") << 2 << 14;
        QTest::newRow("name bound twice in an alternative")
            << match(" case [x, y] | [x, x]: pass\n")
            << QStringLiteral("multiple assignments to name 'x' in pattern") << 2 << 20;
        QTest::newRow("two stars") << match(" case [a, *b, *_]: pass\n")
                                   << QStringLiteral("multiple starred names in sequence pattern") << 2 << 7;
        QTest::newRow("alternatives bind different names")
            << match(" case (a, 1) | (1, b): pass\n")
            << QStringLiteral("alternative patterns bind different names") << 2 << 20;
        QTest::newRow("alternatives bind more names")
            << match(" case (a, 1) | (1, a, c): pass\n")
            << QStringLiteral("alternative patterns bind different names") << 2 << 23;
        QTest::newRow("duplicate key")
            << match(" case {'a': 1, 'a': 2}: pass\n")
            << QStringLiteral("mapping pattern checks duplicate key ('a')") << 2 << 7;
        QTest::newRow("duplicate key, int and float")
            << match(" case {1: 1, 1.0: 2}: pass\n")
            << QStringLiteral("mapping pattern checks duplicate key (1.0)") << 2 << 7;
        QTest::newRow("duplicate key, int and bool")
            << match(" case {1: _, True: _}: pass\n")
            << QStringLiteral("mapping pattern checks duplicate key (True)") << 2 << 7;
        QTest::newRow("duplicate key, zero and minus zero")
            << match(" case {0: _, -0.0: _}: pass\n")
            << QStringLiteral("mapping pattern checks duplicate key (-0.0)") << 2 << 7;
        QTest::newRow("repeated keyword attribute")
            << match(" case P(x=y, y=x, x=z): pass\n")
            << QStringLiteral("attribute name repeated in class pattern: x") << 2 << 21;
        QTest::newRow("positional after keyword pattern")
            << match(" case P(a=1, 2): pass\n")
            << QStringLiteral("positional patterns follow keyword patterns") << 2 << 14;
        QTest::newRow("as _") << match(" case 1 as _: pass\n") << QStringLiteral("cannot use '_' as a target")
                              << 2 << 12;
        QTest::newRow("f-string pattern")
            << match(" case f'a': pass\n")
            << QStringLiteral("patterns may only match literals and attribute lookups") << 2 << 7;
        QTest::newRow("f-string key")
            << match(" case {f'a': 1}: pass\n")
            << QStringLiteral("mapping pattern keys may only match literals and attribute lookups") << 2 << 7;
        QTest::newRow("capture __debug__")
            << match(" case [*__debug__]: pass\n") << QStringLiteral("cannot assign to __debug__") << 2 << 8;
        QTest::newRow("a lone star pattern")
            << match(" case *a: pass\n")
            << QStringLiteral("invalid syntax: a star pattern belongs in a sequence pattern") << 2 << 7;
        QTest::newRow("no case") << match("    print(1)\n")
                                 << QStringLiteral("invalid syntax: expected 'case', found 'print'") << 2
                                 << 5;
        QTest::newRow("star import") << QStringLiteral("from asyncio import *\n")
                                     << QStringLiteral("not supported: 'from ... import *'") << 1 << 21;
        QTest::newRow("await outside async") << QStringLiteral("def f():\n    await g()\n")
                                             << QStringLiteral("'await' outside async function") << 2 << 5;
        QTest::newRow("await at module level")
            << QStringLiteral("await g()\n") << QStringLiteral("'await' outside async function") << 1 << 1;
        QTest::newRow("async for outside async")
            << QStringLiteral("def f():\n    async for x in y:\n        pass\n")
            << QStringLiteral("'async for' outside async function") << 2 << 5;
        QTest::newRow("return outside function")
            << QStringLiteral("return 1\n") << QStringLiteral("'return' outside function") << 1 << 1;
        QTest::newRow("a future import after another statement")
            << QStringLiteral("import os\nfrom __future__ import annotations\n")
            << QStringLiteral("from __future__ imports must occur at the beginning of the file") << 2 << 1;
        QTest::newRow("a future import inside a def")
            << QStringLiteral("def f():\n    from __future__ import annotations\n")
            << QStringLiteral("from __future__ imports must occur at the beginning of the file") << 2 << 5;
        QTest::newRow("an unknown future feature")
            << QStringLiteral("\"doc\"\nfrom __future__ import annotations, spam\n")
            << QStringLiteral("future feature spam is not defined") << 2 << 1;
        QTest::newRow("future braces")
            << QStringLiteral("from __future__ import braces\n") << QStringLiteral("not a chance") << 1 << 1;
        QTest::newRow("return in an except* handler")
            << QStringLiteral("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
            << QStringLiteral("'break', 'continue' and 'return' cannot appear in an except* block") << 5
            << 16;
        QTest::newRow("continue of an outer loop in an except* handler")
            << QStringLiteral(
                   "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
            << QStringLiteral("'break', 'continue' and 'return' cannot appear in an except* block") << 5 << 9;
        QTest::newRow("break outside loop")
            << QStringLiteral("if x:\n    break\n") << QStringLiteral("'break' outside loop") << 2 << 5;
        QTest::newRow("assign to call")
            << QStringLiteral("f() = 1\n") << QStringLiteral("invalid syntax: cannot assign to function call")
            << 1 << 1;
        QTest::newRow("missing colon")
            << QStringLiteral("if x\n    pass\n")
            << QStringLiteral("invalid syntax: expected ':' to start the block") << 1 << 5;
        QTest::newRow("missing block")
            << QStringLiteral("if x:\npass\n") << QStringLiteral("invalid syntax: expected an indented block")
            << 2 << 1;
        QTest::newRow("unexpected indent") << QStringLiteral("x = 1\n    y = 2\n")
                                           << QStringLiteral("invalid syntax: unexpected indent") << 2 << 1;
        QTest::newRow("default before non-default")
            << QStringLiteral("def f(a=1, b):\n    pass\n")
            << QStringLiteral("invalid syntax: non-default argument follows default argument") << 1 << 12;
        QTest::newRow("positional after keyword")
            << QStringLiteral("f(a=1, 2)\n")
            << QStringLiteral("invalid syntax: positional argument follows keyword argument") << 1 << 8;
        QTest::newRow("f-string empty expression")
            << QStringLiteral("f'{}'\n")
            << QStringLiteral("invalid syntax: f-string: empty expression not allowed") << 1 << 4;
    }
    void errors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, col);
        try {
            Parser::parseProgram(source);
            QFAIL("no error");
        } catch (const SyntaxError &e) {
            QCOMPARE(e.message, message);
            QCOMPARE(e.line, line);
            QCOMPARE(e.col, col);
            QCOMPARE(e.notSupported, message.startsWith(QLatin1String("not supported")));
        }
    }

    // What CPython's compiler accepts in an except* handler: a loop's own break, a nested function's return.
    void exceptStarHandlerMayHoldLoopsAndFunctions()
    {
        Parser::parseProgram(
            QStringLiteral("try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n"));
        Parser::parseProgram(QStringLiteral("def f():\n    try:\n        pass\n    except* ValueError:\n     "
                                            "   def g():\n            return 2\n"));
        Parser::parseProgram(QStringLiteral(
            "def f():\n    try:\n        pass\n    except* ValueError:\n        pass\n    return 1\n"));
    }

    // await takes a primary (CPython's await_primary): `await a ** b` raises the awaited value to b, and
    // `await await x` is a syntax error.
    void awaitBindsTighterThanPower()
    {
        const NodePtr module =
            Parser::parseProgram(QStringLiteral("async def f():\n    return await a ** await b\n"));
        const Node *def = module->kids[0].get();
        QCOMPARE(int(def->kind), int(NodeKind::FunctionDef));
        const Node *ret = def->func->body->kids[0].get();
        QCOMPARE(int(ret->kind), int(NodeKind::Return));
        const Node *power = ret->kids[0].get();
        QCOMPARE(int(power->kind), int(NodeKind::BinOp));
        QCOMPARE(int(power->op), int(Op::Pow));
        QCOMPARE(int(power->kids[0]->kind), int(NodeKind::Await));
        QCOMPARE(int(power->kids[1]->kind), int(NodeKind::Await));
        QVERIFY_THROWS_EXCEPTION(SyntaxError,
                                 Parser::parseProgram(QStringLiteral("async def f():\n    await await x\n")));
    }

    void deepNestingIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("parentheses") << QStringLiteral("(") << QStringLiteral(")");
        QTest::newRow("lists") << QStringLiteral("[") << QStringLiteral("]");
        QTest::newRow("unary minus") << QStringLiteral("-") << QString();
        QTest::newRow("not") << QStringLiteral("not ") << QString();
        // `await await x` is no Python (await takes a primary), so nested awaits need parentheses
        QTest::newRow("await") << QStringLiteral("await (") << QStringLiteral(")");
    }
    void deepNestingIsAnErrorNotACrash()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const QString src = open.repeated(100000) + u'1' + close.repeated(100000) + u'\n';
        try {
            Parser::parseProgram(src);
            QFAIL("no error");
        } catch (const SyntaxError &e) {
            QVERIFY2(e.message.contains(QLatin1String("too deeply nested")), qPrintable(e.message));
        }
    }

    // Long flat chains nest nothing but make a deep tree: refused with the same words (CPython raises
    // RecursionError during compilation from about 3000 terms); a chain of 1000 terms still works.
    void longFlatChainsAreAnErrorNotACrash_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("refused");
        auto chain = [](const QString &first, const QString &link, int n) {
            QString s = first;
            for (int i = 1; i < n; ++i)
                s += link;
            return s;
        };
        QTest::newRow("1+1+... 40000")
            << QStringLiteral("x = ") + chain(QStringLiteral("1"), QStringLiteral("+1"), 40000) << true;
        QTest::newRow("f()()... 20000") << QStringLiteral("f") + QStringLiteral("()").repeated(20000) << true;
        QTest::newRow("2**2**... 100000")
            << chain(QStringLiteral("2"), QStringLiteral("**2"), 100000) << true;
        QTest::newRow("a.b.c... 40000") << QStringLiteral("a") + QStringLiteral(".b").repeated(40000) << true;
        QTest::newRow("1+1+... 1000")
            << QStringLiteral("x = ") + chain(QStringLiteral("1"), QStringLiteral("+1"), 1000) << false;
    }
    void longFlatChainsAreAnErrorNotACrash()
    {
        QFETCH(QString, source);
        QFETCH(bool, refused);
        try {
            Parser::parseProgram(source + u'\n');
            QVERIFY(!refused);
        } catch (const SyntaxError &e) {
            QVERIFY2(refused, qPrintable(e.message));
            QVERIFY2(e.message.contains(QLatin1String("too deeply nested")), qPrintable(e.message));
        }
    }

    void randomInputNeverCrashes()
    {
        // Mutated snippets: every outcome must be a tree or a SyntaxError.
        const QString seed = QStringLiteral(
            "import asyncio\nasync def main(x=1, *a, k, **kw):\n    try:\n        r = [await t for t in ts "
            "if t]\n"
            "    except* (E, F) as e:\n        print(f'{r!r:>{w}}', e)\n    return {1: 2, **d}, {a, *b}\n"
            "asyncio.run(main())\n");
        const QString alphabet = QStringLiteral("()[]{}:,.=*'\"f\\\n #@-+<>!0123456789abcdeifnotawlsyc");
        QRandomGenerator rng(12345);
        int parsed = 0, rejected = 0;
        for (int round = 0; round < 2000; ++round) {
            QString s = seed;
            const int edits = 1 + int(rng.bounded(6));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(int(s.size())));
                const QChar c = alphabet.at(int(rng.bounded(int(alphabet.size()))));
                switch (rng.bounded(3)) {
                case 0:
                    s.insert(pos, c);
                    break;
                case 1:
                    s.remove(pos, 1);
                    break;
                default:
                    s[pos] = c;
                }
            }
            try {
                Parser::parseProgram(s);
                ++parsed;
            } catch (const SyntaxError &e) {
                QVERIFY(e.line >= 1);
                QVERIFY(e.col >= 1);
                ++rejected;
            }
        }
        QVERIFY(parsed > 0);
        QVERIFY(rejected > 0);
    }
};

QTEST_APPLESS_MAIN(TestPythonParser)
#include "tst_python_parser.moc"
