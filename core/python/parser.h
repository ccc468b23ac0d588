#pragma once

#include "ast.h"
#include "lexer.h"

namespace awaitscope::py {

// Recursive-descent parser for the supported Python subset. Throws SyntaxError; never crashes on bad input
// (nesting is bounded, see maxNesting).
class Parser
{
public:
    static constexpr int maxNesting = 150;

    // Parses a whole program; also checks scopes (await outside async def, break outside loop ...).
    // `file`: the module the source is (nullptr = the program itself); its functions remember it.
    static NodePtr parseProgram(const QString &source, const SourceFile *file = nullptr);
    // Parses one expression (used for f-string replacement fields).
    static NodePtr parseExpression(const QString &source, int line, int col, int depth,
                                   const SourceFile *file = nullptr);

private:
    Parser(std::vector<Token> tokens, int depth, const SourceFile *file);

    const Token &cur() const { return m_toks[m_pos]; }
    const Token &peekTok(int ahead = 1) const;
    bool isOp(const char *op) const;
    bool isKeyword(const char *kw) const;
    bool acceptOp(const char *op);
    bool acceptKeyword(const char *kw);
    void expectOp(const char *op, const char *what = nullptr);
    void expectKeyword(const char *kw);
    QString expectName();
    [[noreturn]] void fail(const QString &message) const;
    [[noreturn]] void failAt(const Token &tok, const QString &message) const;
    [[noreturn]] void unsupported(const Token &tok, const QString &construct) const;
    NodePtr make(NodeKind kind, const Token &at) const;

    // statements
    NodePtr parseModule();
    void parseStatementInto(std::vector<NodePtr> &out);
    void parseSimpleStatements(std::vector<NodePtr> &out);
    NodePtr parseSmallStatement();
    NodePtr parseBlock();
    NodePtr parseIf();
    NodePtr parseWhile();
    NodePtr parseFor(bool isAsync, const Token &start);
    NodePtr parseTry();
    NodePtr parseWith(bool isAsync, const Token &start);
    NodePtr parseWithItem();
    NodePtr parseFunctionDef(bool isAsync, const Token &start, std::vector<NodePtr> decorators);
    NodePtr parseClassDef(std::vector<NodePtr> decorators);
    NodePtr parseImport();
    NodePtr parseFromImport();
    NodePtr parseExpressionStatement();
    void parseParameters(FunctionInfo &info, const char *closing, bool allowAnnotations);

    // match statements (`match` and `case` are soft keywords: names everywhere else)
    NodePtr parseMatch(); // nullptr, having read nothing, when `match` starts no match statement here
    NodePtr parseCase();
    NodePtr parseCasePatterns();     // a case's patterns: `case 1, *rest:` is a sequence pattern
    NodePtr parsePattern();          // an or-pattern, maybe `as name`
    NodePtr parseMaybeStarPattern(); // an element of a sequence pattern
    NodePtr parseClosedPattern();
    NodePtr parseMappingPattern();
    NodePtr parseClassPattern(NodePtr cls, const Token &start);
    NodePtr parseLiteralExpression(); // a signed number, strings, None, True or False
    NodePtr parseDottedName();        // name or name.attr.attr ...
    QString parseCaptureTarget();     // the name `as`, `*` and `**` bind

    // expressions
    NodePtr parseTestList(bool allowStar); // may produce a Tuple without parentheses
    NodePtr parseYield();                  // `yield [testlist]` or `yield from test`
    NodePtr parseTestListOrYield(bool allowStar);
    NodePtr parseTest();
    NodePtr parseTestOrStar();
    NodePtr parseOrTest();
    NodePtr parseAndTest();
    NodePtr parseNotTest();
    NodePtr parseComparison();
    NodePtr parseBinary(int level);
    NodePtr parseFactor();
    NodePtr parsePower();
    NodePtr parsePrimary();
    NodePtr parseAtom();
    NodePtr parseStrings();
    NodePtr parseFString(const Token &tok, const QString &content, int line, int col);
    NodePtr parseLambda();
    NodePtr parseCallArgs(NodePtr callee, const Token &at);
    NodePtr parseSubscript();
    NodePtr parseSliceItem();
    NodePtr parseTargetList(); // for-loop / comprehension targets
    void parseComprehensions(Node &owner);
    static NodePtr markIterated(NodePtr iterable);
    void markInternedSetDisplays();
    void checkTarget(const Node &n, bool del = false) const;

    struct DepthGuard
    {
        Parser &p;
        explicit DepthGuard(Parser &parser);
        ~DepthGuard() { --p.m_depth; }
    };

    std::vector<Token> m_toks;
    size_t m_pos = 0;
    int m_depth = 0;
    const SourceFile *m_file = nullptr;
    std::vector<Node *> m_setDisplays; // every set display, for markInternedSetDisplays
    // `from __future__ import ...` may stand only before any other statement of the module (a docstring
    // aside); `annotations` makes every annotation after it the text of its expression.
    bool m_futureAllowed = false;
    bool m_stringAnnotations = false;
    int m_blockDepth = 0;
    NodePtr parseAnnotation();
    static QString unparse(const Node &n); // an annotation's text, as CPython's ast.unparse writes it
};

} // namespace awaitscope::py
