#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QSqlDatabase>
#include <QWidget>

class DirectoryView;
class LeadDirectoryModel;
class LeadFormListModel;
class QTabWidget;

/// The Leads module: Directory, and Forms when acting as a vendor.
class LeadsModule : public QWidget {
    Q_OBJECT

public:
    explicit LeadsModule(QWidget* parent = nullptr);

    /// Shows what acting may see in database; on error the tables are left empty.
    Result<void> load(const QSqlDatabase& database, const ActingContext& acting);

    QTabWidget* tabs() const { return m_tabs; }
    DirectoryView* directory() const { return m_directory; }
    DirectoryView* forms() const { return m_forms; }

private:
    QTabWidget* m_tabs;
    DirectoryView* m_directory;
    DirectoryView* m_forms;
    LeadDirectoryModel* m_leadModel;
    LeadFormListModel* m_formModel;
    int m_formsTab = -1;
};
