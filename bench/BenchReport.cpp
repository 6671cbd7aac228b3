#include "BenchReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <vector>

BenchReport::BenchReport(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--json") && i + 1 < argc)
            m_jsonPath = QString::fromLocal8Bit(argv[++i]);
        else
            m_names.append(arg);
    }
}

BenchReport::~BenchReport()
{
    if (m_jsonPath.isEmpty() || m_entries.isEmpty())
        return;
    QJsonObject root;
    QFile existing(m_jsonPath);
    if (existing.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    for (const Entry &e : std::as_const(m_entries)) {
        root.insert(e.name, QJsonObject{{QStringLiteral("value"), e.value},
                                        {QStringLiteral("unit"), e.unit},
                                        {QStringLiteral("goal"), e.goal},
                                        {QStringLiteral("pass"), e.pass}});
    }
    QSaveFile file(m_jsonPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson());
        file.commit();
    }
}

bool BenchReport::wanted(const QString &name) const
{
    return m_names.isEmpty() || m_names.contains(name);
}

void BenchReport::report(const QString &name, double value, const QString &unit, const QString &op,
                         double goal)
{
    const bool pass = op == QLatin1String("<=") ? value <= goal : value >= goal;
    m_allPassed = m_allPassed && pass;
    const QString goalText = op + QLatin1Char(' ') + QString::number(goal);
    std::printf("%s %s %s (goal %s)%s\n", qPrintable(name),
                qPrintable(QString::number(value, 'f', 3)), qPrintable(unit), qPrintable(goalText),
                pass ? "" : " FAIL");
    std::fflush(stdout);
    m_entries.append({name, unit, goalText, value, pass});
}

void BenchReport::note(const QString &name, double value, const QString &unit)
{
    std::printf("%s %s %s\n", qPrintable(name), qPrintable(QString::number(value, 'f', 3)),
                qPrintable(unit));
    std::fflush(stdout);
    m_entries.append({name, unit, QString(), value, true});
}

double BenchReport::medianSeconds(int runs, const std::function<void()> &fn)
{
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(timer.nsecsElapsed() / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
