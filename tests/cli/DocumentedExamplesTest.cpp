// docs/cli.md shows every command's output by example. This test runs those examples, in order,
// as one clinic's session against one database, and checks that each command prints what the
// documentation says: every key of the documented JSON and no other, the same values, the same
// exit code and message. So the documentation and the program cannot drift apart.
//
// The examples are the ```console blocks of docs/cli.md. In a block:
//   $ needlepoint-cli ARGS            a command (the global options the section names come first)
//   $ needlepoint-cli ARGS <<'EOF'    ... with these lines, up to EOF, on standard input
//   $ cat > FILE <<'EOF'              a file the next commands read
//   any other lines                   the JSON the command prints ("…" stands for a value that
//                                     differs from run to run: a time, a path; as the last item of
//                                     an array, for any further items)
//   exit N: MESSAGE                   the exit code when it is not 0, and the first line of stderr
//     MORE                            (indented, after it) the next lines of stderr
//                                     ("…" in a message: any text, such as a time)
#include "CliTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString Wildcard = u"…"_s;

struct Step {
    int line = 0; // in docs/cli.md, for the failure message
    QString command;
    QByteArray input;
    bool hasInput = false;
    QString expectedOutput;
    int exitCode = 0;
    QStringList messages; // stderr's lines, when exitCode is not 0
};

// `text` matches the documented `pattern`, in which "…" stands for any text.
bool matchesMessage(const QString& text, const QString& pattern)
{
    QStringList parts = pattern.split(Wildcard);
    for (QString& part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression(QRegularExpression::anchoredPattern(parts.join(u".*"_s))).match(text).hasMatch();
}

// Words as a POSIX shell splits them: spaces separate, quotes group and are removed.
QStringList shellWords(const QString& text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u' ') {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

QList<Step> examples(const QString& markdown)
{
    QList<Step> steps;
    bool inBlock = false;
    bool inInput = false;
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (!inBlock) {
            inBlock = line == u"```console";
            continue;
        }
        if (line == u"```" && !inInput) {
            inBlock = false;
            continue;
        }
        if (inInput) {
            if (line == u"EOF")
                inInput = false;
            else
                steps.last().input += line.toUtf8() + '\n';
            continue;
        }
        if (line.startsWith(u"$ ")) {
            Step step;
            step.line = int(i) + 1;
            step.command = line.mid(2);
            if (step.command.endsWith(u"<<'EOF'")) {
                step.command.chop(7);
                step.command = step.command.trimmed();
                step.hasInput = true;
                inInput = true;
            }
            steps.append(step);
            continue;
        }
        REQUIRE_FALSE(steps.isEmpty());
        static const QRegularExpression exit(u"^exit (\\d+):? ?(.*)$"_s);
        if (const auto m = exit.match(line); m.hasMatch()) {
            steps.last().exitCode = m.captured(1).toInt();
            steps.last().messages = {m.captured(2)};
        } else if (steps.last().exitCode != 0 && line.startsWith(u"  ")) {
            steps.last().messages << line.trimmed();
        } else {
            steps.last().expectedOutput += line + u'\n';
        }
    }
    return steps;
}

// Where `actual` differs from `expected`, or nothing.
QString difference(const QJsonValue& expected, const QJsonValue& actual, const QString& path)
{
    if (expected.isString() && expected.toString() == Wildcard)
        return {};
    const QString where = path.isEmpty() ? u"the output"_s : path;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (!a.contains(it.key()))
                return u"%1: documented key \"%2\" is not printed"_s.arg(where, it.key());
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!e.contains(it.key()))
                return u"%1: printed key \"%2\" is not documented"_s.arg(where, it.key());
        for (auto it = e.begin(); it != e.end(); ++it)
            if (QString d = difference(*it, a.value(it.key()), path + u'.' + it.key()); !d.isEmpty())
                return d;
        return {};
    }
    if (expected.isArray() && actual.isArray()) {
        QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        const bool open = !e.isEmpty() && e.last().isString() && e.last().toString() == Wildcard;
        if (open)
            e.removeLast();
        if (open ? a.size() < e.size() : a.size() != e.size())
            return u"%1: %2 items documented, %3 printed"_s.arg(where).arg(e.size()).arg(a.size());
        for (qsizetype i = 0; i < e.size(); ++i)
            if (QString d = difference(e[i], a[i], u"%1[%2]"_s.arg(path).arg(i)); !d.isEmpty())
                return d;
        return {};
    }
    if (expected != actual)
        return u"%1: documented %2, printed %3"_s.arg(where,
            QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact)));
    return {};
}

