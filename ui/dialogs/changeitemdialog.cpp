// SPDX-License-Identifier: Apache-2.0
#include "dialogs/changeitemdialog.h"

#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdsa::ui {

NewChangeItemDialog::NewChangeItemDialog(Kind kind, const QString& parentName, const Teams& teams,
                                         const QUuid& team, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("newChangeItemDialog"));
    switch (kind) {
    case Kind::PrimaryDriver:
        setWindowTitle(tr("New primary driver"));
        m_name->setPlaceholderText(tr("e.g. Engage families from the first day"));
        break;
    case Kind::SecondaryDriver:
        setWindowTitle(tr("New secondary driver"));
        m_name->setPlaceholderText(tr("e.g. Meaningful family time"));
        break;
    case Kind::ChangeIdea:
        setWindowTitle(team.isNull() ? tr("New change idea") : tr("New change idea for a team"));
        m_name->setPlaceholderText(tr("e.g. First family visit within 72 hours of removal"));
        break;
    }
    const int unit = fontMetrics().height();
    m_name->setAccessibleName(tr("Name"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the change is and why it should help (optional)"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(unit * 4);

    auto* where = new QLabel(parentName, this);
    where->setWordWrap(true);
    Theme::makeMuted(where);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    if (kind == Kind::ChangeIdea) {
        m_owner = new QComboBox(this);
        m_owner->setAccessibleName(tr("Owned by"));
        m_owner->setToolTip(tr("A team's own idea belongs to that team; a shared idea to the collaborative"));
        m_owner->addItem(tr("The collaborative (shared with every team)"), QUuid());
        for (const auto& [id, name] : teams)
            m_owner->addItem(tr("%1 (the team's own idea)").arg(name), id);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(team)));
        form->addRow(tr("&Owned by:"), m_owner);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(unit * 30, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewChangeItemDialog::updateOk);
    updateOk();
}

QString NewChangeItemDialog::name() const {
    return m_name->text().trimmed();
}

QString NewChangeItemDialog::description() const {
    return m_description->toPlainText().trimmed();
}

QUuid NewChangeItemDialog::teamId() const {
    return m_owner ? m_owner->currentData().toUuid() : QUuid();
}

void NewChangeItemDialog::updateOk() {
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!name().isEmpty());
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Give it a name first"));
}

MoveChangeItemDialog::MoveChangeItemDialog(const QString& itemName, const std::vector<Target>& targets,
                                           const QUuid& current, QWidget* parent)
    : QDialog(parent)
    , m_targets(new QComboBox(this)) {
    setObjectName(QStringLiteral("moveChangeItemDialog"));
    setWindowTitle(tr("Move to another driver"));
    auto* what = new QLabel(tr("Move “%1” under:").arg(itemName), this);
    what->setWordWrap(true);
    what->setBuddy(m_targets);
    m_targets->setAccessibleName(tr("New driver"));
    m_targets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_targets->setMinimumContentsLength(30);
    for (const Target& target : targets)
        m_targets->addItem(target.label, target.id);
    m_targets->setCurrentIndex(std::max(0, m_targets->findData(current)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_targets);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QUuid MoveChangeItemDialog::target() const {
    return m_targets->currentData().toUuid();
}

} // namespace pdsa::ui
