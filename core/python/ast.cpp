#include "ast.h"

#include <array>

namespace awaitscope::py {

namespace {

struct OpInfo
{
    Op op;
    const char16_t *symbol;
    const char *own;
    const char *reflected;
    const char *inplace;
};

// One row per operator, in the enum's order.
constexpr std::array<OpInfo, 30> kOps{{
    {Op::None, u"", nullptr, nullptr, nullptr},
    {Op::Add, u"+", "__add__", "__radd__", "__iadd__"},
    {Op::Sub, u"-", "__sub__", "__rsub__", "__isub__"},
    {Op::Mul, u"*", "__mul__", "__rmul__", "__imul__"},
    {Op::MatMul, u"@", "__matmul__", "__rmatmul__", "__imatmul__"},
    {Op::Div, u"/", "__truediv__", "__rtruediv__", "__itruediv__"},
    {Op::FloorDiv, u"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {Op::Mod, u"%", "__mod__", "__rmod__", "__imod__"},
    {Op::Pow, u"**", "__pow__", "__rpow__", "__ipow__"},
    {Op::LShift, u"<<", "__lshift__", "__rlshift__", "__ilshift__"},
    {Op::RShift, u">>", "__rshift__", "__rrshift__", "__irshift__"},
    {Op::BitOr, u"|", "__or__", "__ror__", "__ior__"},
    {Op::BitXor, u"^", "__xor__", "__rxor__", "__ixor__"},
    {Op::BitAnd, u"&", "__and__", "__rand__", "__iand__"},
    {Op::Invert, u"~", "__invert__", nullptr, nullptr},
    {Op::Not, u"not", nullptr, nullptr, nullptr},
    {Op::UAdd, u"+", "__pos__", nullptr, nullptr},
    {Op::USub, u"-", "__neg__", nullptr, nullptr},
    {Op::Eq, u"==", "__eq__", "__eq__", nullptr},
    {Op::NotEq, u"!=", "__ne__", "__ne__", nullptr},
    {Op::Lt, u"<", "__lt__", "__gt__", nullptr},
    {Op::LtE, u"<=", "__le__", "__ge__", nullptr},
    {Op::Gt, u">", "__gt__", "__lt__", nullptr},
    {Op::GtE, u">=", "__ge__", "__le__", nullptr},
    {Op::Is, u"is", nullptr, nullptr, nullptr},
    {Op::IsNot, u"is not", nullptr, nullptr, nullptr},
    {Op::In, u"in", nullptr, nullptr, nullptr},
    {Op::NotIn, u"not in", nullptr, nullptr, nullptr},
    {Op::And, u"and", nullptr, nullptr, nullptr},
    {Op::Or, u"or", nullptr, nullptr, nullptr},
}};

constexpr bool inEnumOrder()
{
    for (size_t i = 0; i < kOps.size(); ++i)
        if (size_t(kOps[i].op) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "kOps must list the operators in the order of enum class Op");

} // namespace

Op opFromSymbol(QStringView symbol, bool unary)
{
    if (unary) {
        if (symbol == u"+")
            return Op::UAdd;
        if (symbol == u"-")
            return Op::USub;
    }
    for (const OpInfo &info : kOps) {
        if (info.op != Op::None && info.op != Op::UAdd && info.op != Op::USub && symbol == info.symbol)
            return info.op;
    }
    return Op::None;
}

QString opSymbol(Op op)
{
    return QString::fromUtf16(kOps[size_t(op)].symbol);
}

const OpMethods &opMethods(Op op)
{
    static const std::array<OpMethods, kOps.size()> methods = [] {
        std::array<OpMethods, kOps.size()> m;
        auto text = [](const char *s) { return s ? QString::fromLatin1(s) : QString(); };
        for (size_t i = 0; i < kOps.size(); ++i)
            m[i] = {text(kOps[i].own), text(kOps[i].reflected), text(kOps[i].inplace)};
        return m;
    }();
    return methods[size_t(op)];
}

void patternNames(const Node *pattern, QStringList &out)
{
    if (!pattern)
        return;
    switch (pattern->kind) {
    case NodeKind::MatchAs:
        patternNames(pattern->kid(0), out);
        if (!pattern->str.isEmpty())
            out << pattern->str;
        return;
    case NodeKind::MatchStar:
        if (!pattern->str.isEmpty())
            out << pattern->str;
        return;
    case NodeKind::MatchMapping:
        for (size_t i = 1; i < pattern->kids.size(); i += 2)
            patternNames(pattern->kids[i].get(), out);
        if (!pattern->str.isEmpty())
            out << pattern->str;
        return;
    case NodeKind::MatchClass:
        for (size_t i = 1; i < pattern->kids.size(); ++i)
            patternNames(pattern->kids[i].get(), out);
        return;
    case NodeKind::MatchSequence:
        for (const NodePtr &k : pattern->kids)
            patternNames(k.get(), out);
        return;
    case NodeKind::MatchOr: // every alternative binds the same names (checked by the parser)
        patternNames(pattern->kid(0), out);
        return;
    default:
        return;
    }
}

} // namespace awaitscope::py
