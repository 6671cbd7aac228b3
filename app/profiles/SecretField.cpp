#include "SecretField.h"

namespace dataarts::secretFields {

const QList<SecretField> &all()
{
    static const QList<SecretField> list = {SecretField::AccessKey, SecretField::SecretKey,
                                            SecretField::IamPassword, SecretField::ProxyPassword};
    return list;
}

QString name(SecretField field)
{
    switch (field) {
    case SecretField::AccessKey:
        return QStringLiteral("ak");
    case SecretField::SecretKey:
        return QStringLiteral("sk");
    case SecretField::IamPassword:
        return QStringLiteral("iam_password");
    case SecretField::ProxyPassword:
        return QStringLiteral("proxy_password");
    }
    return QString();
}

} // namespace dataarts::secretFields
