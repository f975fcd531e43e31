#include "SearchText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

constexpr int MaxWords = 16;
constexpr int MaxWordLength = 64;
constexpr int MaxIndexedPhoneDigits = 24;

bool isWordChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return QChar::isLetterOrNumber(c);
    }
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC';
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u2018' || c == u'-' || c == u'\u2010';
}

} // namespace

QString phoneDigits(QStringView phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c >= u'0' && c <= u'9')
            digits += c;
    return digits;
}

QStringList searchWords(const QString& text)
{
    QStringList words;
    QString current;
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_C).toUcs4();
    for (const uint c : codePoints) {
        if (isApostrophe(c))
            continue; // "O'B" is "OB": a prefix of the joined form the index holds
        if (isWordChar(c)) {
            const char32_t codePoint = c;
            current += QString::fromUcs4(&codePoint, 1);
            continue;
        }
        if (!current.isEmpty())
            words << current.left(MaxWordLength);
        current.clear();
    }
    if (!current.isEmpty())
        words << current.left(MaxWordLength);
    return words.mid(0, MaxWords);
}

SearchRequest parseSearchText(const QString& input)
{
    static const QRegularExpression isoDate(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression dayFirstDate(u"^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"_s);
    static const QRegularExpression phone(u"^[0-9\\s+().\\-/]+$"_s);

    const QString text = input.trimmed();
    SearchRequest request;
    if (text.isEmpty())
        return request;
    if (const auto m = isoDate.match(text); m.hasMatch()) {
        request.birthDate = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        request.kind = request.birthDate.isValid() ? SearchRequest::Kind::BirthDate : SearchRequest::Kind::Nothing;
        return request;
    }
    if (const auto m = dayFirstDate.match(text); m.hasMatch()) {
        request.birthDate = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        request.kind = request.birthDate.isValid() ? SearchRequest::Kind::BirthDate : SearchRequest::Kind::Nothing;
        return request;
    }
    if (text.contains(u'@') && !text.startsWith(u'@') && !text.contains(u' ')) {
        request.kind = SearchRequest::Kind::Email;
        request.email = text;
        return request;
    }
    if (phone.match(text).hasMatch()) {
        const QString digits = phoneDigits(text);
        if (digits.size() >= MinPhoneDigits) {
            request.kind = SearchRequest::Kind::Phone;
            request.digits = digits;
            return request;
        }
    }
    request.words = searchWords(text);
    request.kind = request.words.isEmpty() ? SearchRequest::Kind::Nothing : SearchRequest::Kind::Words;
    return request;
}

QString ftsQuoted(QStringView word)
{
    QString quoted = word.toString();
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString ftsExactQuery(const QStringList& words, const QString& column)
{
    QStringList parts;
    for (const QString& w : words)
        parts << ftsQuoted(w);
    const QString body = parts.join(u" AND "_s);
    return column.isEmpty() ? body : column + u" : ("_s + body + u')';
}

QString ftsPrefixQuery(const QStringList& words, const QString& column)
{
    QStringList parts;
    for (const QString& w : words)
        parts << ftsQuoted(w) + u'*';
    const QString body = parts.join(u" AND "_s);
    return column.isEmpty() ? body : column + u" : ("_s + body + u')';
}

QString searchNamesText(const QString& familyName, const QString& givenNames, const QString& preferredName)
{
    QStringList parts {familyName, givenNames, preferredName};
    for (const QString& name : {familyName, givenNames, preferredName}) {
        for (const QString& word : name.split(u' ', Qt::SkipEmptyParts)) {
            if (!std::any_of(word.cbegin(), word.cend(), isJoiner))
                continue;
            QString joined = word;
            joined.removeIf(isJoiner);
            parts << joined;
        }
    }
    parts.removeAll(QString());
    return parts.join(u' ').normalized(QString::NormalizationForm_C);
}

QString searchContactText(const QString& email, const QString& digits)
{
    // One buffer rather than a list joined: an import builds this for every patient.
    QString out;
    // Only the part before '@': the domain ("gmail.com") is shared by so many patients that its
    // words would make every short prefix match nearly everyone. Whole addresses are searched
    // through the email index instead.
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = at < 0 ? QStringView(email) : QStringView(email).first(at);
    const QStringView tail = QStringView(digits).right(MaxIndexedPhoneDigits);
    out.reserve(local.size() + 1 + tail.size() * (tail.size() + 1) / 2 + tail.size());
    const auto append = [&](QStringView part) {
        if (!out.isEmpty())
            out += u' ';
        out += part;
    };
    if (!local.isEmpty())
        append(local);
    if (tail.size() < MinPhoneDigits && !tail.isEmpty())
        append(tail);
    for (qsizetype start = 0; start + MinPhoneDigits <= tail.size(); ++start)
        append(tail.sliced(start));
    if (std::all_of(out.cbegin(), out.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return out; // ASCII is its own NFC form
    return out.normalized(QString::NormalizationForm_C);
}

namespace {

// The words of text already folded (foldName()): letters and digits, anything else separates.
QStringList foldedWords(const QString& folded)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word = i < folded.size() && (folded[i].isLetterOrNumber() || folded[i].isSurrogate());
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            words << folded.mid(start, i - start);
            start = -1;
        }
    }
    return words;
}

} // namespace

bool betterMatch(const MatchQuality& a, const MatchQuality& b)
{
    if (a.exactInNames != b.exactInNames)
        return a.exactInNames > b.exactInNames;
    if (a.inNames != b.inNames)
        return a.inNames > b.inNames;
    if (a.exactInContact != b.exactInContact)
        return a.exactInContact > b.exactInContact;
    return a.nameWords < b.nameWords;
}

MatchQuality matchQuality(const QStringList& words, const QString& names, const QString& contact)
{
    const QStringList nameWords = foldedWords(foldName(names));
    const QStringList contactWords = foldedWords(foldName(contact));
    MatchQuality q;
    q.nameWords = static_cast<int>(nameWords.size());
    for (const QString& w : words) {
        if (nameWords.contains(w))
            ++q.exactInNames;
        if (std::any_of(nameWords.cbegin(), nameWords.cend(), [&](const QString& n) { return n.startsWith(w); }))
            ++q.inNames;
        if (contactWords.contains(w))
            ++q.exactInContact;
    }
    return q;
}

QString foldName(const QString& name)
{
    // Per character, as NFD + dropping non-spacing marks + case folding would, without normalizing
    // the whole string: this runs for every candidate of a search and every row of an import.
    QString folded;
    folded.reserve(name.size());
    bool space = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (c.isSpace()) {
                space = !folded.isEmpty();
                continue;
            }
            if (space)
                folded += u' ';
            space = false;
            folded += (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
            continue;
        }
        if (c.isSpace()) {
            space = !folded.isEmpty();
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (space)
            folded += u' ';
        space = false;
        char32_t base = u;
        if (!c.isSurrogate()) {
            // The first character of the canonical decomposition, down to the base letter.
            for (QString d = QChar::decomposition(base);
                 !d.isEmpty() && QChar::decompositionTag(base) == QChar::Canonical; d = QChar::decomposition(base))
                base = d.front().unicode();
        }
        if (QChar::category(base) == QChar::Mark_NonSpacing)
            continue;
        folded += c.isSurrogate() ? c : QChar(static_cast<char16_t>(QChar::toCaseFolded(base)));
    }
    return folded;
}

} // namespace np::storage
