#pragma once

#include "partners/AgreementInput.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTextEdit;
class QToolButton;

/// The name, description (bold/italic, with counters) and document source of an agreement
/// (SPEC 4.2); shared by the Agreements tab, the Versions dialog and the Add partner wizard.
/// Type, parent and marketplace are the caller's.
class AgreementForm : public QWidget {
    Q_OBJECT

public:
    explicit AgreementForm(QWidget* parent = nullptr);

    /// What is entered; type and references stay at their defaults.
    AgreementInput input() const;
    /// Fills the fields (name, description, document) from input.
    void setInput(const AgreementInput& input);

    /// Hides the name row (a new version has no name of its own).
    void setNameVisible(bool visible);
    /// Enables or disables description and document (the name stays as it is).
    void setContentEnabled(bool enabled);
    /// Shows reasons keyed "name", "description", "document" next to their fields; until the
    /// user has touched a field (or showAllReasons() was called) its reason stays hidden.
    void setReasons(const QMap<QString, QString>& reasons);
    void showAllReasons();
    /// Reads the file at path as the Uploaded File (what the file picker does).
    void setFile(const QString& path);

    /// The widest label's width, and a minimum width for all labels (to line up with the
    /// caller's own form rows).
    int labelWidth() const;
    void setLabelWidth(int width);

    /// The description as compact HTML (<p>, <b>, <i>, <br>).
    QString descriptionHtml() const;

    QLineEdit* nameEdit() const { return m_nameEdit; }
    QTextEdit* descriptionEdit() const { return m_descriptionEdit; }

signals:
    void changed();

private:
    QWidget* createNameRow();
    QWidget* createDescriptionRow();
    QWidget* createDocumentRow();
    void updateCounters();
    void updateDocumentFields();
    void updateFormatButtons();
    void touch(const QString& key);
    void chooseFile();
    void refreshReasons();

    QFormLayout* m_form;
    QLineEdit* m_nameEdit;
    QLabel* m_nameCounter;
    QLabel* m_nameReason;
    QWidget* m_nameRow;
    QTextEdit* m_descriptionEdit;
    QToolButton* m_boldButton;
    QToolButton* m_italicButton;
    QLabel* m_descriptionCounter;
    QLabel* m_descriptionReason;
    QButtonGroup* m_sourceGroup;
    QRadioButton* m_noneRadio;
    QRadioButton* m_externalRadio;
    QRadioButton* m_uploadedRadio;
    QLineEdit* m_urlEdit;
    QPushButton* m_fileButton;
    QLabel* m_fileLabel;
    QLabel* m_documentReason;

    QString m_fileName;
    QByteArray m_fileData;
    QMap<QString, QString> m_reasons;
    QSet<QString> m_touched;
    bool m_showAll = false;
    bool m_loading = false; ///< setInput() is filling the fields
};
