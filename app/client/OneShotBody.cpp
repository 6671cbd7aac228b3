#include "OneShotBody.h"

#include <cstring>

namespace dataarts {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_pos + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace dataarts
