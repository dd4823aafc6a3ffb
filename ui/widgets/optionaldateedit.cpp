// SPDX-License-Identifier: Apache-2.0
#include "widgets/optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace pdsa::ui {

OptionalDateEdit::OptionalDateEdit(const QString& label, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateEdit(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_check->setAccessibleName(tr("Has %1").arg(label.toLower()));
    m_check->setToolTip(tr("Tick to set the %1, untick to leave it empty").arg(label.toLower()));
    m_edit->setAccessibleName(label);
    m_edit->setCalendarPopup(true);
    // A typed date counts once it is whole (Enter or leaving the field): "25" passes through "2",
    // which may be refused as before the start, and must not reset the field mid-typing.
    m_edit->setKeyboardTracking(false);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->setEnabled(false);
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setDate(m_edit->minimumDate());
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        if (m_setting)
            return;
        m_setting = true;
        m_edit->setEnabled(on);
        m_edit->setDate(on ? defaultDate() : m_edit->minimumDate());
        m_setting = false;
        emit dateEdited(date());
    });
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (!m_setting && m_check->isChecked())
            emit dateEdited(date());
    });
}

QDate OptionalDateEdit::date() const {
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date) {
    if (date == this->date() && m_check->isChecked() == date.isValid())
        return;
    m_setting = true;
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
    m_setting = false;
}

} // namespace pdsa::ui
