#pragma once

#include <QString>

namespace awaitscope::py {

// A problem found while reading the program: a syntax error or a construct outside the supported subset.
struct SyntaxError
{
    QString message; // without the position
    int line = 0;
    int col = 0; // 1-based
    bool notSupported = false;

    // "not supported: <construct> (line L, column C)" or "invalid syntax ... (line L, column C)"
    QString describe() const;
};

} // namespace awaitscope::py
