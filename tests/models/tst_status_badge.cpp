// StatusBadgeDelegate: a toned cell is drawn as a badge with its text (the colour is never
// the only cue), sharp at device pixel ratio 1 and 2; untoned cells are drawn as usual.
#include "panes/common/ItemRoles.h"
#include "panes/common/StatusBadgeDelegate.h"
#include "panes/common/StatusTone.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace dataarts::ui;

namespace {

// Paints one cell of the model into an image of the cell's size at the given ratio.
QImage paintCell(QTableView &view, const QModelIndex &index, qreal ratio)
{
    StatusBadgeDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.rect = QRect(0, 0, 200, 28);
    option.font = view.font();
    option.palette = view.palette();
    option.state |= QStyle::State_Enabled;
    option.widget = &view;
    QImage image(QSize(200, 28) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(view.palette().color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    painter.end();
    return image;
}

int pixelsNear(const QImage &image, const QColor &colour, int tolerance)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance &&
                qAbs(c.green() - colour.green()) <= tolerance &&
                qAbs(c.blue() - colour.blue()) <= tolerance)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestStatusBadge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void drawsColourAndText_data();
    void drawsColourAndText();
    void untonedCellsAreDrawnAsUsual();
    void sizeFollowsTheText();

private:
    QStandardItemModel m_model;
    QTableView m_view;
};

void TestStatusBadge::init()
{
    m_model.clear();
    m_model.setRowCount(3);
    m_model.setColumnCount(1);
    m_model.setData(m_model.index(0, 0), QStringLiteral("Published"));
    m_model.setData(m_model.index(0, 0), int(StatusTone::Good), roles::Tone);
    m_model.setData(m_model.index(1, 0), QString());
    m_model.setData(m_model.index(1, 0), int(StatusTone::Good), roles::Tone);
    m_model.setData(m_model.index(2, 0), QStringLiteral("Published"));
    m_view.setModel(&m_model);
}

void TestStatusBadge::drawsColourAndText_data()
{
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
}

void TestStatusBadge::drawsColourAndText()
{
    QFETCH(qreal, ratio);
    const QColor tone = statusToneColor(StatusTone::Good, m_view.palette());
    const QImage withText = paintCell(m_view, m_model.index(0, 0), ratio);
    const QImage empty = paintCell(m_view, m_model.index(1, 0), ratio);
    QCOMPARE(withText.size(), QSize(200, 28) * ratio);
    // The dot and the outline in the tone's colour, at the image's own resolution.
    QVERIFY(pixelsNear(withText, tone, 8) >= int(20 * ratio * ratio));
    // The text is drawn: the same badge without text differs.
    QVERIFY(withText != empty);
    const QColor text = m_view.palette().color(QPalette::Text);
    QVERIFY(pixelsNear(withText, text, 40) > pixelsNear(empty, text, 40));
}

void TestStatusBadge::untonedCellsAreDrawnAsUsual()
{
    const QColor tone = statusToneColor(StatusTone::Good, m_view.palette());
    const QImage plain = paintCell(m_view, m_model.index(2, 0), 1.0);
    QCOMPARE(pixelsNear(plain, tone, 8), 0);
    QVERIFY(pixelsNear(plain, m_view.palette().color(QPalette::Text), 40) > 0);
}

void TestStatusBadge::sizeFollowsTheText()
{
    StatusBadgeDelegate delegate;
    QStyleOptionViewItem option;
    option.initFrom(&m_view);
    option.font = m_view.font();
    const QSize short_ = delegate.sizeHint(option, m_model.index(0, 0));
    m_model.setData(m_model.index(0, 0), QStringLiteral("Going offline (in review)"));
    const QSize long_ = delegate.sizeHint(option, m_model.index(0, 0));
    QVERIFY(long_.width() > short_.width());
    QVERIFY(short_.width() >
            QFontMetrics(option.font).horizontalAdvance(QStringLiteral("Published")));
}

QTEST_MAIN(TestStatusBadge)
#include "tst_status_badge.moc"
