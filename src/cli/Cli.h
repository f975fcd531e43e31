#pragma once

#include <QIODevice>
#include <QStringList>

namespace np::cli {

// Exit codes of needlepoint-cli; part of its stable contract (docs/cli.md).
enum ExitCode : int {
    Success = 0,
    Failure = 1, // usage errors and anything unexpected
    BadInput = 2, // a malformed request or file; stderr names the field and the problem
    RuleRefused = 3, // the rules refuse: a blocked plan
    Conflict = 4,
    DatabaseProblem = 5,
};

struct Io {
    QIODevice& in;
    QIODevice& out;
    QIODevice& err;
};

// Runs one needlepoint-cli invocation. `arguments` starts with the program name.
int run(const QStringList& arguments, Io io);

} // namespace np::cli
