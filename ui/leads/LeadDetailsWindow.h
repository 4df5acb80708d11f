#pragma once

#include "leads/LeadRecord.h"
#include "session/ActingContext.h"
#include "storage/WorkspaceHandle.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QSplitter;
class QVBoxLayout;

/// The details of one lead (SPEC 3.1): every field, custom fields, opportunity and history,
/// with Qualify / Disqualify for the vendor and Edit for the distributor.
class LeadDetailsWindow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadDetailsWindow)

public:
    LeadDetailsWindow(WorkspaceHandle workspace, ActingContext acting, QString leadId,
                      QWidget* parent = nullptr);

    /// Shows the window for leadId, raising the one already open for it as acting.
    static LeadDetailsWindow* open(WorkspaceHandle workspace, ActingContext acting, QString leadId,
                                   QWidget* parent);

    QString leadId() const { return m_leadId; }
    QString accountId() const { return m_acting.accountId; }
    /// The lead as last loaded; empty when it could not be loaded.
    const std::optional<LeadRecord>& record() const { return m_record; }

    /// Reads the lead again and rebuilds the window.
    void reload();

signals:
    /// The lead was qualified or disqualified here; directories showing it should refresh.
    void leadChanged(const QString& leadId);
    /// The user asked to edit the lead (only offered when the acting user may).
    void editRequested(const QString& leadId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrangeForWidth();
    QWidget* buildHeader(const LeadRecord& lead);
    QWidget* buildFields(const LeadRecord& lead);
    QWidget* buildHistory(const LeadRecord& lead);
    QGroupBox* addGroup(QVBoxLayout* layout, const QString& title, const QString& name);
    QLabel* addRow(QFormLayout* form, const QString& label, const QString& name,
                   const QString& value);
    QLabel* addLinkRow(QFormLayout* form, const QString& label, const QString& name,
                       const QString& objectType, const LeadReference& object);
    void openLink(const QString& href);
    void qualify();
    void disqualify();
    /// After a Conflict: shows the lead as it is now and tells the other views.
    void showNewState();

    WorkspaceHandle m_workspace;
    ActingContext m_acting;
    QString m_leadId;
    std::optional<LeadRecord> m_record;
    QWidget* m_content = nullptr;
    QSplitter* m_splitter = nullptr;
};
