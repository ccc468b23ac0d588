#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace awaitscope::py {

// The operators of BinOp, AugAssign, UnaryOp and Compare nodes: CPython's Python.asdl `operator`, `unaryop`
// and `cmpop`. Evaluating a node switches on one of these instead of comparing its text.
enum class Op : std::uint8_t {
    None,
    // operator
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    // unaryop
    Invert,
    Not,
    UAdd,
    USub,
    // cmpop
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
    // boolop
    And,
    Or,
};

// "+" is Add (UAdd with `unary`), "not in" NotIn; Op::None for text that is no operator.
Op opFromSymbol(QStringView symbol, bool unary = false);
// The operator as Python writes it: "+", "//", "is not", "not".
QString opSymbol(Op op);
// A binary operator's methods: __add__, its reflected __radd__ and in-place __iadd__ (empty for others).
struct OpMethods
{
    QString own;
    QString reflected;
    QString inplace;
};
const OpMethods &opMethods(Op op);

// Kinds of syntax-tree nodes. The meaning of Node::kids for each kind is noted beside it.
enum class NodeKind {
    // Expressions
    Name,           // str = identifier
    IntLit,         // ival; beyond int64_t: str = the digits, ival = their base
    FloatLit,       // fval
    StrLit,         // str; ival = 1 for a bytes literal (one character per byte)
    FString,        // kids = parts: StrLit or FormattedValue
    FormattedValue, // kids[0] = expr, kids[1] = spec (FString) or absent; ival = conversion char or 0
    NoneLit,
    TrueLit,
    FalseLit,
    EllipsisLit,
    Tuple,         // kids = elements (may contain Starred)
    List,          // kids = elements
    Set,           // kids = elements; ival: bit 1 when it is a loop's iterable, bit 2 when one of its str
                   // constants is interned before compiling (makeSetDisplay)
    Dict,          // kids = alternating key, value; a DoubleStar entry has key == nullptr
    Starred,       // kids[0]
    DoubleStar,    // kids[0] (only inside Dict/Call)
    BinOp,         // op, kids[0], kids[1]
    UnaryOp,       // op (USub, UAdd, Invert, Not); kids[0]
    BoolOp,        // op = And/Or; kids = operands
    Compare,       // kids[0] = left, then comparators; cmpOps = their operators
    IfExp,         // kids = body, test, orelse
    Lambda,        // func
    Call,          // kids[0] = callee, then args (Starred/Keyword/DoubleStar/plain)
    Keyword,       // str = name, kids[0] = value
    Attribute,     // kids[0] = object, str = attribute
    Subscript,     // kids[0] = object, kids[1] = index
    Slice,         // kids = lower, upper, step (each may be nullptr)
    Await,         // kids[0]
    Yield,         // kids[0] = value or absent
    YieldFrom,     // kids[0]
    ListComp,      // kids[0] = element, rest = Comprehension
    SetComp,       // kids[0] = element
    DictComp,      // kids[0] = key, kids[1] = value, rest = Comprehension
    GeneratorExp,  // kids[0] = element, rest = Comprehension; ival = 1 if it is an async generator
    Comprehension, // kids[0] = target, kids[1] = iter, rest = conditions; ival = 1 if async
    NamedExpr,     // kids[0] = target Name, kids[1] = value

    // Statements
    Module,      // kids = statements
    ExprStmt,    // kids[0]
    Assign,      // kids = targets..., value (last)
    AugAssign,   // op (Add ...), kids[0] = target, kids[1] = value
    AnnAssign,   // kids[0] = target, kids[1] = annotation, kids[2] = value or absent
    FunctionDef, // func; ival = 1 if async; kids = decorators
    ClassDef,    // str = name; kids[0] = Block body, then bases, then ival decorators
    Return,      // kids[0] or none
    If,    // kids = test, Block body, then (test, Block) per elif, then the else Block if any: flat, so a
           // chain of thousands of elifs nests nothing
    While, // kids = test, Block body, orelse Block or absent
    For,   // ival = 1 if async; kids = target, iter, Block body, orelse Block or absent
    Break,
    Continue,
    Pass,
    Try,           // kids = Block body, ExceptHandler..., then orelse/finally via elseBody/finallyBody
    ExceptHandler, // kids[0] = type expr or nullptr, kids[1] = Block; str = name or empty
    Raise,         // kids[0] = exc or nullptr, kids[1] = cause or nullptr
    With,          // ival = 1 if async; kids = WithItem..., Block body (last)
    WithItem,      // kids[0] = context expr, kids[1] = target or nullptr
    Global,        // names
    Nonlocal,      // names
    Assert,        // kids[0] = test, kids[1] = msg or nullptr
    Delete,        // kids = targets
    Import,        // names = module names, asNames = aliases (empty = none)
    ImportFrom,    // str = module, names, asNames
    Block,         // kids = statements
    Match,         // kids[0] = subject, then MatchCase...
    MatchCase,     // kids = pattern, guard or nullptr, Block body; line/col: the `case` keyword

