// SPDX-License-Identifier: Apache-2.0
#include "dialogs/exportbundledialog.h"

#include "coaching/reporting.h"
#include "format.h"
#include "workspacedocument.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

const char kFolderKey[] = "bundles/exportFolder";

// A free-text field's JSON key in words: "what_happened" → "what happened".
QString fieldWords(const QString& key) {
    static const std::pair<const char*, const char*> words[] = {
        {"objective", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "objective")},
        {"plan_who", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "who")},
        {"plan_what", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "what")},
        {"plan_where", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "where")},
        {"plan_when", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "when")},
        {"data_collection_plan", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "data collection plan")},
        {"what_happened", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "what happened")},
        {"observations", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "observations")},
        {"problems", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "problems")},
        {"results", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "results")},
        {"learned", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "what was learned")},
        {"next_step", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "next step")},
        {"questions", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "questions and predictions")},
        {"note", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "note")},
        {"description", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "description")},
        {"text", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "text")},
        {"progress", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "progress")},
        {"successes", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "successes")},
        {"challenges", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "challenges")},
        {"next_steps", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "next steps")},
        {"help_needed", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "help needed")},
        {"rationale", QT_TRANSLATE_NOOP("pdsa::ui::ExportBundleDialog", "rationale")},
    };
    for (const auto& [name, words_] : words)
        if (key == QLatin1String(name))
            return QCoreApplication::translate("pdsa::ui::ExportBundleDialog", words_);
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}

// A file name without characters that file systems refuse.
QString safeFileName(QString name) {
    static const QString refused = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name)
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    return name.simplified().left(80);
}

} // namespace

ExportBundleDialog::ExportBundleDialog(WorkspaceDocument& document, const QUuid& teamId, QWidget* parent)
    : QDialog(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("exportBundleDialog"));
    setWindowTitle(tr("Export bundle"));
    auto* layout = new QVBoxLayout(this);

    QButtonGroup* kinds = addKindChoices(layout);

    m_withoutNotes = new QCheckBox(tr("Leave out &notes (free text that could hold names)"), this);
    layout->addSpacing(8);
    layout->addWidget(m_withoutNotes);

    addFreeTextSummary(layout);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportBundleDialog::chooseFileAndExport);
    layout->addWidget(buttons);

    const bool anyTeam = m_teams->count() > 0;
    m_team->setEnabled(anyTeam);
    m_teams->setEnabled(anyTeam);
    if (!anyTeam)
        m_team->setToolTip(tr("This workspace holds no team yet."));
    if (anyTeam && !teamId.isNull())
        setTeam(teamId);
    (anyTeam ? m_team : m_template)->setChecked(true);

    connect(kinds, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            refresh();
    });
    connect(m_teams, &QComboBox::currentIndexChanged, this, [this] {
        m_team->setChecked(true);
        refresh();
    });
    connect(m_coaches, &QComboBox::currentIndexChanged, this, [this] {
        m_feedback->setChecked(true);
        refresh();
    });
    connect(m_feedbackTeams, &QListWidget::itemChanged, this, [this] {
        m_feedback->setChecked(true);
        refresh();
    });
    connect(m_withoutNotes, &QCheckBox::toggled, this, &ExportBundleDialog::refresh);
    resize(720, 620);
    refresh();
}

