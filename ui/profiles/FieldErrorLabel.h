#pragma once

#include "profiles/Profile.h"

#include <QHash>
#include <QLabel>

namespace dataarts::ui {

// The inline error under one field of the profile dialog: hidden while empty.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(ProfileField field, QWidget *parent = nullptr);

    ProfileField field() const { return m_field; }
    void setError(const QString &message);

    // A widget holding the field and its error label below it (one form row).
    static QWidget *wrap(QWidget *field, FieldErrorLabel *error, QWidget *extra = nullptr);

private:
    ProfileField m_field;
};

using FieldErrorLabels = QHash<ProfileField, FieldErrorLabel *>;

} // namespace dataarts::ui
