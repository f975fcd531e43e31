#include "TemplateStore.h"

#include "DocumentKinds.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace np::print {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
};

} // namespace

TemplateStore::TemplateStore(QString overrideFolder)
    : m_overrideFolder(std::move(overrideFolder))
{ }

QString TemplateStore::kindName(DocumentKind kind)
{
    return namesOf(kind).templateName;
}

QString TemplateStore::fileName(DocumentKind kind, const QString& language, const QString& variant)
{
    const QString name = variant.isEmpty() ? kindName(kind) : u"%1-%2"_s.arg(kindName(kind), variant);
    return u"%1.%2.html"_s.arg(name, language);
}

QString TemplateStore::locate(const QString& fileName) const
{
    if (!m_overrideFolder.isEmpty()) {
        const QString own = QDir(m_overrideFolder).filePath(fileName);
        if (QFile::exists(own))
            return own;
    }
    const QString builtIn = u":/templates/"_s + fileName;
    return QFile::exists(builtIn) ? builtIn : QString();
}

namespace {

Result<QString> readText(const QString& path, const QString& fileName)
{
    if (path.isEmpty())
        return std::unexpected(Problems {{fileName, QString(), Tr::tr("there is no such template")}});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Problems {{path, QString(), Tr::tr("cannot read the template: %1").arg(file.errorString())}});
    return QString::fromUtf8(file.readAll());
}

} // namespace

Result<TemplatePart> TemplateStore::loadPart(const QString& name, const QString& language) const
{
    QString file = u"%1.%2.html"_s.arg(name, language);
    QString path = locate(file);
    if (path.isEmpty()) {
        file = name + u".html"_s;
        path = locate(file);
    }
    auto text = readText(path, file);
    if (!text)
        return std::unexpected(text.error());
    return TemplatePart {file, *text};
}

Result<TemplateFile> TemplateStore::load(DocumentKind kind, const QString& language, const QString& variant) const
{
    TemplateFile t;
    t.name = fileName(kind, language, variant);
    t.language = language;
    t.source = locate(t.name);
    auto text = readText(t.source, t.name);
    if (!text)
        return std::unexpected(text.error());
    t.text = *text;
    const auto version = templateVersion(t.text);
    if (!version)
        return std::unexpected(Problems {{t.source, QString(), missingVersionMessage()}});
    t.version = *version;
    return t;
}

QString missingVersionMessage()
{
    return Tr::tr("the template carries no version: add <meta name=\"template-version\" content=\"1\"> to its head");
}

std::optional<int> templateVersion(const QString& text)
{
    static const QRegularExpression pattern(
        uR"re(<meta\s+name\s*=\s*"template-version"\s+content\s*=\s*"([1-9][0-9]{0,8})"\s*/?>)re"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

} // namespace np::print
