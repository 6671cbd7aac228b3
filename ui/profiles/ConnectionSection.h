#pragma once

#include "profiles/FieldErrorLabel.h"

#include "dto/DataArtsInstance.h"
#include "dto/DataArtsWorkspace.h"
#include "profiles/Profile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dataarts::ui {

// The profile dialog's "Connection" part: name, region (one of the 26) or custom endpoint
// URL, project id (typed, or resolved through IAM), DataArts instance and workspace
// (editable lists filled by discovery, or typed) and the DataService edition.
class ConnectionSection : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSection(QWidget *parent = nullptr);

    void load(const Profile &profile);
    // Copies the fields into profile (keeps the others).
    void readInto(Profile &profile) const;
    FieldErrorLabels errorLabels() const { return m_errors; }

    QString region() const;
    QString instanceId() const;
    void setProjectId(const QString &id);
    void setInstances(const QList<DataArtsInstance> &instances);
    void setWorkspaces(const QList<DataArtsWorkspace> &workspaces);
    // Busy: the button shows it and is disabled; message: the outcome beside the lists.
    void setResolveBusy(bool busy);
    void setInstancesBusy(bool busy);
    void setWorkspacesBusy(bool busy);
    void setDiscoveryMessage(const QString &message, bool isError);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *regionCombo() const { return m_region; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *projectIdEdit() const { return m_projectId; }
    QPushButton *resolveButton() const { return m_resolve; }
    QComboBox *instanceCombo() const { return m_instance; }
    QPushButton *findInstancesButton() const { return m_findInstances; }
    QComboBox *workspaceCombo() const { return m_workspace; }
    QPushButton *findWorkspacesButton() const { return m_findWorkspaces; }
    QComboBox *dlmTypeCombo() const { return m_dlmType; }

signals:
    void changed();
    void resolveRequested();
    void findInstancesRequested();
    void findWorkspacesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    FieldErrorLabel *errorLabel(ProfileField field);
    void updateButtons();
    void retranslateUi();
    static QString comboValue(const QComboBox *combo);
    static QString comboName(const QComboBox *combo);

    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_endpoint;
    QLineEdit *m_projectId;
    QPushButton *m_resolve;
    QComboBox *m_instance;
    QPushButton *m_findInstances;
    QComboBox *m_workspace;
    QPushButton *m_findWorkspaces;
    QComboBox *m_dlmType;
    QLabel *m_discovery;
    QList<QLabel *> m_labels;
    FieldErrorLabels m_errors;
    bool m_resolveBusy = false;
    bool m_instancesBusy = false;
    bool m_workspacesBusy = false;
};

} // namespace dataarts::ui
