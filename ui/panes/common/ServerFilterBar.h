#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

class WrapLayout;

// What the Tables and APIs panes' server-side filter rows share: a name box (sent on Enter
// or Search), then the pane's combo boxes (sent as soon as they change), then Search; on
// as many lines as the width needs (WrapLayout), each label beside its field.
// filterChanged() asks the pane to read again from the first page.
class ServerFilterBar : public QWidget
{
    Q_OBJECT
public:
    QLineEdit *nameEdit() const { return m_name; }

signals:
    void filterChanged();

protected:
    explicit ServerFilterBar(QWidget *parent);

    // A labelled combo box (first item: "any", no data), placed before Search; its changes
    // are filter changes.
    QComboBox *addCombo(QLabel **label, const QString &objectName);
    // Sets the name box and the combos without emitting filterChanged().
    void beginQuiet() { m_quiet = true; }
    void endQuiet() { m_quiet = false; }
    // Sets every text; a derived bar sets its own after calling this one, and calls it once
    // at the end of its constructor.
    virtual void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    void changed();

    WrapLayout *m_layout;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QPushButton *m_search;
    bool m_quiet = false;
};

} // namespace dataarts::ui
