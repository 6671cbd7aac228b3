#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDialog;
class QWidget;

namespace dataarts::ui {

// The "Import file…" of the selection pages: reads a UTF-8 text file (a byte-order mark
// is dropped) for the paste box, and opens the file dialog without a nested event loop.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(dataarts::ui::ImportFile)
public:
    // The file's text, or false with a translated reason (unreadable, not UTF-8, too big).
    static bool read(const QString &path, QString *text, QString *error);
    // Opens a non-modal file dialog over `parent`; `chosen` gets the picked path.
    template <typename F>
    static void ask(QWidget *parent, F chosen);

private:
    static QFileDialog *dialog(QWidget *parent);
};

} // namespace dataarts::ui

#include <QFileDialog>

template <typename F>
void dataarts::ui::ImportFile::ask(QWidget *parent, F chosen)
{
    QFileDialog *d = dialog(parent);
    QObject::connect(d, &QFileDialog::fileSelected, parent, chosen);
    d->open();
}
