#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Prints "NAME VALUE UNIT (goal OP GOAL)" and, with --json FILE, merges
// {NAME: {value, unit, goal, pass}} into FILE.
class BenchReport
{
public:
    BenchReport(int argc, char **argv);
    ~BenchReport();

    // Whether NAME was asked for (no names given: every benchmark).
    bool wanted(const QString &name) const;

    // op is "<=" or ">=".
    void report(const QString &name, double value, const QString &unit, const QString &op,
                double goal);
    // A figure without a goal (printed, recorded with pass = true).
    void note(const QString &name, double value, const QString &unit);

    bool allPassed() const { return m_allPassed; }

    // Median seconds of `runs` timed calls of fn.
    static double medianSeconds(int runs, const std::function<void()> &fn);

private:
    QString m_jsonPath;
    QStringList m_names;
    QStringList m_lines;
    struct Entry {
        QString name, unit, goal;
        double value;
        bool pass;
    };
    QList<Entry> m_entries;
    bool m_allPassed = true;
};
