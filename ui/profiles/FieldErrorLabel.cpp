#include "FieldErrorLabel.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace dataarts::ui {

FieldErrorLabel::FieldErrorLabel(ProfileField field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("fieldError%1").arg(int(field)));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    hide();
}

void FieldErrorLabel::setError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (QWidget *buddyWidget = buddy())
        buddyWidget->setAccessibleDescription(message);
}

QWidget *FieldErrorLabel::wrap(QWidget *field, FieldErrorLabel *error, QWidget *extra)
{
    auto *box = new QWidget(field->parentWidget());
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(extra);
        column->addLayout(row);
    } else {
        column->addWidget(field);
    }
    column->addWidget(error);
    error->setBuddy(field);
    box->setFocusProxy(field);
    return box;
}

} // namespace dataarts::ui
