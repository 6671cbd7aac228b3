#pragma once

#include <QByteArray>
#include <QIODevice>

namespace dataarts {

// A request body that can be read exactly once. Qt's HTTP stack silently re-sends a request
// whose connection closed before any answer arrived, POST included; with this sequential,
// non-rewindable device (and DoNotBufferUploadDataAttribute) it cannot, and the reply fails
// with ContentReSendError instead: a non-idempotent request is never sent twice behind our
// back.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace dataarts
