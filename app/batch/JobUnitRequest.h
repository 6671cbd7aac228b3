#pragma once

#include "UnitRequest.h"

#include <QPointer>

#include <functional>

namespace dataarts {

class ApiJob;

// A UnitRequest that sends one client job and maps its result with the strategy's mapper.
class JobUnitRequest : public UnitRequest
{
    Q_OBJECT
public:
    // Maps the finished job (ok or not) to the outcome; the request id and HTTP status of
    // the answer are filled in afterwards when the mapper left them empty.
    using Mapper = std::function<UnitOutcome(const ApiJob *job)>;

    // Takes ownership of the job.
    JobUnitRequest(ApiJob *job, Mapper mapper, QObject *parent = nullptr);
    ~JobUnitRequest() override;

    void start() override;
    void abortIfNotSent() override;
    bool hasLeft() const override { return m_left; }
    UnitOutcome outcome() const override { return m_outcome; }
    RequestSpec describe() const override;

    ApiJob *job() const { return m_job; }

private:
    void onFinished();

    QPointer<ApiJob> m_job;
    Mapper m_mapper;
    UnitOutcome m_outcome;
    bool m_left = false;
};

} // namespace dataarts
