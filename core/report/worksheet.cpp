// SPDX-License-Identifier: Apache-2.0
#include "report/worksheet.h"

#include "cycles/cycleindex.h"
#include "cycles/cycletext.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace pdsa::report {

namespace {

// Ink, not screen colours: the worksheet is printed (often in black and white) and filled in by hand.
constexpr const char* kRule = "#8c8c8c";
constexpr const char* kBand = "#1f3a5f";
constexpr const char* kBandLight = "#e3e9f1";
constexpr const char* kLabel = "#f2f2f2";

// Lines of writing space in an empty box, so that a blank worksheet works as a paper form.
constexpr int kBlankLines = 4;

class Worksheet {
    Q_DECLARE_TR_FUNCTIONS(pdsa::report::Worksheet)

public:
    explicit Worksheet(const cycles::CycleIndex& index)
        : m_index(index) {}

    QString html(const PdsaCycle& cycle, bool newPage) const;

private:
    QString header(const PdsaCycle& cycle, bool newPage) const;
    QString plan(const PdsaCycle& cycle) const;
    QString doSection(const PdsaCycle& cycle) const;
    QString study(const PdsaCycle& cycle) const;
    QString act(const PdsaCycle& cycle) const;

    static QString band(const QString& letter, const QString& name, const QString& hint,
                        bool newPage = false);
    static QString field(const QString& label, const QString& text, int blankLines = kBlankLines);
    static QString text(const QString& text, int blankLines);
    static QString tick(bool on, const QString& label);
    QString names(const QList<cycles::NamedRef>& refs) const;

    const cycles::CycleIndex& m_index;
};

// Escaped text with its line breaks kept, or empty writing space.
QString Worksheet::text(const QString& value, int blankLines) {
    if (value.trimmed().isEmpty())
        return QStringLiteral("&nbsp;") + QStringLiteral("<br>&nbsp;").repeated(std::max(0, blankLines - 1));
    return value.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString Worksheet::tick(bool on, const QString& label) {
    // U+2612 BALLOT BOX WITH X, U+2610 BALLOT BOX (both in DejaVu Sans).
    return QStringLiteral("<span style=\"font-size:13pt\">%1</span>&nbsp;%2")
        .arg(on ? QStringLiteral("\u2612") : QStringLiteral("\u2610"),
             on ? QStringLiteral("<b>%1</b>").arg(label) : label);
}

QString Worksheet::names(const QList<cycles::NamedRef>& refs) const {
    QStringList list;
    for (const cycles::NamedRef& ref : refs)
        list << (ref.name.isEmpty() ? tr("(deleted)") : ref.name);
    return list.join(QStringLiteral("; "));
}

// The coloured band that opens each of Plan, Do, Study and Act.
QString Worksheet::band(const QString& letter, const QString& name, const QString& hint, bool newPage) {
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:10px%6\"><tr>"
               "<td width=\"28\" align=\"center\" bgcolor=\"%1\" style=\"color:white; font-size:13pt; "
               "font-weight:bold\">%2</td>"
               "<td bgcolor=\"%3\"><span style=\"font-size:12pt; font-weight:bold; color:%1\">%4</span>"
               "&nbsp;&nbsp;<span style=\"color:#404040\">%5</span></td></tr></table>")
        .arg(QString::fromLatin1(kBand), letter, QString::fromLatin1(kBandLight), name.toHtmlEscaped(),
             hint.toHtmlEscaped(), newPage ? QStringLiteral("; page-break-before:always") : QString());
}

// A full-width field: its label on a shaded line, then its text (or writing space) below it, so
// that the text reads in order when the PDF is read back or by a screen reader.
QString Worksheet::field(const QString& label, const QString& value, int blankLines) {
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
               "style=\"border-collapse:collapse; border-style:solid; border-color:%1; margin-top:4px\">"
               "<tr><td bgcolor=\"%2\" style=\"font-size:8pt; font-weight:bold\">%3</td></tr>"
               "<tr><td>%4</td></tr></table>")
        .arg(QString::fromLatin1(kRule), QString::fromLatin1(kLabel), label.toHtmlEscaped(),
             text(value, blankLines));
}

