#include "pages/cyclepage.h"

#include "format.h"
#include "theme.h"
#include "widgets/pageheader.h"
#include "workspacedocument.h"

#include <QCoreApplication>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pdsa::ui {

namespace {

const QString kCycleScheme = QStringLiteral("cycle");

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// The worksheet's HTML. Colours come from the palette so that a dark palette stays readable.
class Worksheet {
    Q_DECLARE_TR_FUNCTIONS(pdsa::ui::CyclePage)

public:
    explicit Worksheet(const QPalette& palette)
        : m_muted(Theme::mutedText(palette).name())
        , m_accent(Theme::accent().name())
        , m_band(Theme::accentSoft().name()) {}

    QString value(const QString& text) const {
        if (text.trimmed().isEmpty())
            return QStringLiteral("<span style=\"color:%1; font-style:italic\">%2</span>")
                .arg(m_muted, tr("Not written yet"));
        return escaped(text);
    }

    void field(const QString& label, const QString& html) {
        m_html += QStringLiteral("<tr><td width=\"26%\" style=\"color:%1; padding-right:12px\">%2</td>"
                                 "<td>%3</td></tr>")
                      .arg(m_muted, escaped(label), html);
    }
    void textField(const QString& label, const QString& text) { field(label, value(text)); }

    void beginFields() {
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">");
    }
    void endFields() { m_html += QStringLiteral("</table>"); }

    void stage(const QString& letter, const QString& name, const QString& purpose) {
        m_html += QStringLiteral(
                      "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"7\" style=\"margin-top:18px; "
                      "margin-bottom:4px; background-color:%1\"><tr><td>"
                      "<span style=\"font-size:x-large; font-weight:bold; color:%2\">%3</span>"
                      "&nbsp;&nbsp;<span style=\"font-size:large; font-weight:bold\">%4</span>"
                      "&nbsp;&nbsp;<span style=\"color:%5\">%6</span></td></tr></table>")
                      .arg(m_band, m_accent, letter, escaped(name), m_muted, escaped(purpose));
    }

    void questions(const QList<PdsaQuestion>& list) {
        if (list.isEmpty()) {
            textField(tr("Questions and predictions"), QString());
            return;
        }
        QString table =
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">"
                           "<tr style=\"background-color:%1\"><th align=\"left\" width=\"5%\">#</th>"
                           "<th align=\"left\" width=\"50%\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(m_band, tr("Question"), tr("Prediction"));
        int n = 0;
        for (const PdsaQuestion& q : list)
            table += QStringLiteral("<tr><td style=\"color:%1\">%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(m_muted)
                         .arg(++n)
                         .arg(value(q.question), value(q.prediction));
        table += QStringLiteral("</table>");
        field(tr("Questions and predictions"), table);
    }

    void raw(const QString& html) { m_html += html; }
    QString html() const { return m_html; }

    QString m_muted;
    QString m_accent;
    QString m_band;

private:
    QString m_html;
};

QString cycleLink(const PdsaCycle& cycle) {
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(kCycleScheme, cycle.meta.id.toString(QUuid::WithoutBraces), cycle.title.toHtmlEscaped());
}

} // namespace

CyclePage::CyclePage(QWidget* parent)
    : Page(Scrolling::Content, parent)
    , m_worksheet(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("cyclePage"));
    setAccessibleName(tr("PDSA cycle worksheet"));
    m_worksheet->setObjectName(QStringLiteral("worksheet"));
    m_worksheet->setAccessibleName(tr("PDSA worksheet"));
    m_worksheet->setOpenLinks(false);
    m_worksheet->setFrameShape(QFrame::NoFrame);
    const int margin = Theme::pageMargin(this);
    m_worksheet->document()->setDocumentMargin(margin);
    contentLayout()->setContentsMargins(0, 0, 0, 0);
    contentLayout()->addWidget(m_worksheet, 1);
    connect(m_worksheet, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == kCycleScheme)
            emit navigateRequested(NavigationTarget::cycle(m_teamId, QUuid::fromString(url.path())));
    });
}