QJsonValue parsedJson(const QByteArray& text, QString& error)
{
    QJsonParseError e;
    const QJsonDocument document = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError) {
        error = u"%1 at offset %2"_s.arg(e.errorString()).arg(e.offset);
        return {};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

TEST_CASE("every example of docs/cli.md prints what the documentation shows")
{
    const QString docs
        = QString::fromUtf8(np::test::readFile(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/docs/cli.md"_s));
    // "Every example below runs with `--database clinic.db --today ... --user desk`".
    static const QRegularExpression defaultsSentence(u"Every example below\\s+runs with `([^`]+)`"_s);
    const auto defaults = defaultsSentence.match(docs);
    REQUIRE(defaults.hasMatch());
    const QStringList globalOptions = shellWords(defaults.captured(1));
    const QList<Step> steps = examples(docs);
    REQUIRE(steps.size() >= 60);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QFile::link(QStringLiteral(NEEDLEPOINT_SOURCE_DIR) + u"/resources"_s, dir.filePath(u"resources"_s)));
    // The examples name files relative to the folder they run in; the test's own folder comes back
    // whatever happens (a failed REQUIRE leaves the test early).
    struct WorkingFolder {
        QString previous = QDir::currentPath();
        ~WorkingFolder() { QDir::setCurrent(previous); }
    } restore;
    REQUIRE(QDir::setCurrent(dir.path()));

    for (const Step& step : steps) {
        INFO("docs/cli.md:" << step.line << ": $ " << step.command.toStdString());
        const QStringList words = shellWords(step.command);
        REQUIRE_FALSE(words.isEmpty());
        if (words.first() == u"cat") {
            REQUIRE(words.size() == 3);
            REQUIRE(words[1] == u">");
            QFile file(dir.filePath(words[2]));
            REQUIRE(file.open(QIODevice::WriteOnly));
            REQUIRE(file.write(step.input) == step.input.size());
            continue;
        }
        REQUIRE(words.first() == u"needlepoint-cli");
        const np::test::CliOutcome o = np::test::runCli(globalOptions + words.mid(1), step.input);
        INFO("stdout: " << o.out.toStdString() << "\nstderr: " << o.err.toStdString());
        CHECK(o.exitCode == step.exitCode);
        if (step.exitCode != 0) {
            const QStringList lines = o.err.trimmed().split(u'\n');
            CHECK(lines.size() == std::max<qsizetype>(1, step.messages.size()));
            for (qsizetype i = 0; i < step.messages.size() && i < lines.size(); ++i) {
                INFO("stderr line " << i + 1 << ", documented: " << step.messages[i].toStdString());
                CHECK(matchesMessage(lines[i].trimmed(), step.messages[i]));
            }
        }
        if (step.expectedOutput.trimmed().isEmpty()) {
            CHECK(o.out.trimmed().isEmpty());
            continue;
        }
        QString error;
        const QJsonValue expected = parsedJson(step.expectedOutput.toUtf8(), error);
        INFO("the documented JSON: " << error.toStdString());
        REQUIRE(error.isEmpty());
        const QJsonValue actual = parsedJson(o.out, error);
        INFO("the printed JSON: " << error.toStdString());
        REQUIRE(error.isEmpty());
        const QString different = difference(expected, actual, QString());
        INFO(different.toStdString());
        CHECK(different.isEmpty());
    }
}
