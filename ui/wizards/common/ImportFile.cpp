#include "ImportFile.h"

#include <QFile>
#include <QFileDialog>
#include <QStringDecoder>

namespace dataarts::ui {

namespace {
constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;
}

bool ImportFile::read(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("%1 is larger than %2 MB.").arg(path).arg(kMaxBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a leading byte-order mark
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = tr("%1 is not UTF-8 text.").arg(path);
        return false;
    }
    decoded.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    *text = decoded;
    return true;
}

QFileDialog *ImportFile::dialog(QWidget *parent)
{
    auto *d = new QFileDialog(parent, tr("Import a list"), QString(),
                              tr("CSV or text files (*.csv *.txt);;All files (*)"));
    d->setFileMode(QFileDialog::ExistingFile);
    d->setAttribute(Qt::WA_DeleteOnClose);
    return d;
}

} // namespace dataarts::ui