// What to send: a team's work (with the team to choose), the template or the feedback, each
// explained under its choice.
QButtonGroup* ExportBundleDialog::addKindChoices(QVBoxLayout* layout) {
    auto* what = new QLabel(tr("<b>What to send</b>"), this);
    layout->addWidget(what);

    auto* kinds = new QButtonGroup(this);
    auto* teamRow = new QHBoxLayout;
    m_team = new QRadioButton(tr("A &team's work:"), this);
    m_teams = new QComboBox(this);
    m_teams->setAccessibleName(tr("Team"));
    m_teams->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teams->setMinimumContentsLength(24);
    if (auto teams = m_document.workspace().teams.teams.all())
        for (const Team& team : *teams)
            m_teams->addItem(team.name, team.meta.id);
    teamRow->addWidget(m_team);
    teamRow->addWidget(m_teams, 1);
    layout->addLayout(teamRow);
    layout->addWidget(
        explanation(tr("Everything the team owns: its members, aim, measures and their data, chart "
                       "settings, PDSA cycles, annotations, monthly reports, self-scores and replies to "
                       "its coach. Teams send it to the organizer and their coach each month."),
                    this));
    m_template = new QRadioButton(tr("The collaborative te&mplate"), this);
    layout->addWidget(m_template);
    layout->addWidget(
        explanation(tr("The organizer's shared definitions: the calendar, the change package, the "
                       "shared measures and the strata. A new workspace imports it first."),
                    this));
    auto* feedbackRow = new QHBoxLayout;
    m_feedback = new QRadioButton(tr("A coach's &feedback:"), this);
    m_coaches = new QComboBox(this);
    m_coaches->setAccessibleName(tr("Coach"));
    m_coaches->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_coaches->setMinimumContentsLength(24);
    // This coach's own workspace offers its coach first; any workspace the coaches it holds.
    QStringList coaches;
    if (const auto& owner = m_document.workspace().rights().owner(); owner && owner->role == OwnerRole::Coach)
        coaches << owner->name;
    if (auto names = coaching::coachNames(m_document.workspace()))
        for (const QString& name : *names)
            if (!coaches.contains(name, Qt::CaseInsensitive))
                coaches << name;
    m_coaches->addItems(coaches);
    feedbackRow->addWidget(m_feedback);
    feedbackRow->addWidget(m_coaches, 1);
    layout->addLayout(feedbackRow);
    layout->addWidget(explanation(tr("The coach's comments and faculty scores for the teams ticked below. Each "
                                     "coach sends their own."),
                                  this));
    // The teams the feedback is for: all of them unless the coach unticks some.
    m_feedbackTeams = new QListWidget(this);
    m_feedbackTeams->setObjectName(QStringLiteral("feedbackTeamsView"));
    m_feedbackTeams->setAccessibleName(tr("Teams the feedback is for"));
    if (auto teams = m_document.workspace().teams.teams.all())
        for (const Team& team : *teams) {
            auto* item = new QListWidgetItem(team.name, m_feedbackTeams);
            item->setData(Qt::UserRole, team.meta.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    const int rows = std::min(4, std::max(1, m_feedbackTeams->count()));
    m_feedbackTeams->setMaximumHeight(m_feedbackTeams->sizeHintForRow(0) * rows + 2 * m_feedbackTeams->frameWidth() + 2);
    auto* teamsRow = new QHBoxLayout;
    teamsRow->addSpacing(24);
    teamsRow->addWidget(m_feedbackTeams, 1);
    layout->addLayout(teamsRow);
    m_feedback->setEnabled(!coaches.isEmpty());
    m_coaches->setEnabled(!coaches.isEmpty());
    m_feedbackTeams->setEnabled(!coaches.isEmpty());
    if (coaches.isEmpty())
        m_feedback->setToolTip(tr("This workspace holds no coach's comments or scores."));
    for (QRadioButton* b : {m_team, m_template, m_feedback})
        kinds->addButton(b);
    return kinds;
}

// What free text the bundle would carry, kind of record by kind of record.
void ExportBundleDialog::addFreeTextSummary(QVBoxLayout* layout) {
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("freeTextHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    layout->addSpacing(8);
    layout->addWidget(m_headline);

    m_freeText = new QTreeWidget(this);
    m_freeText->setObjectName(QStringLiteral("freeTextView"));
    m_freeText->setAccessibleName(tr("Free text in this bundle"));
    m_freeText->setRootIsDecorated(false);
    m_freeText->setAlternatingRowColors(true);
    m_freeText->setWordWrap(true);
    m_freeText->setHeaderLabels({tr("Kind of record"), tr("Records"), tr("With free text"),
                                 tr("Free-text fields"), tr("In the bundle")});
    m_freeText->header()->setStretchLastSection(false);
    m_freeText->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_freeText->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_freeText, 1);
}

bundle::ExportRequest ExportBundleDialog::request() const {
    bundle::ExportRequest request;
    request.kind = m_team->isChecked()       ? bundle::BundleKind::Team
                   : m_template->isChecked() ? bundle::BundleKind::Template
                                             : bundle::BundleKind::Feedback;
    if (request.kind == bundle::BundleKind::Team)
        request.teamId = m_teams->currentData().toUuid();
    if (request.kind == bundle::BundleKind::Feedback) {
        request.coach = m_coaches->currentText();
        const std::vector<QUuid> ticked = tickedTeams();
        if (int(ticked.size()) < m_feedbackTeams->count()) // every team ticked: all of them (empty)
            request.feedbackTeams = ticked;
    }
    request.withoutNotes = m_withoutNotes->isChecked();
    return request;
}

std::vector<QUuid> ExportBundleDialog::tickedTeams() const {
    std::vector<QUuid> ticked;
    for (int row = 0; row < m_feedbackTeams->count(); ++row)
        if (m_feedbackTeams->item(row)->checkState() == Qt::Checked)
            ticked.push_back(m_feedbackTeams->item(row)->data(Qt::UserRole).toUuid());
    return ticked;
}

void ExportBundleDialog::setKind(bundle::BundleKind kind) {
    switch (kind) {
    case bundle::BundleKind::Team:
        m_team->setChecked(true);
        break;
    case bundle::BundleKind::Template:
        m_template->setChecked(true);
        break;
    case bundle::BundleKind::Feedback:
        m_feedback->setChecked(true);
        break;
    }
}

bool ExportBundleDialog::setTeam(const QUuid& teamId) {
    const int index = m_teams->findData(teamId);
    if (index < 0)
        return false;
    m_teams->setCurrentIndex(index);
    m_team->setChecked(true);
    return true;
}

void ExportBundleDialog::setWithoutNotes(bool withoutNotes) {
    m_withoutNotes->setChecked(withoutNotes);
}

QString ExportBundleDialog::freeTextHeadline() const {
    return m_headline->text();
}

QString ExportBundleDialog::suggestedFileName() const {
    const bundle::ExportRequest r = request();
    QString who;
    switch (r.kind) {
    case bundle::BundleKind::Team:
        who = m_teams->currentText();
        break;
    case bundle::BundleKind::Template:
        //: Start of a suggested file name: "Template 2026-11-23.pdsabundle"
        who = tr("Template");
        break;
    case bundle::BundleKind::Feedback:
        //: Start of a suggested file name: "Feedback Maria Lopez 2026-11-23.pdsabundle"
        who = tr("Feedback %1").arg(r.coach);
        break;
    }
    const QString day = m_document.workspace().now().toLocalTime().date().toString(Qt::ISODate);
    return safeFileName(QStringLiteral("%1 %2").arg(who, day)) + QLatin1String(bundle::kSuffix);
}

void ExportBundleDialog::refresh() {
    m_error->hide();
    m_freeText->clear();
    const bundle::ExportRequest r = request();
    if (r.kind == bundle::BundleKind::Feedback && tickedTeams().empty()) {
        m_headline->setText(tr("Tick at least one team for the feedback to be for."));
        m_export->setEnabled(false);
        return;
    }
    auto summary = bundle::freeTextSummary(m_document.workspace(), r);
    if (!summary) {
        m_headline->setText(
            tr("Cannot tell what the bundle would hold: %1").arg(summary.error().message.toHtmlEscaped()));
        m_export->setEnabled(false);
        return;
    }
    const QLocale locale;
    qint64 records = 0, withText = 0;
    for (const bundle::FreeTextSummary& kind : *summary) {
        records += kind.records;
        withText += kind.withText;
        QStringList fields;
        for (const QString& key : kind.fields)
            fields << fieldWords(key);
        auto* item = new QTreeWidgetItem(m_freeText);
        item->setText(0, Format::recordKind(kind.table));
        item->setText(1, locale.toString(kind.records));
        item->setText(2, kind.fields.isEmpty() ? QString() : locale.toString(kind.withText));
        item->setText(3, fields.isEmpty() ? tr("none") : fields.join(QStringLiteral(", ")));
        item->setText(4, fields.isEmpty() ? QString() : r.withoutNotes ? tr("Left out") : tr("Included"));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(3, item->text(3));
    }
    if (records == 0) {
        m_headline->setText(
            tr("There is nothing of this kind to send yet: the bundle would hold no records."));
    } else if (r.withoutNotes) {
        m_headline->setText(
            tr("<b>Notes left out.</b> The free-text fields below stay in this workspace; the "
               "records are sent without them. Names and titles (of teams, members, measures "
               "and cycles) are still sent."));
    } else if (withText == 0) {
        m_headline->setText(tr("<b>No free text to send.</b> None of these records has notes filled in."));
    } else {
        m_headline->setText(
            (withText == 1 ? tr("<b>Free text included:</b> 1 record carries notes in the fields below.")
                           : tr("<b>Free text included:</b> %1 records carry notes in the fields below.")
                                 .arg(QLocale().toString(withText))) +
            QLatin1Char(' ') +
            tr("Check that they name no child or family before you send the file, or leave notes out."));
    }
    m_export->setEnabled(true);
}

Status ExportBundleDialog::exportTo(const QString& path) {
    auto written = bundle::exportBundleFile(m_document.workspace(), request(), path);
    if (!written) {
        m_error->setText(tr("Cannot export the bundle: %1").arg(written.error().message));
        m_error->show();
        return written.error();
    }
    m_exported = *written;
    return {};
}

void ExportBundleDialog::chooseFileAndExport() {
    QSettings settings;
    QString folder = settings.value(QLatin1String(kFolderKey)).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export bundle"), QDir(folder).filePath(suggestedFileName()),
                                     tr("PDSA Tracker bundles (*.pdsabundle)"));
    if (path.isEmpty())
        return;
    QString target = path;
    if (!target.endsWith(QLatin1String(bundle::kSuffix), Qt::CaseInsensitive))
        target += QLatin1String(bundle::kSuffix);
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(target).absolutePath());
    if (exportTo(target))
        accept();
}

} // namespace pdsa::ui
