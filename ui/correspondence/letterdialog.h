#pragma once

#include "services/letterservice.h"
#include "services/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

// Making a letter: the measure it is about (asked when the person has several in the case), the
// template that fits that measure and person, recipients (parents with parental authority or the
// mail flag preselected), a preview per recipient, then print, save as PDF or ODT, and file it —
// as outgoing correspondence with its PDF in every dossier it concerns, the matching action done.
// Nothing goes out while a field the template uses would stay empty: the dialog names it.
class LetterDialog : public QDialog
{
    Q_OBJECT

public:
    LetterDialog(Session &session, qint64 incidentId, qint64 measureId, qint64 subjectPersonId, QWidget *parent = nullptr);
    QComboBox *measureCombo() const { return m_measure; }
    QComboBox *templateCombo() const { return m_template; }
    QListWidget *recipientsList() const { return m_recipients; }
    QComboBox *actionCombo() const { return m_action; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *fileButton() const { return m_file; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QCheckBox *togetherBox() const { return m_together; }
    // What was done (filed, saved) and where it went, with a link to the dossier.
    QLabel *doneLabel() const { return m_done; }
    // The dossier the user asked to open from the confirmation, 0 for none.
    qint64 dossierToOpen() const { return m_openDossier; }
    bool chooseTemplate(const QString &code);
    // Writes one file per chosen recipient into `folder`; returns the paths written.
    QStringList savePdf(const QString &folder);
    QStringList saveOdt(const QString &folder);
    // Files the letter; true when it was filed.
    bool fileLetter();
    bool filed() const { return m_filed; }

protected:
    void done(int result) override;

private:
    LetterService::Request request() const;
    QList<LetterService::Recipient> checkedRecipients() const;
    void fillMeasures(qint64 measureId);
    void measureChosen();
    void updatePreview();
    void updateActions();
    void print();
    QStringList saveAs(const QString &folder, bool pdf);
    void confirm(const QString &text);

    Session &m_session;
    LetterService m_service;
    qint64 m_incidentId;
    qint64 m_measureId;
    qint64 m_subjectId;
    QList<LetterTemplate> m_templates;     // those that fit the person the letter is about
    QList<LetterService::Recipient> m_candidates;
    QComboBox *m_measure;
    QComboBox *m_template;
    QListWidget *m_recipients;
    QComboBox *m_action;
    QTextBrowser *m_preview;
    QLabel *m_problem;
    QCheckBox *m_together;
    QLabel *m_done;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QPushButton *m_file;
    bool m_filed = false;
    bool m_output = false;
    qint64 m_openDossier = 0;
};