QString Worksheet::header(const PdsaCycle& cycle, bool newPage) const {
    const int position = m_index.rampPosition(cycle);
    const QString parent = m_index.parentTitle(cycle);
    QString ramp = cycle.parentCycleId.isNull() ? tr("Cycle 1 of the ramp (its first test)")
                                                : tr("Cycle %1 of the ramp").arg(position);
    ramp = ramp.toHtmlEscaped();
    if (!parent.isEmpty())
        ramp += QStringLiteral("<br>") + tr("Grew from: %1").arg(parent).toHtmlEscaped();

    const QLocale locale;
    const auto date = [&](const QDate& d) {
        return d.isValid() ? locale.toString(d, QStringLiteral("d MMM yyyy")).toHtmlEscaped()
                           : QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;");
    };
    const QString dates =
        QStringLiteral("%1 &nbsp;%2&nbsp; %3").arg(date(cycle.startDate), tr("to"), date(cycle.endDate));
    const QString scale = cycles::scaleText(cycle.scaleCount, cycle.scaleUnit, locale);

    const auto label = [](const QString& name) {
        return QStringLiteral(
                   "<td width=\"20%\" bgcolor=\"%1\" style=\"font-size:8pt; font-weight:bold\">%2</td>")
            .arg(QString::fromLatin1(kLabel), name.toHtmlEscaped());
    };
    const auto wide = [&](const QString& name, const QString& html) {
        return QStringLiteral("<tr>%1<td colspan=\"3\">%2</td></tr>").arg(label(name), html);
    };

    QString html;
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"%4><tr>"
                       "<td><span style=\"font-size:17pt; font-weight:bold; color:%1\">%2</span></td>"
                       "<td align=\"right\" valign=\"bottom\" style=\"color:#404040\">%3</td></tr></table>")
            .arg(QString::fromLatin1(kBand), tr("PDSA worksheet").toHtmlEscaped(),
                 m_index.collaborativeName().toHtmlEscaped(),
                 newPage ? QStringLiteral(" style=\"page-break-before:always\"") : QString());
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                "style=\"border-collapse:collapse; border-style:solid; border-color:%1; margin-top:6px\">")
                .arg(QString::fromLatin1(kRule));
    html += wide(tr("Cycle"), QStringLiteral("<span style=\"font-size:12pt; font-weight:bold\">%1</span>")
                                  .arg(text(cycle.title, 1)));
    html += wide(tr("Team"), text(m_index.teamName(cycle.teamId), 1));
    html += wide(tr("Ramp"), ramp);
    html += QStringLiteral("<tr>%1<td width=\"30%\">%2</td>%3<td>%4</td></tr>")
                .arg(label(tr("Status")), cycles::statusText(cycle.status).toHtmlEscaped(),
                     label(tr("Dates")), dates);
    html += wide(tr("Scale"), text(scale, 1));
    html += wide(tr("Change ideas tested"), text(names(m_index.changeIdeas(cycle)), 1));
    html += wide(tr("Measures informed"), text(names(m_index.measures(cycle)), 1));
    html += QStringLiteral("</table>");
    return html;
}

QString Worksheet::plan(const PdsaCycle& cycle) const {
    QString html =
        band(QStringLiteral("P"), tr("Plan"), tr("What do we want to find out, and how will we test it?"));
    html += field(tr("Objective of this cycle"), cycle.objective, 3);

    // The questions with their predictions, side by side as on the paper form; blank rows to
    // write in when there are none yet.
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                "style=\"border-collapse:collapse; border-style:solid; border-color:%1; margin-top:4px\">"
                "<thead><tr><td width=\"4%\" bgcolor=\"%2\"></td>"
                "<td width=\"48%\" bgcolor=\"%2\" style=\"font-size:8pt; font-weight:bold\">%3</td>"
                "<td bgcolor=\"%2\" style=\"font-size:8pt; font-weight:bold\">%4</td></tr></thead>")
                .arg(QString::fromLatin1(kRule), QString::fromLatin1(kLabel),
                     tr("Questions we want this cycle to answer").toHtmlEscaped(),
                     tr("Our predictions").toHtmlEscaped());
    QList<PdsaQuestion> questions = cycle.questions;
    while (questions.size() < 3)
        questions.append(PdsaQuestion{});
    for (int i = 0; i < questions.size(); ++i)
        html += QStringLiteral("<tr><td align=\"right\">%1.</td><td>%2</td><td>%3</td></tr>")
                    .arg(i + 1)
                    .arg(text(questions[i].question, 2), text(questions[i].prediction, 2));
    html += QStringLiteral("</table>");

    // Who, what, where, when: one line each, the label only beside the first line of the text.
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                "style=\"border-collapse:collapse; border-style:solid; border-color:%1; margin-top:4px\">"
                "<tr><td colspan=\"2\" bgcolor=\"%2\" style=\"font-size:8pt; font-weight:bold\">%3</td></tr>")
                .arg(QString::fromLatin1(kRule), QString::fromLatin1(kLabel),
                     tr("Plan to carry out the cycle").toHtmlEscaped());
    const std::pair<QString, QString> rows[] = {{tr("Who"), cycle.planWho},
                                                {tr("What"), cycle.planWhat},
                                                {tr("Where"), cycle.planWhere},
                                                {tr("When"), cycle.planWhen}};
    for (const auto& [label, value] : rows)
        html += QStringLiteral("<tr><td width=\"10%\" style=\"font-weight:bold\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), text(value, 2));
    html += QStringLiteral("</table>");
    html +=
        field(tr("Plan for collecting data (who records what, when and where)"), cycle.dataCollectionPlan, 4);
    return html;
}

