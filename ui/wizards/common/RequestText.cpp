#include "RequestText.h"

#include <QUrlQuery>

namespace dataarts::ui {

QString RequestText::format(const QList<RequestPreview> &previews)
{
    QString text;
    for (const RequestPreview &p : previews) {
        text += QString::fromLatin1(p.method) + QLatin1Char(' ') + p.path;
        if (!p.query.isEmpty()) {
            QUrlQuery query;
            query.setQueryItems(p.query);
            text += QLatin1Char('?') + query.toString(QUrl::FullyDecoded);
        }
        text += QLatin1Char('\n');
        if (!p.body.isEmpty())
            text += QString::fromUtf8(p.body) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    return text;
}

QStringList RequestText::bodies(const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('{')) || line.startsWith(QLatin1Char('[')))
            out.append(line);
    }
    return out;
}

} // namespace dataarts::ui
