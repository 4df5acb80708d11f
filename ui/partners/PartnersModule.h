#pragma once

#include "common/Result.h"
#include "session/ActingContext.h"

#include <QSqlDatabase>
#include <QWidget>

class AgreementListModel;
class ContractListModel;
class DirectoryView;
class PartnerDirectoryModel;
class QTabWidget;

/// The Partners module: Directory, Contracts and Agreements.
class PartnersModule : public QWidget {
    Q_OBJECT

public:
    explicit PartnersModule(QWidget* parent = nullptr);

    /// Shows what acting may see in database; on error the tables are left empty.
    Result<void> load(const QSqlDatabase& database, const ActingContext& acting);

    QTabWidget* tabs() const { return m_tabs; }
    DirectoryView* directory() const { return m_directory; }
    DirectoryView* contracts() const { return m_contracts; }
    DirectoryView* agreements() const { return m_agreements; }

private:
    QTabWidget* m_tabs;
    DirectoryView* m_directory;
    DirectoryView* m_contracts;
    DirectoryView* m_agreements;
    PartnerDirectoryModel* m_partnerModel;
    ContractListModel* m_contractModel;
    AgreementListModel* m_agreementModel;
};
