#pragma once

#include "panes/common/RecordFilterProxy.h"

#include <QAbstractItemModelTester>

#include <memory>

// A pane model and the proxy over it, each watched by QAbstractItemModelTester for a whole
// test function: the test object derives from it, calls watch() in init() and unwatch() in
// cleanup(), and uses m_model and m_proxy.
template <typename Model>
class WatchedModel
{
protected:
    void watch()
    {
        m_model = std::make_unique<Model>();
        m_proxy = std::make_unique<dataarts::ui::RecordFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void unwatch()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    // The horizontal header texts, in column order.
    QStringList headerTitles() const
    {
        QStringList titles;
        for (int c = 0; c < m_model->columnCount(); ++c)
            titles << m_model->headerData(c, Qt::Horizontal).toString();
        return titles;
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<dataarts::ui::RecordFilterProxy> m_proxy;

private:
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};