Status CyclePage::load(WorkspaceDocument& document, const NavigationTarget& target) {
    Workspace& workspace = document.workspace();
    auto found = workspace.cycles.cycles.find(target.id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::NotFound, tr("the PDSA cycle is no longer in this workspace.")};
    const PdsaCycle& cycle = **found;
    m_teamId = cycle.teamId;
    auto team = workspace.teams.teams.find(cycle.teamId);
    if (!team)
        return team.error();

    header()->setTitle(cycle.title);
    QStringList subtitle{tr("PDSA cycle")};
    if (*team)
        subtitle << (*team)->name;
    subtitle << Format::status(cycle.status) << Format::dateRange(cycle.startDate, cycle.endDate);
    header()->setSubtitle(subtitle.join(QStringLiteral(" · ")));

    Worksheet sheet(palette());

    // Summary.
    sheet.beginFields();
    sheet.field(tr("Status"),
                QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                    .arg(Theme::statusColor(cycle.status).name(), Format::status(cycle.status)));
    sheet.field(tr("Dates"), escaped(Format::dateRange(cycle.startDate, cycle.endDate)));
    sheet.field(tr("Scale"), escaped(Format::scale(cycle.scaleCount, cycle.scaleUnit)));
    QStringList ideas;
    for (const QUuid& id : cycle.changeIdeaIds) {
        auto idea = workspace.changePackage.ideas.find(id);
        if (!idea)
            return idea.error();
        if (*idea)
            ideas << (*idea)->name.toHtmlEscaped();
    }
    sheet.field(tr("Change ideas tested"),
                ideas.isEmpty() ? sheet.value(QString()) : ideas.join(QStringLiteral("<br>")));
    QStringList measures;
    for (const QUuid& id : cycle.measureIds) {
        auto measure = workspace.measures.measures.find(id);
        if (!measure)
            return measure.error();
        if (*measure)
            measures << (*measure)->name.toHtmlEscaped();
    }
    sheet.field(tr("Measures informed"),
                measures.isEmpty() ? sheet.value(QString()) : measures.join(QStringLiteral("<br>")));
    if (!cycle.parentCycleId.isNull()) {
        auto parent = workspace.cycles.cycles.find(cycle.parentCycleId);
        if (!parent)
            return parent.error();
        if (*parent)
            sheet.field(tr("Grew from"), cycleLink(**parent));
    }
    auto children = workspace.cycles.children(cycle.meta.id);
    if (!children)
        return children.error();
    if (!children->empty()) {
        QStringList links;
        for (const PdsaCycle& child : *children)
            links << cycleLink(child);
        sheet.field(tr("Led to"), links.join(QStringLiteral("<br>")));
    }
    sheet.endFields();

    sheet.stage(tr("P"), tr("Plan"), tr("what we will test, and what we predict will happen"));
    sheet.beginFields();
    sheet.textField(tr("Objective"), cycle.objective);
    sheet.questions(cycle.questions);
    sheet.textField(tr("Who"), cycle.planWho);
    sheet.textField(tr("What"), cycle.planWhat);
    sheet.textField(tr("Where"), cycle.planWhere);
    sheet.textField(tr("When"), cycle.planWhen);
    sheet.textField(tr("Data collection plan"), cycle.dataCollectionPlan);
    sheet.endFields();

    sheet.stage(tr("D"), tr("Do"), tr("carrying out the test"));
    sheet.beginFields();
    sheet.textField(tr("What happened"), cycle.whatHappened);
    sheet.textField(tr("Observations"), cycle.observations);
    sheet.textField(tr("Problems"), cycle.problems);
    sheet.endFields();

    sheet.stage(tr("S"), tr("Study"), tr("results compared with the predictions"));
    sheet.beginFields();
    sheet.textField(tr("Results"), cycle.results);
    sheet.textField(tr("What we learned"), cycle.learned);
    sheet.endFields();

    sheet.stage(tr("A"), tr("Act"), tr("adopt, adapt or abandon, and the next cycle"));
    sheet.beginFields();
    sheet.field(tr("Decision"), cycle.decision == Decision::None
                                    ? sheet.value(QString())
                                    : QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                                          .arg(Theme::decisionColor(cycle.decision).name(),
                                               Format::decision(cycle.decision)));
    sheet.textField(tr("Next step"), cycle.nextStep);
    sheet.endFields();

    const int scroll = cycle.meta.id == m_cycleId ? m_worksheet->verticalScrollBar()->value() : 0;
    m_cycleId = cycle.meta.id;
    m_worksheet->setHtml(sheet.html());
    m_worksheet->verticalScrollBar()->setValue(scroll);
    return {};
}

} // namespace pdsa::ui
