#pragma once

#include "profiles/Profile.h"

#include <QHash>
#include <QLabel>

namespace dataarts::ui {

// The inline error under one field of the profile dialog: one line, empty while there is
// no error (its room is kept, so the fields never move).
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(ProfileField field, QWidget *parent = nullptr);

    ProfileField field() const { return m_field; }
    void setError(const QString &message);
    // The whole message (text() may be elided).
    QString message() const { return m_message; }

    // A widget holding the field and its error label below it (one form row).
    static QWidget *wrap(QWidget *field, FieldErrorLabel *error, QWidget *extra = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();

    ProfileField m_field;
    QString m_message;
};

using FieldErrorLabels = QHash<ProfileField, FieldErrorLabel *>;

} // namespace dataarts::ui
