#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace np::storage {

// How patient search reads what was typed, and the text the search index holds. Pure functions:
// no SQL here, so every rule is tested directly.

// What a search box input asks for.
struct SearchRequest {
    enum class Kind {
        Nothing, // no searchable characters, or a date-shaped input that is not a real date
        BirthDate, // "1985-03-02", "02/03/1985" or "02.03.1985" (day first)
        Email, // contains '@' (and does not start with it): the email, by prefix
        Phone, // only digits and phone punctuation, at least MinPhoneDigits digits
        Words, // parts of names or contact details, any order, each a prefix
    };
    Kind kind = Kind::Nothing;
    QDate birthDate;
    QString email;
    QString digits;
    QStringList words;
};

inline constexpr int MinPhoneDigits = 4;

[[nodiscard]] SearchRequest parseSearchText(const QString& text);

// The digits of a phone number as entered: "+1 (555) 123-4567" -> "15551234567".
[[nodiscard]] QString phoneDigits(QStringView phone);

// Splits text into words the way the index tokenizer does (letters, digits and marks; anything
// else separates), after Unicode NFC normalization. Apostrophes join instead: "O'Br" is the word
// "OBr", a prefix of "OBrien", which the index holds for "O'Brien" (see searchNamesText).
[[nodiscard]] QStringList searchWords(const QString& text);

// FTS5 query text. Every word is quoted (inner quotes doubled), so nothing typed can reach the
// query syntax: "AND", "*", "(", '"' are all just text. `column` limits the match to one column.
[[nodiscard]] QString ftsQuoted(QStringView word);
// Every word exactly.
[[nodiscard]] QString ftsExactQuery(const QStringList& words, const QString& column = {});
// Every word as a prefix (an exact word is its own prefix).
[[nodiscard]] QString ftsPrefixQuery(const QStringList& words, const QString& column = {});

// The index's `names` column for a patient: every name, plus apostrophe- and hyphen-joined forms
// ("O'Brien" is also "OBrien") so either spelling is found.
[[nodiscard]] QString searchNamesText(
    const QString& familyName, const QString& givenNames, const QString& preferredName);
// The index's `contact` column: the email's local part (before '@'), and every tail of the phone
// digits at least MinPhoneDigits long, so that a prefix query on them matches any part of the number.
[[nodiscard]] QString searchContactText(const QString& email, const QString& digits);

// Case-, accent- and spacing-insensitive form of a name, for duplicate detection.
[[nodiscard]] QString foldName(const QString& name);

// How well a patient matches the search words, to order the matches of one query. Worked out from
// the patient's own text rather than with FTS5's bm25(): bm25 first counts every phrase's matches
// over the whole index, a millisecond and more per word on 100,000 patients.
struct MatchQuality {
    int exactInNames = 0; // words that are one of the names' words
    int inNames = 0; // words that are a names' word or begin one
    int exactInContact = 0; // words that are one of the contact words
    int nameWords = 0; // how many words the names have: fewer is a closer match
};
// Whether `a` is the better match: more exact name words, then more name words matched, then
// more exact contact words, then fewer name words.
[[nodiscard]] bool betterMatch(const MatchQuality& a, const MatchQuality& b);
// `foldedWords`: the search words, each through foldName(). `names`: the index's names text for the
// patient (searchNamesText()); `contact`: the email's local part and the phone digits.
[[nodiscard]] MatchQuality matchQuality(const QStringList& foldedWords, const QString& names, const QString& contact);

} // namespace np::storage
