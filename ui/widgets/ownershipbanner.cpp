// SPDX-License-Identifier: Apache-2.0
#include "widgets/ownershipbanner.h"

#include "format.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVariant>

namespace pdsa::ui {

namespace {

// A file name longer than this is shortened in the middle (its start and its date-like end are
// what tells bundles apart); the whole name stays in the tooltip.
constexpr int kLongestFileName = 48;

QString shortFileName(const QString& name) {
    if (name.size() <= kLongestFileName)
        return name;
    const int tail = kLongestFileName / 3;
    return name.left(kLongestFileName - tail - 1) + QStringLiteral("…") + name.right(tail);
}

QString dayOf(const QDateTime& time) {
    return time.isValid() ? Format::date(time.toLocalTime().date()) : Format::dash();
}

} // namespace

OwnershipBanner::OwnershipBanner(QWidget* parent)
    : QFrame(parent)
    , m_tag(new QLabel(tr("Imported"), this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("ownershipBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Whose work this is"));

    QFont bold = m_tag->font();
    bold.setBold(true);
    m_tag->setFont(bold);
    m_tag->setFrameShape(QFrame::Box);
    const int unit = fontMetrics().height();
    m_tag->setMargin(unit / 8);
    m_tag->setAlignment(Qt::AlignCenter);
    m_tag->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QPalette tagPalette = m_tag->palette();
    tagPalette.setColor(QPalette::WindowText, Theme::accent());
    m_tag->setPalette(tagPalette);

    m_text->setObjectName(QStringLiteral("ownershipText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(unit / 2, unit / 3, unit / 2, unit / 3);
    layout->setSpacing(unit / 2);
    layout->addWidget(m_tag, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

QString OwnershipBanner::describe(const repo::ImportLogEntry& entry) {
    return tr("%1's work, imported from %2 (made %3, imported %4). It is read-only here: changes come "
              "with their next bundle.")
        .arg(entry.ownerName, shortFileName(entry.fileName), dayOf(entry.createdAt), dayOf(entry.importedAt));
}

void OwnershipBanner::setArrival(const std::optional<repo::ImportLogEntry>& entry) {
    if (!entry) {
        setNote(QString());
        return;
    }
    m_text->setText(describe(*entry));
    m_text->setToolTip(tr("Imported from %1").arg(entry->fileName));
    m_text->setAccessibleName(m_text->text());
    setVisible(true);
}

void OwnershipBanner::setNote(const QString& text) {
    m_text->setText(text);
    m_text->setToolTip(QString());
    m_text->setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void OwnershipBanner::setLocked(QWidget* control, const QString& reason) {
    // The control's own tooltip is kept aside the first time it is locked.
    static const char* const kOwnToolTip = "pdsaOwnToolTip";
    if (!control->property(kOwnToolTip).isValid())
        control->setProperty(kOwnToolTip, control->toolTip());
    control->setEnabled(reason.isEmpty());
    control->setToolTip(reason.isEmpty() ? control->property(kOwnToolTip).toString() : reason);
}

QString OwnershipBanner::text() const {
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

} // namespace pdsa::ui
