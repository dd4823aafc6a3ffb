// SPDX-License-Identifier: Apache-2.0
#include "dialogs/calendardialogs.h"

#include "theme.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

QDateEdit* dateEdit(const QDate& date, const QString& name, QWidget* parent) {
    auto* edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(name);
    return edit;
}

// The form, a note under it, OK and Cancel; OK only with a name.
void finish(QDialog* dialog, QFormLayout* form, QLineEdit* name, const QString& note) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    if (!note.isEmpty()) {
        auto* label = new QLabel(note, dialog);
        label->setWordWrap(true);
        Theme::makeMuted(label);
        layout->addWidget(label);
    }
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (name) {
        const auto update = [buttons, name] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
        };
        QObject::connect(name, &QLineEdit::textChanged, dialog, update);
        update();
    }
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
}

} // namespace

SessionDialog::SessionDialog(const SessionDetails& details, bool isNew, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(isNew ? tr("Add a learning session") : tr("Edit the learning session"));
    setObjectName(QStringLiteral("sessionDialog"));
    m_name = new QLineEdit(details.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Learning session 2"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("Learning session"), int(SessionKind::LearningSession));
    m_kind->addItem(tr("Summit"), int(SessionKind::Summit));
    m_kind->addItem(tr("Webinar"), int(SessionKind::Webinar));
    m_kind->setCurrentIndex(m_kind->findData(int(details.kind)));
    m_start = dateEdit(details.start, tr("First day"), this);
    m_end = dateEdit(details.end.isValid() ? details.end : details.start, tr("Last day"), this);
    m_location = new QLineEdit(details.location, this);
    m_location->setAccessibleName(tr("Where"));
    m_location->setPlaceholderText(tr("e.g. Harbor City Conference Center"));
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& start) {
        if (m_end->date() < start)
            m_end->setDate(start);
    });
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Where:"), m_location);
    finish(this, form, m_name, tr("Sessions fall within the collaborative's dates and do not overlap."));
}

SessionDetails SessionDialog::details() const {
    return {m_name->text().trimmed(), SessionKind(m_kind->currentData().toInt()), m_start->date(), m_end->date(),
            m_location->text().trimmed()};
}

PeriodDialog::PeriodDialog(const PeriodDetails& details, bool isNew, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(isNew ? tr("Add an action period") : tr("Edit the action period"));
    setObjectName(QStringLiteral("periodDialog"));
    m_name = new QLineEdit(details.name, this);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Action period 2"));
    m_start = dateEdit(details.start, tr("First day"), this);
    m_end = dateEdit(details.end, tr("Last day"), this);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate& start) {
        if (m_end->date() < start)
            m_end->setDate(start);
    });
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    finish(this, form, m_name, tr("Action periods run between the learning sessions, within the collaborative's "
                                  "dates, and do not overlap."));
}

PeriodDetails PeriodDialog::details() const {
    return {m_name->text().trimmed(), m_start->date(), m_end->date()};
}

DatesDialog::DatesDialog(const QDate& start, const QDate& end, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("The collaborative's dates"));
    setObjectName(QStringLiteral("datesDialog"));
    m_start = new OptionalDateEdit(tr("Start date"), this);
    m_start->setDate(start);
    m_end = new OptionalDateEdit(tr("End date"), this);
    m_end->setDate(end);
    auto* form = new QFormLayout;
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    finish(this, form, nullptr, tr("Every learning session and action period falls within these dates."));
}

QDate DatesDialog::start() const { return m_start->date(); }
QDate DatesDialog::end() const { return m_end->date(); }

DimensionDialog::DimensionDialog(const QString& name, const QStringList& categories, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(name.isEmpty() ? tr("New stratum dimension") : tr("Edit %1").arg(name));
    setObjectName(QStringLiteral("dimensionDialog"));
    m_name = new QLineEdit(name, this);
    m_name->setAccessibleName(tr("Dimension"));
    m_name->setPlaceholderText(tr("e.g. Age group"));
    m_categories = new QPlainTextEdit(categories.join(QLatin1Char('\n')), this);
    m_categories->setAccessibleName(tr("Categories, one per line"));
    m_categories->setPlaceholderText(tr("Under 1\n1 to 5\n6 to 12\n13 to 17"));
    m_categories->setTabChangesFocus(true);
    m_categories->setMinimumHeight(fontMetrics().height() * 8);
    auto* form = new QFormLayout;
    form->addRow(tr("&Dimension:"), m_name);
    form->addRow(tr("&Categories:"), m_categories);
    finish(this, form, m_name,
           tr("One category per line, in the order teams enter them. Categories are kept by their name: one that "
              "holds teams' data cannot be removed or renamed."));
}

QString DimensionDialog::name() const { return m_name->text().trimmed(); }

QStringList DimensionDialog::categories() const {
    QStringList lines;
    for (const QString& line : m_categories->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

} // namespace pdsa::ui