QString Worksheet::doSection(const PdsaCycle& cycle) const {
    // Do, Study and Act start the second page, as on the paper worksheet: page one is the plan
    // a team takes into the test, page two what they write during and after it.
    QString html =
        band(QStringLiteral("D"), tr("Do"), tr("Carry out the test and write down what you see."), true);
    html += field(tr("What happened? Was the cycle carried out as planned?"), cycle.whatHappened);
    html += field(tr("Observations"), cycle.observations);
    html += field(tr("Problems and unexpected events"), cycle.problems);
    return html;
}

QString Worksheet::study(const PdsaCycle& cycle) const {
    QString html = band(QStringLiteral("S"), tr("Study"), tr("Compare the results with the predictions."));
    html += field(tr("Results compared with our predictions"), cycle.results);
    html += field(tr("What we learned"), cycle.learned);
    return html;
}

QString Worksheet::act(const PdsaCycle& cycle) const {
    QString html = band(QStringLiteral("A"), tr("Act"), tr("Decide what to do next."));
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                "style=\"border-collapse:collapse; border-style:solid; border-color:%1; margin-top:4px\">"
                "<tr><td colspan=\"3\" bgcolor=\"%2\" style=\"font-size:8pt; font-weight:bold\">%3</td></tr>"
                "<tr><td width=\"33%\">%4</td><td width=\"33%\">%5</td><td>%6</td></tr></table>")
                .arg(QString::fromLatin1(kRule), QString::fromLatin1(kLabel), tr("Decision").toHtmlEscaped(),
                     tick(cycle.decision == Decision::Adopt,
                          cycles::decisionText(Decision::Adopt).toHtmlEscaped()),
                     tick(cycle.decision == Decision::Adapt,
                          cycles::decisionText(Decision::Adapt).toHtmlEscaped()),
                     tick(cycle.decision == Decision::Abandon,
                          cycles::decisionText(Decision::Abandon).toHtmlEscaped()));
    html +=
        field(tr("Next step (the next cycle, or how the change becomes standard practice)"), cycle.nextStep);
    QStringList next;
    for (const PdsaCycle* child : m_index.nextCycles(cycle))
        next << child->title;
    if (!next.isEmpty())
        html += field(next.size() == 1 ? tr("Next cycle in this ramp") : tr("Next cycles in this ramp"),
                      next.join(QLatin1Char('\n')), 1);
    return html;
}

QString Worksheet::html(const PdsaCycle& cycle, bool newPage) const {
    return header(cycle, newPage) + plan(cycle) + doSection(cycle) + study(cycle) + act(cycle);
}

Result<std::vector<const PdsaCycle*>> cyclesOf(const cycles::CycleIndex& index,
                                               const std::vector<QUuid>& cycleIds) {
    std::vector<const PdsaCycle*> cycles;
    for (const QUuid& id : cycleIds) {
        const PdsaCycle* cycle = index.find(id);
        if (!cycle)
            return Error{ErrorCode::NotFound, Worksheet::tr("no PDSA cycle \"%1\" in this workspace")
                                                  .arg(id.toString(QUuid::WithoutBraces))};
        cycles.push_back(cycle);
    }
    if (cycles.empty())
        return Error{ErrorCode::Invalid, Worksheet::tr("no PDSA cycle to print")};
    return cycles;
}

} // namespace

Result<QString> worksheetHtml(Workspace& workspace, const std::vector<QUuid>& cycleIds) {
    auto index = cycles::CycleIndex::load(workspace);
    if (!index)
        return index.error();
    auto cycles = cyclesOf(*index, cycleIds);
    if (!cycles)
        return cycles.error();
    const Worksheet worksheet(*index);
    QString html = QStringLiteral("<html><body>");
    for (size_t i = 0; i < cycles->size(); ++i)
        html += worksheet.html(*(*cycles)[i], i > 0);
    return html + QStringLiteral("</body></html>");
}

Result<std::vector<CycleWorksheet>> worksheets(Workspace& workspace, const std::vector<QUuid>& cycleIds) {
    auto index = cycles::CycleIndex::load(workspace);
    if (!index)
        return index.error();
    auto cycles = cyclesOf(*index, cycleIds);
    if (!cycles)
        return cycles.error();
    const Worksheet worksheet(*index);
    std::vector<CycleWorksheet> result;
    for (const PdsaCycle* cycle : *cycles) {
        const QString footer =
            Worksheet::tr("PDSA worksheet · %1 · %2").arg(index->teamName(cycle->teamId), cycle->title);
        result.push_back({worksheet.html(*cycle, false), footer});
    }
    return result;
}

} // namespace pdsa::report
