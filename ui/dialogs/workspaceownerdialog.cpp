// SPDX-License-Identifier: Apache-2.0
#include "dialogs/workspaceownerdialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

// A choice's consequence, in a line under it, indented to the choice's text.
QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(parent->fontMetrics().height() + parent->fontMetrics().height() / 2);
    Theme::makeMuted(label);
    return label;
}

} // namespace

WorkspaceOwnerDialog::WorkspaceOwnerDialog(QWidget* parent)
    : QDialog(parent)
    , m_organizer(new QRadioButton(tr("The &organizer's"), this))
    , m_team(new QRadioButton(tr("A &team's:"), this))
    , m_coach(new QRadioButton(tr("A faculty &coach's:"), this))
    , m_teamName(new QLineEdit(this))
    , m_coachName(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Whose workspace is this?"));
    setObjectName(QStringLiteral("workspaceOwnerDialog"));
    const int unit = fontMetrics().height();
    m_teamName->setAccessibleName(tr("Team name"));
    m_teamName->setPlaceholderText(tr("the team's name, as the organizer wrote it"));
    m_coachName->setAccessibleName(tr("Coach's name"));
    m_coachName->setPlaceholderText(tr("your name"));

    // Each choice on a row (with its name field), what it allows on the row below.
    const struct {
        QRadioButton* choice;
        QLineEdit* name;
        QString allows;
    } choices[] = {
        {m_organizer, nullptr,
         tr("Change the collaborative's shared records and the teams' work made here; a team's work that "
            "arrives from its own bundle is read-only.")},
        {m_team, m_teamName,
         tr("Change only your team's records; the shared records and other teams' work arrive with their "
            "bundles.")},
        {m_coach, m_coachName,
         tr("Read the teams' work and write your comments and scores; the teams' records stay theirs.")},
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const auto& [choice, name, allows] : choices) {
        if (name) {
            grid->setRowMinimumHeight(row, unit * 2);
            grid->addWidget(choice, row, 0);
            grid->addWidget(name, row, 1);
        } else {
            grid->addWidget(choice, row, 0, 1, 2);
        }
        grid->addWidget(explanation(allows, this), row + 1, 0, 1, 2);
        row += 2;
    }
    grid->setVerticalSpacing(unit / 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(unit / 2);
    layout->addWidget(m_buttons);
    // Wrapped explanations: the height follows from the width, whatever the text size.
    resize(unit * 34, layout->totalHeightForWidth(unit * 34));

    m_team->setChecked(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* choice : {m_organizer, m_team, m_coach})
        connect(choice, &QRadioButton::toggled, this, &WorkspaceOwnerDialog::updateOk);
    for (QLineEdit* name : {m_teamName, m_coachName}) {
        connect(name, &QLineEdit::textChanged, this, &WorkspaceOwnerDialog::updateOk);
        connect(name, &QLineEdit::textEdited, this, [this, name] {
            (name == m_teamName ? m_team : m_coach)->setChecked(true);
        });
    }
    updateOk();
}

WorkspaceOwner WorkspaceOwnerDialog::owner() const {
    if (m_organizer->isChecked())
        return WorkspaceOwner::organizer();
    if (m_coach->isChecked())
        return WorkspaceOwner::coach(m_coachName->text());
    return WorkspaceOwner::team(m_teamName->text());
}

void WorkspaceOwnerDialog::setOwner(const WorkspaceOwner& owner) {
    (owner.role == OwnerRole::Organizer ? m_organizer : owner.role == OwnerRole::Team ? m_team : m_coach)
        ->setChecked(true);
    if (owner.role == OwnerRole::Team)
        m_teamName->setText(owner.name);
    else if (owner.role == OwnerRole::Coach)
        m_coachName->setText(owner.name);
    updateOk();
}

void WorkspaceOwnerDialog::updateOk() {
    const bool named = m_organizer->isChecked() || (m_team->isChecked() && !m_teamName->text().trimmed().isEmpty())
                       || (m_coach->isChecked() && !m_coachName->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named);
}

} // namespace pdsa::ui