    // Patterns of a MatchCase, after CPython's Python.asdl `pattern`. Their line and column are CPython's (a
    // parenthesized group is the pattern inside it): the trace's line and the place compile errors point at.
    MatchValue,     // kids[0] = literal, negative number or dotted name; matches what == it
    MatchSingleton, // kids[0] = NoneLit, TrueLit or FalseLit; matches it by identity
    MatchSequence,  // kids = patterns, at most one of them a MatchStar
    MatchStar,      // str = the name `*name` binds; empty for `*_`
    MatchMapping,   // kids = alternating key expression, pattern; str = the `**rest` name or empty
    MatchClass,     // kids[0] = class expression, then ival positional patterns, then one pattern per keyword
                    // attribute in `names`
    MatchAs,        // kids[0] = pattern or absent; str = the name it binds, empty for the wildcard `_`
    MatchOr,        // kids = alternatives
};

struct FunctionInfo;
struct Node;

// The names a pattern binds, in the order CPython stores them (an or-pattern's: its first alternative's).
void patternNames(const Node *pattern, QStringList &out);

// Where a Name node's text was found in a scope the last time it was evaluated (AttrMap::findCached): the
// scope's shape then, and the entry's position (-1: not there). Shapes are never reused, so a slot is right
// exactly while the scope it was filled from keeps its set of names.
struct NameSlot
{
    uint64_t shape = 0;
    int64_t index = -1;
};

struct Node
{
    NodeKind kind;
    int line = 0;
    int col = 0;
    // True if this subtree contains `await`, `async for`, `async with`, `yield` or `yield from` outside
    // nested functions: such subtrees run on the coroutine evaluator, which can suspend.
    bool hasAwait = false;
    QString str;
    int64_t ival = 0;
    double fval = 0;
    std::vector<std::unique_ptr<Node>> kids;
    Op op = Op::None;                  // BinOp, AugAssign, UnaryOp
    std::vector<Op> cmpOps;            // Compare
    QStringList names;                 // Global/Nonlocal/Import, MatchClass keywords
    QStringList asNames;               // Import aliases
    std::unique_ptr<Node> elseBody;    // Try orelse
    std::unique_ptr<Node> finallyBody; // Try finally
    bool exceptStar = false;           // Try with except*
    std::shared_ptr<FunctionInfo> func;
    NameSlot nameSlots[2]; // a Name's lookups: in the frame's locals, and in its globals

    Node(NodeKind k, int l, int c)
        : kind(k)
        , line(l)
        , col(c)
    {
    }
    Node *kid(size_t i) const { return i < kids.size() ? kids[i].get() : nullptr; }
};

using NodePtr = std::unique_ptr<Node>;

struct Parameter
{
    QString name;
    NodePtr defaultValue; // nullptr = required
};

// An annotation of a def: the parameter's name ("return" for the result) and its expression (a string
// literal under `from __future__ import annotations`).
struct Annotation
{
    QString name;
    NodePtr expression;
};

// A file of Python source: the program itself, or a module it imports from its own folder.
struct SourceFile
{
    QString path;      // as tracebacks and reprs show it: relative to the folder it was found in
    QString module;    // the module's dotted name ("util.async_timer")
    QStringList lines; // for the source lines a traceback quotes
};

struct FunctionInfo
{
    QString name; // "<lambda>" for lambdas
    bool isAsync = false;
    bool isLambda = false;
    bool isGenerator = false; // the body contains `yield` (an async generator when isAsync)
    std::vector<Parameter> positional;
    std::vector<Parameter> keywordOnly;
    QString varArgs;   // *args name or empty
    QString varKwargs; // **kwargs name or empty
    // In the order CPython evaluates them: the parameters after the `/`, those before it, *args, the
    // keyword-only ones, **kwargs, the result.
    std::vector<Annotation> annotations;
    NodePtr body; // Block, or the expression of a lambda
    int line = 0;
    int firstLine = 0;                // co_firstlineno (reprs): the first decorator's line, else the def's
    const SourceFile *file = nullptr; // where it is defined; nullptr = the program itself
    // Scope analysis, filled by the parser after the body is read.
    QStringList locals;
    QStringList globals;
    QStringList nonlocals;
};

} // namespace awaitscope::py
