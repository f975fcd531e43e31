// PatientRepository::search: as-you-type patient search over the FTS5 index `patient_search`.
//
// Matches are collected in tiers, best first: for words, every word exactly in a name; then every
// word as a prefix of a name; then every word as a prefix anywhere (the email's local part, the
// phone digits). Each tier is one FTS5 query that reads at most RankedTierLimit + 1 matches,
// newest patient first, and stops there. Before every tier, the patient whose external reference
// (old system's number) is exactly the text. A tier that fits is ranked (matchQuality(): exact words
// first, then closer names, then alphabetical); a larger one ("m" matches most patients) keeps the
// newest first, so a broad prefix never costs a ranking of tens of thousands of rows. bm25() is not
// used: it counts each phrase over the whole index first, which costs more than the search.
#include "PatientRepository.h"

#include "PatientRows.h"
#include "SearchText.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace np::storage {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
};

constexpr int RankedTierLimit = 300;
constexpr int MaxSearchLimit = 1000;

// One FTS match of a tier small enough to rank.
struct Candidate {
    qint64 id = 0;
    MatchQuality quality;
    bool phoneEndsWith = false;
    QString sortName; // folded family and given names: equal matches in alphabetical order
};

enum class Ranking { Words, Phone };

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

QVariantList idValues(const QList<qint64>& ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values << id;
    return values;
}

class Searcher {
public:
    Searcher(const QSqlDatabase& db, int limit, bool includeArchived)
        : m_db(db)
        , m_limit(limit)
        , m_filter(includeArchived ? QString() : u" AND p.archived = 0"_s)
        , m_what(Tr::tr("the patient search"))
    { }

    // The patient whose number in the clinic's old system is exactly what was typed (ignoring
    // case): one lookup on the unique index, ranked before every other match.
    Result<void> externalRef(const QString& text)
    {
        return idTier(u"SELECT p.id FROM patients p WHERE p.external_ref = ? COLLATE NOCASE AND p.external_ref <> ''"_s
                + m_filter + u" LIMIT ?"_s,
            {text});
    }

    Result<void> birthDate(const QDate& date)
    {
        return idTier(u"SELECT p.id FROM patients p WHERE p.birth_date = ?"_s + m_filter
                + u" ORDER BY p.family_name, p.given_names, p.id LIMIT ?"_s,
            {date.toString(Qt::ISODate)});
    }

    // The exact address first, then addresses that start with what was typed (case-insensitive;
    // a range on the NOCASE email index).
    Result<void> email(const QString& text)
    {
        const QString upper = text + QString::fromUcs4(U"\U0010FFFF", 1);
        return idTier(u"SELECT p.id FROM patients p WHERE p.email COLLATE NOCASE >= ? AND p.email COLLATE NOCASE < ?"_s
                + m_filter + u" ORDER BY p.email = ? COLLATE NOCASE DESC, p.email COLLATE NOCASE, p.id LIMIT ?"_s,
            {text, upper, text});
    }

    // The exact number first (phone_digits index), then numbers holding the digits anywhere: the
    // index holds every tail of each number, so a prefix query on the tails is a substring match.
    // Numbers that end with the digits rank before numbers that merely contain them.
    Result<void> phone(const QString& digits)
    {
        if (auto r
            = idTier(u"SELECT p.id FROM patients p WHERE p.phone_digits = ?"_s + m_filter + u" ORDER BY p.id LIMIT ?"_s,
                {digits});
            !r || full())
            return r;
        m_digits = digits;
        return ftsTier(u"contact : "_s + ftsQuoted(digits) + u'*', Ranking::Phone);
    }

    Result<void> words(const QStringList& words)
    {
        for (const QString& w : words)
            m_foldedWords << foldName(w);
        for (const QString& match :
            {ftsExactQuery(words, u"names"_s), ftsPrefixQuery(words, u"names"_s), ftsPrefixQuery(words)}) {
            if (auto r = ftsTier(match, Ranking::Words); !r || full())
                return r;
        }
        return {};
    }

    // The records of the patients found, in the order found.
    Result<QList<PatientMatch>> matches()
    {
        if (m_ids.isEmpty())
            return QList<PatientMatch>();
        auto q = run(m_db,
            u"SELECT "_s + MatchColumns + u" FROM patients p WHERE p.id IN ("_s + placeholders(m_ids.size()) + u')',
            idValues(m_ids), m_what);
        if (!q)
            return std::unexpected(q.error());
        QHash<qint64, PatientMatch> byId;
        while (q->next()) {
            PatientMatch m = readMatch(*q);
            byId.insert(m.id, std::move(m));
        }
        QList<PatientMatch> out;
        for (const qint64 id : m_ids)
            if (const auto it = byId.constFind(id); it != byId.constEnd())
                out.append(*it);
        return out;
    }

private:
    [[nodiscard]] bool full() const { return m_ids.size() >= m_limit; }

