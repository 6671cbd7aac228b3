#include "FileScan.h"

#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QUrl>

namespace fileScan {
namespace {

QDirIterator iterate(const QString &root)
{
    return QDirIterator(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
}

} // namespace

QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it = iterate(root);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && bytes.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

int countFiles(const QString &root)
{
    int count = 0;
    QDirIterator it = iterate(root);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QList<QByteArray> secretForms(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return {secret, utf16, secret.toBase64(), secret.toHex(), QUrl::toPercentEncoding(text)};
}

} // namespace fileScan
