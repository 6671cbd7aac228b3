// Colours from the palette with readable contrast (issue 20): in a light and a dark palette,
// every status tone's text colour, the badge text over its tinted fill, the profile
// dialog's error line, and the texts of the banners (no keychain, connection lost) and of
// the panes' load error strip reach 4.5 : 1 against what they are drawn on. The banners'
// backgrounds are read from their pixels, so a colour fixed for one palette fails in the
// other; a palette changed while they show is followed.
#include "panes/common/StatusTone.h"
#include "panes/common/LoadBar.h"
#include "profiles/FieldErrorLabel.h"
#include "profiles/SecretStore.h"
#include "shell/ConnectionBanner.h"
#include "shell/KeychainBanner.h"

#include "connection/ConnectionStatus.h"

#include <QAbstractButton>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace dataarts;
using namespace dataarts::ui;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// The badge fill (the tone at 16 % over the cell's base), as StatusBadgeDelegate paints it.
QColor badgeFill(const QColor &tone, const QColor &base)
{
    const double a = 0.16;
    return QColor::fromRgbF(tone.redF() * a + base.redF() * (1 - a),
                            tone.greenF() * a + base.greenF() * (1 - a),
                            tone.blueF() * a + base.blueF() * (1 - a));
}

// The colour the frame is filled with, read inside its border.
QColor background(QWidget *frame)
{
    const QImage image = frame->grab().toImage();
    return image.pixelColor(4, 4);
}

// Every text of the frame that is drawn straight on its background (labels, flat tool
// buttons) against that background: one line per text under 4.5 : 1.
QStringList unreadable(QWidget *frame)
{
    QStringList found;
    const QColor back = background(frame);
    for (QWidget *w : frame->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QColor text;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty())
            text = label->palette().color(QPalette::WindowText);
        else if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->autoRaise())
            text = tool->palette().color(QPalette::ButtonText);
        else
            continue;
        const double ratio = contrastRatio(text, back);
        if (ratio < 4.5)
            found << QStringLiteral("%1 %2: %3 on %4, %5 : 1")
                         .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                              text.name(), back.name())
                         .arg(ratio, 0, 'f', 2);
    }
    return found;
}

const QList<StatusTone> kTones{StatusTone::Neutral, StatusTone::Good,    StatusTone::Attention,
                               StatusTone::Bad,     StatusTone::Pending, StatusTone::Muted};

} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT
private slots:
    void contrastOfKnownColours();
    void toneTextIsReadable_data();
    void toneTextIsReadable();
    void errorLineIsReadable_data();
    void errorLineIsReadable();
    void bannersAreReadable_data();
    void bannersAreReadable();
    void bannersFollowThePalette();
};

void TestPaletteContrast::contrastOfKnownColours()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(qRound(contrastRatio(Qt::white, Qt::white) * 10), 10);
    // WCAG's own example: #767676 on white is 4.54 : 1.
    QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestPaletteContrast::toneTextIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << lightPalette();
    QTest::addRow("dark") << darkPalette();
}

void TestPaletteContrast::toneTextIsReadable()
{
    QFETCH(QPalette, palette);
    for (StatusTone tone : kTones) {
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const QColor text = readableToneColor(tone, palette, role);
            const double ratio = contrastRatio(text, palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("tone %1 on role %2: %3 : 1")
                                                  .arg(int(tone))
                                                  .arg(int(role))
                                                  .arg(ratio)));
        }
        // The badge's text (the palette's Text) over its tinted fill.
        const QColor fill =
            badgeFill(statusToneColor(tone, palette), palette.color(QPalette::Base));
        const double ratio = contrastRatio(palette.color(QPalette::Text), fill);
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("badge %1: %2 : 1").arg(int(tone)).arg(ratio)));
    }
}

void TestPaletteContrast::errorLineIsReadable_data()
{
    toneTextIsReadable_data();
}

void TestPaletteContrast::errorLineIsReadable()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    {
        QWidget window;
        auto *error = new FieldErrorLabel(ProfileField::ProjectId, &window);
        error->setError(QStringLiteral("Enter the project id."));
        window.show();
        error->ensurePolished();
        const double ratio = contrastRatio(error->palette().color(QPalette::WindowText),
                                           window.palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3 : 1")
                                .arg(error->palette().color(QPalette::WindowText).name(),
                                     window.palette().color(QPalette::Window).name())
                                .arg(ratio)));
    }
    QApplication::setPalette(before);
}

void TestPaletteContrast::bannersAreReadable_data()
{
    toneTextIsReadable_data();
}

void TestPaletteContrast::bannersAreReadable()
{
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        SecretStore secrets;
        auto *keychain = new KeychainBanner(&secrets, &window);
        auto *connection = new ConnectionBanner(&window);
        auto *load = new LoadBar(&window);
        layout->addWidget(keychain);
        layout->addWidget(connection);
        layout->addWidget(load);
        ConnectionStatus failed;
        failed.state = ConnectionStatus::State::Failed;
        failed.profileName = QStringLiteral("Production");
        failed.error = QStringLiteral("Host not found");
        connection->setStatus(failed);
        load->showError(QStringLiteral("The page could not be read."));
        window.resize(700, 400);
        window.show();
        keychain->show(); // as when no keychain answers
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QWidget *frame : {static_cast<QWidget *>(keychain), static_cast<QWidget *>(connection),
                               static_cast<QWidget *>(load)}) {
            const QStringList found = unreadable(frame);
            QVERIFY2(found.isEmpty(), qPrintable(frame->objectName() + QStringLiteral(": ") +
                                                 found.join(QStringLiteral("; "))));
            // A tint of the window colour, not a light box in a dark window.
            const double fromWindow = contrastRatio(background(frame),
                                                    window.palette().color(QPalette::Window));
            QVERIFY2(fromWindow < 1.6, qPrintable(QStringLiteral("%1: %2 : 1 from the window")
                                                      .arg(frame->objectName())
                                                      .arg(fromWindow)));
        }
    }
    QApplication::setPalette(before);
}

void TestPaletteContrast::bannersFollowThePalette()
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(lightPalette());
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *connection = new ConnectionBanner(&window);
        layout->addWidget(connection);
        ConnectionStatus failed;
        failed.state = ConnectionStatus::State::Failed;
        failed.profileName = QStringLiteral("Production");
        connection->setStatus(failed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor light = background(connection);
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(background(connection).lightness() < 100);
        QVERIFY(light.lightness() > 200);
        QVERIFY2(unreadable(connection).isEmpty(),
                 qPrintable(unreadable(connection).join(QStringLiteral("; "))));
    }
    QApplication::setPalette(before);
}

QTEST_MAIN(TestPaletteContrast)
#include "tst_palette_contrast.moc"
