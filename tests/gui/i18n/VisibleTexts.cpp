#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace uiText {

namespace {

constexpr int kRowsPerView = 40;

QString describe(const QObject *object)
{
    QString name = QLatin1String(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += QLatin1Char('#') + object->objectName();
    return name;
}

class Collector
{
public:
    explicit Collector(QWidget *root, bool cells)
        : m_root(root)
        , m_cells(cells)
    {}

    QList<VisibleText> run()
    {
        add(m_root->windowTitle(), m_root, QStringLiteral("window title"));
        QList<QWidget *> widgets = m_root->findChildren<QWidget *>();
        widgets.prepend(m_root);
        for (QWidget *w : std::as_const(widgets)) {
            if (w != m_root && !w->isVisibleTo(m_root))
                continue;
            widget(w);
        }
        return m_texts;
    }

private:
    void add(const QString &text, const QObject *object, const QString &what)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            QString where = what + QStringLiteral(" of ") + describe(object);
            const QWidget *w = qobject_cast<const QWidget *>(object);
            if (w && w->window() && w->window() != w)
                where += QStringLiteral(" in ") + describe(w->window());
            m_texts.append({line, where});
        }
    }

    void richOrPlain(const QString &text, Qt::TextFormat format, const QObject *object,
                     const QString &what)
    {
        const bool rich =
            format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
        add(rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text, object, what);
    }

    void action(QAction *a, const QString &what)
    {
        if (a->isSeparator() || m_actions.contains(a))
            return;
        m_actions.insert(a);
        add(a->text(), a, what);
        // Qt makes a tool tip of the text when none is set: the same words.
        add(a->toolTip(), a, what + QStringLiteral(" tool tip"));
        add(a->statusTip(), a, what + QStringLiteral(" status tip"));
        if (a->menu())
            menu(a->menu());
    }

    void menu(QMenu *m)
    {
        if (m_menus.contains(m))
            return;
        m_menus.insert(m);
        add(m->title(), m, QStringLiteral("menu title"));
        const QList<QAction *> actions = m->actions();
        for (QAction *a : actions)
            action(a, QStringLiteral("menu action"));
    }

    void itemView(QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model || qobject_cast<QHeaderView *>(view))
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            add(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), view,
                QStringLiteral("header %1").arg(c));
            add(model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString(), view,
                QStringLiteral("header tip %1").arg(c));
        }
        if (!m_cells)
            return;
        int budget = kRowsPerView;
        auto *tree = qobject_cast<QTreeView *>(view);
        std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent) && budget > 0; ++r, --budget) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    add(index.data(Qt::DisplayRole).toString(), view,
                        QStringLiteral("cell %1,%2").arg(r).arg(c));
                    add(index.data(Qt::ToolTipRole).toString(), view,
                        QStringLiteral("cell tip %1,%2").arg(r).arg(c));
                }
                const QModelIndex first = model->index(r, 0, parent);
                if (tree && tree->isExpanded(first))
                    rows(first);
            }
        };
        rows(view->rootIndex());
    }

    void widget(QWidget *w)
    {
        if (w->isWindow())
            add(w->windowTitle(), w, QStringLiteral("window title"));
        add(w->toolTip(), w, QStringLiteral("tool tip"));
        add(w->statusTip(), w, QStringLiteral("status tip"));
        // Qt's own parts (qt_dockwidget_closebutton, ...) get their accessible names once, when
        // made, from Qt: not ours to translate again.
        if (!w->objectName().startsWith(QLatin1String("qt_"))) {
            add(w->accessibleName(), w, QStringLiteral("accessible name"));
            add(w->accessibleDescription(), w, QStringLiteral("accessible description"));
        }

        if (auto *l = qobject_cast<QLabel *>(w)) {
            richOrPlain(l->text(), l->textFormat(), l, QStringLiteral("label"));
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(b->text(), b, QStringLiteral("button"));
            QMenu *m = nullptr;
            if (auto *tb = qobject_cast<QToolButton *>(b)) {
                m = tb->menu();
                if (tb->defaultAction())
                    action(tb->defaultAction(), QStringLiteral("button action"));
            } else if (auto *pb = qobject_cast<QPushButton *>(b)) {
                m = pb->menu();
            }
            if (m)
                menu(m);
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            add(e->placeholderText(), e, QStringLiteral("placeholder"));
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            add(p->placeholderText(), p, QStringLiteral("placeholder"));
        } else if (auto *t = qobject_cast<QTextEdit *>(w)) {
            add(t->placeholderText(), t, QStringLiteral("placeholder"));
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(c->itemText(i), c, QStringLiteral("item %1").arg(i));
            if (c->isEditable() && c->lineEdit())
                add(c->lineEdit()->placeholderText(), c, QStringLiteral("placeholder"));
        } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
            add(s->prefix(), s, QStringLiteral("prefix"));
            add(s->suffix(), s, QStringLiteral("suffix"));
            add(s->specialValueText(), s, QStringLiteral("special value"));
        } else if (auto *sb = qobject_cast<QAbstractSpinBox *>(w)) {
            add(sb->specialValueText(), sb, QStringLiteral("special value"));
        } else if (auto *pr = qobject_cast<QProgressBar *>(w)) {
            if (pr->isTextVisible())
                add(pr->text(), pr, QStringLiteral("text"));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i), tabs, QStringLiteral("tab %1").arg(i));
                add(tabs->tabToolTip(i), tabs, QStringLiteral("tab tip %1").arg(i));
            }
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            add(g->title(), g, QStringLiteral("title"));
        } else if (auto *d = qobject_cast<QDockWidget *>(w)) {
            add(d->windowTitle(), d, QStringLiteral("dock title"));
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            const QList<QAction *> actions = bar->actions();
            for (QAction *a : actions)
                action(a, QStringLiteral("menu bar action"));
        } else if (auto *m = qobject_cast<QMenu *>(w)) {
            menu(m);
        } else if (auto *tb = qobject_cast<QToolBar *>(w)) {
            add(tb->windowTitle(), tb, QStringLiteral("toolbar title"));
            const QList<QAction *> actions = tb->actions();
            for (QAction *a : actions)
                action(a, QStringLiteral("toolbar action"));
        } else if (auto *status = qobject_cast<QStatusBar *>(w)) {
            add(status->currentMessage(), status, QStringLiteral("message"));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            itemView(view);
        }
    }

    QWidget *m_root;
    bool m_cells;
    QList<VisibleText> m_texts;
    QSet<const QAction *> m_actions;
    QSet<const QMenu *> m_menus;
};

} // namespace

QList<VisibleText> visibleTexts(QWidget *root, bool cells)
{
    return Collector(root, cells).run();
}

} // namespace uiText
