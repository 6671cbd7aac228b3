#include "PaletteStyle.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

namespace dataarts::ui {

namespace {

const char kFollowerName[] = "dataarts_palette_follower";

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<QString(const QPalette &)> sheet)
        : QObject(widget)
        , m_widget(widget)
        , m_sheet(std::move(sheet))
    {
        setObjectName(QLatin1String(kFollowerName));
        widget->installEventFilter(this);
        watchParent();
    }

    void setSheet(std::function<QString(const QPalette &)> sheet)
    {
        m_sheet = std::move(sheet);
        apply();
    }

    void apply()
    {
        const QWidget *parent = m_widget->parentWidget();
        const QString sheet = m_sheet(parent ? parent->palette() : QApplication::palette());
        // The sheet changes the widget's palette too: the same sheet again ends the round.
        if (sheet != m_widget->styleSheet())
            m_widget->setStyleSheet(sheet);
    }

protected:
    // A widget with a style sheet keeps the palette the sheet gave it: the change of palette
    // is seen on its parent, which follows the window's.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::ParentChange) {
            watchParent();
            apply();
        } else if ((watched == m_widget || watched == m_parent) &&
                   (event->type() == QEvent::PaletteChange ||
                    event->type() == QEvent::ApplicationPaletteChange)) {
            apply();
        }
        return false;
    }

private:
    void watchParent()
    {
        if (m_parent)
            m_parent->removeEventFilter(this);
        m_parent = m_widget->parentWidget();
        if (m_parent)
            m_parent->installEventFilter(this);
    }

    QWidget *m_widget;
    QPointer<QWidget> m_parent;
    std::function<QString(const QPalette &)> m_sheet;
};

} // namespace

void followPalette(QWidget *widget, std::function<QString(const QPalette &)> sheet)
{
    auto *follower = widget->findChild<PaletteFollower *>(QLatin1String(kFollowerName),
                                                          Qt::FindDirectChildrenOnly);
    if (!follower)
        follower = new PaletteFollower(widget, std::move(sheet));
    else
        follower->setSheet(std::move(sheet));
    follower->apply();
}

QString tintedFrameStyleSheet(const QString &objectName, StatusTone tone,
                              const QPalette &palette)
{
    const QColor back = toneTint(tone, palette, 0.16);
    const QColor text = readableTextOn(back, palette);
    return QStringLiteral("#%1 { background: %2; border: 1px solid %3; } "
                          "#%1 QLabel, #%1 QCheckBox, #%1 QToolButton { color: %4; }")
        .arg(objectName, back.name(), statusToneColor(tone, palette).name(), text.name());
}

} // namespace dataarts::ui