    void take(qint64 id)
    {
        if (!full() && !m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
    }

    // A tier read straight from the patients table: `values`, then the row limit, bound in order.
    Result<void> idTier(const QString& sql, QVariantList values)
    {
        values << m_limit + static_cast<int>(m_seen.size());
        auto q = run(m_db, sql, values, m_what);
        if (!q)
            return std::unexpected(q.error());
        while (!full() && q->next())
            take(q->value(0).toLongLong());
        return {};
    }

    // A tier from the FTS index: its newest RankedTierLimit + 1 matches; ranked when that is all.
    Result<void> ftsTier(const QString& match, Ranking ranking)
    {
        auto q = run(m_db,
            u"SELECT patient_search.rowid FROM patient_search CROSS JOIN patients p ON p.id = patient_search.rowid "
            u"WHERE patient_search MATCH ?"_s
                + m_filter + u" ORDER BY patient_search.rowid DESC LIMIT ?"_s,
            {match, RankedTierLimit + 1}, m_what);
        if (!q)
            return std::unexpected(q.error());
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        if (ids.size() > RankedTierLimit || ids.size() < 2) {
            for (const qint64 id : ids)
                take(id);
            return {};
        }
        auto ranked = rank(ids, ranking);
        if (!ranked)
            return std::unexpected(ranked.error());
        for (const Candidate& c : *ranked)
            take(c.id);
        return {};
    }

    Result<QList<Candidate>> rank(const QList<qint64>& ids, Ranking ranking)
    {
        auto q = run(m_db,
            u"SELECT id, family_name, given_names, preferred_name, email, phone_digits FROM patients WHERE id IN ("_s
                + placeholders(ids.size()) + u')',
            idValues(ids), m_what);
        if (!q)
            return std::unexpected(q.error());
        QList<Candidate> candidates;
        while (q->next()) {
            Candidate c;
            c.id = q->value(0).toLongLong();
            const QString family = q->value(1).toString();
            const QString given = q->value(2).toString();
            const QString digits = q->value(5).toString();
            c.sortName = foldName(family) + u'\x1f' + foldName(given);
            if (ranking == Ranking::Words)
                c.quality = matchQuality(m_foldedWords, searchNamesText(family, given, q->value(3).toString()),
                    q->value(4).toString().section(u'@', 0, 0) + u' ' + digits);
            else
                c.phoneEndsWith = digits.endsWith(m_digits);
            candidates.append(std::move(c));
        }
        std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
            if (ranking == Ranking::Words && betterMatch(a.quality, b.quality))
                return true;
            if (ranking == Ranking::Words && betterMatch(b.quality, a.quality))
                return false;
            if (a.phoneEndsWith != b.phoneEndsWith)
                return a.phoneEndsWith;
            return a.sortName != b.sortName ? a.sortName < b.sortName : a.id < b.id;
        });
        return candidates;
    }

    QSqlDatabase m_db;
    int m_limit;
    QString m_filter;
    QString m_what;
    QStringList m_foldedWords;
    QString m_digits;
    QList<qint64> m_ids;
    QSet<qint64> m_seen;
};

} // namespace

Result<QList<PatientMatch>> PatientRepository::search(const QString& text, int limit, bool includeArchived)
{
    if (limit < 1)
        return fail(StorageError::Kind::Invalid, Tr::tr("limit: must be at least 1, not %1").arg(limit));
    const SearchRequest request = parseSearchText(text);
    Searcher searcher(m_db.connection(), std::min(limit, MaxSearchLimit), includeArchived);
    Result<void> done;
    if (request.kind != SearchRequest::Kind::Nothing)
        if (auto r = searcher.externalRef(text.trimmed()); !r)
            return std::unexpected(r.error());
    switch (request.kind) {
    case SearchRequest::Kind::Nothing:
        break;
    case SearchRequest::Kind::BirthDate:
        done = searcher.birthDate(request.birthDate);
        break;
    case SearchRequest::Kind::Email:
        done = searcher.email(request.email);
        break;
    case SearchRequest::Kind::Phone:
        done = searcher.phone(request.digits);
        break;
    case SearchRequest::Kind::Words:
        done = searcher.words(request.words);
        break;
    }
    if (!done)
        return std::unexpected(done.error());
    return searcher.matches();
}

} // namespace np::storage
