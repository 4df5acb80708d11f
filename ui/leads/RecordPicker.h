#pragma once

#include "common/Result.h"
#include "leads/LeadCatalog.h"
#include "leads/LeadOption.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

/// Picks one record of a table of any size by typing (the Lead step's Existing company and
/// Existing contact): a line edit; shortly after the last key core's search runs and its
/// matches show in a list below. Down moves into the list, Enter or a click picks, Esc closes
/// it. Editing the text drops the choice and the results of the text before.
class RecordPicker : public QWidget {
    Q_OBJECT

public:
    using Search = std::function<Result<LeadCatalog::Matches>(const QString& text)>;
    struct Texts {
        QString placeholder;
        QString resultsName; ///< accessible name of the list of matches
        QString noMatch;     ///< %1: the typed text
        QString more;        ///< shown when more records match than are listed
        QString detail;      ///< %1: the chosen record's detail (TIN, e-mail)
    };
    static constexpr int debounceMs = 150;

    /// name: the start of the objectNames of the edit (nameEdit), list (nameResults) and hint.
    RecordPicker(const QString& name, Texts texts, QWidget* parent = nullptr);

    void setSearch(Search search) { m_search = std::move(search); }
    QLineEdit* edit() const { return m_edit; }
    QListWidget* results() const { return m_results; }
    QLabel* hint() const { return m_hint; }
    QString chosenId() const { return m_chosen.id; }
    const LeadOption& chosen() const { return m_chosen; }
    /// Shows option as the choice (its label in the edit); emits nothing.
    void setChosen(const LeadOption& option);
    /// Drops the choice, the text and the results; emits nothing.
    void clear();

signals:
    void chosenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited();
    void search();
    void pick(const QListWidgetItem* item);
    void hideResults();
    bool resultsShown() const;

    Texts m_texts;
    QLineEdit* m_edit;
    QListWidget* m_results;
    QLabel* m_hint;
    QTimer m_debounce;
    Search m_search;
    LeadOption m_chosen;
};
