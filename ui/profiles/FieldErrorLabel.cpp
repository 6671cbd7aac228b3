#include "FieldErrorLabel.h"

#include "panes/common/StatusTone.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace dataarts::ui {

FieldErrorLabel::FieldErrorLabel(ProfileField field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("fieldError%1").arg(int(field)));
    // One line kept for the error at all times: an error appearing never moves the fields
    // below it (a longer one is elided; the whole of it is in the tooltip and is what a
    // screen reader reads on the field).
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setStyleSheet(toneTextStyleSheet(StatusTone::Bad, palette()));
    setFixedHeight(fontMetrics().height());
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void FieldErrorLabel::setError(const QString &message)
{
    m_message = message;
    setToolTip(message);
    updateText();
    if (QWidget *buddyWidget = buddy())
        buddyWidget->setAccessibleDescription(message);
}

void FieldErrorLabel::updateText()
{
    setText(fontMetrics().elidedText(m_message, Qt::ElideRight, std::max(width(), 40)));
}

void FieldErrorLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateText();
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
