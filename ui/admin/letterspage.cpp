#include "letterspage.h"

#include "services/lookup.h"
#include "services/lettertemplateservice.h"
#include "domain/labels.h"
#include "domain/lettermerge.h"
#include "domain/textfolding.h"
#include "services/letterservice.h"
#include "domain/storageerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

LettersPage::LettersPage(Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_channel(new QComboBox(this)),
      m_action(new QComboBox(this)),
      m_active(new QCheckBox(tr("&In use"), this)),
      m_editor(new QTextEdit(this)),
      m_fields(new QListWidget(this)),
      m_message(new QLabel(this))
{
    for (Channel channel : { Channel::Brief, Channel::Aangetekend, Channel::Email })
        m_channel->addItem(Labels::channel(channel), int(channel));
    m_action->addItem(tr("(none)"), -1);
    for (int value = 0; value <= int(ActionKind::Overig); ++value)
        m_action->addItem(Labels::actionKind(ActionKind(value)), value);
    for (const LetterMerge::Field &field : LetterMerge::fields()) {
        auto *item = new QListWidgetItem(field.label, m_fields);
        item->setData(Qt::UserRole, field.key);
        item->setToolTip(LetterMerge::placeholder(field.key));
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_editor->setAcceptRichText(true);

    auto *format = new QToolBar(this);
    QAction *bold = format->addAction(tr("Bold"), this, [this] {
        m_editor->setFontWeight(m_editor->fontWeight() == QFont::Bold ? QFont::Normal : QFont::Bold);
    });
    bold->setShortcut(QKeySequence::Bold);
    QAction *italic = format->addAction(tr("Italic"), this, [this] { m_editor->setFontItalic(!m_editor->fontItalic()); });
    italic->setShortcut(QKeySequence::Italic);
    QAction *underline = format->addAction(tr("Underline"), this, [this] { m_editor->setFontUnderline(!m_editor->fontUnderline()); });
    underline->setShortcut(QKeySequence::Underline);
    format->addAction(tr("Bullet list"), this, [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); });

    auto *saveButton = new QPushButton(tr("&Save template"), this);
    auto *copyButton = new QPushButton(tr("&New template as a copy…"), this);
    connect(saveButton, &QPushButton::clicked, this, &LettersPage::save);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New template"), tr("Name of the new template:"),
                                                   QLineEdit::Normal, m_current.name, &ok);
        if (ok)
            addCopy(name);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &LettersPage::selectTemplate);
    connect(m_fields, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertField(item->data(Qt::UserRole).toString()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Sent &by:"), m_channel);
    form->addRow(tr("Marks as &done:"), m_action);
    form->addRow(QString(), m_active);
    auto *middle = new QVBoxLayout;
    middle->addLayout(form);
    middle->addWidget(format);
    middle->addWidget(m_editor, 1);
    middle->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(copyButton);
    buttons->addStretch();
    middle->addLayout(buttons);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Fields (Enter or double-click inserts):"), this));
    right->addWidget(m_fields);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(middle, 3);
    layout->addLayout(right, 1);
    const bool admin = session.isAdministrator();
    for (QWidget *w : std::initializer_list<QWidget *>{ saveButton, copyButton, m_name, m_channel, m_action, m_active, m_fields })
        w->setEnabled(admin);
    m_editor->setReadOnly(!admin);
    format->setEnabled(admin);
    reload(0);
}

void LettersPage::reload(qint64 selectId)
{
    m_templates = Lookup(m_session).letterTemplates(true);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = 0;
    for (int row = 0; row < m_templates.size(); ++row) {
        const LetterTemplate &t = m_templates.at(row);
        m_list->addItem(t.active ? t.name : tr("%1 (not in use)").arg(t.name));
        if (t.id == selectId)
            select = row;
    }
    m_list->setCurrentRow(select);
    selectTemplate(select);
}

void LettersPage::selectTemplate(int row)
{
    if (row < 0 || row >= m_templates.size())
        return;
    m_current = m_templates.at(row);
    m_name->setText(m_current.name);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(int(m_current.channel))));
    m_action->setCurrentIndex(std::max(0, m_action->findData(m_current.actionKind ? int(*m_current.actionKind) : -1)));
    m_active->setChecked(m_current.active);
    m_editor->setHtml(m_current.body);
    m_message->hide();
}

void LettersPage::insertField(const QString &key)
{
    m_editor->textCursor().insertText(LetterMerge::placeholder(key));
    m_editor->setFocus();
}

bool LettersPage::save()
{
    LetterTemplate t = m_current;
    t.name = m_name->text().trimmed();
    t.channel = Channel(m_channel->currentData().toInt());
    const int action = m_action->currentData().toInt();
    t.actionKind = action >= 0 ? std::optional<ActionKind>(ActionKind(action)) : std::nullopt;
    t.active = m_active->isChecked();
    t.body = m_editor->toHtml();
    QString problem;
    try {
        LetterTemplateService(*m_session.database, m_session.scope).save(t);
    } catch (const StorageError &error) {
        problem = error.message();
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return false;
    }
    reload(t.id);
    return true;
}

bool LettersPage::addCopy(const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    LetterTemplate copy = m_current;
    copy.id = 0;
    copy.version = 0;
    copy.name = name.trimmed();
    copy.body = m_editor->toHtml();
    copy.code = TextFolding::words(copy.name).join(QLatin1Char('_'));
    for (const LetterTemplate &t : std::as_const(m_templates))
        if (t.code == copy.code)
            copy.code += QStringLiteral("_%1").arg(m_templates.size() + 1);
    m_current = copy;
    m_name->setText(copy.name);
    return save();
}
