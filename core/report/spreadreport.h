// SPDX-License-Identifier: Apache-2.0
#pragma once
// The spread report an organizer compiles for funders, the state agency and the next wave of
// sites: the collaborative, its outcome and balancing measures pooled across teams, the change
// package as tested, the spread of practices beyond the pilot sites, a page per team, the outcome
// by stratum, and the methods. spreadReport() gathers the numbers (small cells already suppressed);
// spreadDocument() lays them out as a document model (report/document.h) for the PDF and HTML;
// spreadCsvFiles() writes the same numbers as the CSV folder's four files. Qt Core only.

#include "analysis/measurechart.h"
#include "domain/collaborative.h"
#include "domain/spreadrecord.h"
#include "report/document.h"
#include "util/result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QUuid>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace pdsa {
class Workspace;
}

namespace pdsa::report {

struct SpreadOptions {
    QDate from; // the report's first month (invalid: the collaborative's start, and every cycle)
    QDate to;   // its last month (invalid: the latest month with data, and every cycle)
    std::optional<int> minCell; // unset: the collaborative's minimum cell size
};

enum class OutcomePeriod { Baseline, Latest };

// One team's (or, with a null team, the pooled collaborative's) numerator and denominator of one
// shared outcome or balancing measure, summed over the baseline or the latest six months.
struct OutcomeRow {
    QUuid measureId;
    QString measure;
    QUuid teamId; // null: every team pooled
    QString team; // empty for the pooled row
    OutcomePeriod period = OutcomePeriod::Baseline;
    QDate first, last; // the months summed
    std::optional<double> numerator, denominator; // nullopt when suppressed
    bool suppressed = false;
    bool complementary = false; // suppressed so that a total cannot give a small number back
    bool smallNumerator = false, smallDenominator = false; // which counts were small (shown "<N")
    // numerator ÷ denominator as a fraction; nullopt when suppressed or the denominator is 0.
    std::optional<double> value() const;
};

// One change idea as the teams tested it.
struct ChangeRow {
    QString changeConcept; // the primary driver (change concept) it sits under
    QUuid ideaId;
    QString idea;
    int cycles = 0, teams = 0, adopted = 0, adapted = 0, abandoned = 0;
};

struct SpreadRow {
    QUuid id;
    QUuid teamId;
    QString team;
    QUuid ideaId;
    QString changeConcept; // of the change idea, when it has one
    QString practice;
    QString toSite;
    QDate spreadOn;
    SpreadStatus status = SpreadStatus::Planned;
    QString note;
};

struct TeamRow {
    QUuid teamId;
    QString team, agency, site;
    int cycles = 0;
    std::optional<double> latestFacultyScore;
};

// One pooled measure: how its aggregate chart reads.
struct PooledMeasure {
    QUuid measureId;
    QString name;
    QString kind;   // "outcome" or "balancing"
    QString chart;  // "P chart", "U chart"
    QString unit;   // "%" or "per 1,000 days"
    double scale = 100; // plotted value = fraction × scale
    bool proportion = true; // children over children (else a rate: events over exposure)
    std::optional<double> goal; // in the plotted unit
    bool up = true;             // improvement is up
    ChartSketch sketch;         // points with small numbers left out
    QString reading;             // "shift from 2025-04 (improvement)" or "no signal"
    int hiddenMonths = 0;       // months left out of the chart as small numbers
};

// The outcome by one stratum dimension, pooled across teams, in the latest quarter compared.
struct StratumGroupRow {
    QString group;
    QString numerator, denominator, rate, reference, difference; // as shown ("<11" when suppressed)
    QString gap;                                                  // the gap's reading
};
struct StratumSection {
    QString measure, dimension, window;
    std::vector<StratumGroupRow> groups;
    QString named; // the gap named in a sentence (the group furthest behind the others)
};

struct TeamPage {
    QUuid teamId;
    QString team, agency, site;
    QStringList aims;
    QString progress;   // how far it got on the key measure
    QString scores;     // the faculty scores over time
    QString keyMeasure;
    ChartSketch keyChart; // the team's chart of its key measure, small numbers left out
    QString keySignals;
    int hiddenMonths = 0;
    QStringList adopted;  // the change ideas it adopted
};

struct SpreadReport {
    Collaborative collaborative;
    std::vector<LearningSession> sessions;
    std::vector<ActionPeriod> actionPeriods;
    QDate from, to;       // the months reported (first days)
    bool cyclesLimited = false; // --from or --to given: cycles and spread counted in those months only
    int minCell = 11;
    int sites = 0;        // distinct pilot sites
    std::vector<PooledMeasure> pooled;
    std::vector<OutcomeRow> outcomes; // per pooled measure: baseline then latest, the teams then the pool
    QStringList notPooled;            // shared outcome measures without a denominator
    std::vector<ChangeRow> changes;
    std::vector<SpreadRow> spread;
    std::vector<TeamRow> teams;
    std::vector<TeamPage> pages;
    std::vector<StratumSection> strata;
};

// Every live team's monthly totals of a measure with a denominator: month (first day) → team →
// (numerator, denominator).
using MonthlyTotals = std::map<QDate, std::map<QUuid, std::pair<double, double>>>;
Result<MonthlyTotals> monthlyTotals(Workspace& workspace, const QUuid& measureId);

// The collaborative aggregate of a measure: each month's pooled numerator over its pooled
// denominator up to `to` (invalid: every month), as a P chart (proportions) or a U chart (rates)
// with the IHI rules, its centre line at `baselineFraction` (the pooled baseline) when given.
analysis::MeasureChart pooledChart(const Measure& measure, const MonthlyTotals& totals, const QDate& to,
                                   const std::optional<double>& baselineFraction);

// The rules that fired on a chart's points from `begin` on, in words with their months and
// direction: "a shift (2025-08 to 2026-06, improvement); points beyond a limit (2025-11)".
QString signalsInWords(const analysis::MeasureChartSeries& series, size_t begin, bool up);

// The pooled baseline of those totals over the measure's baseline months (its first twelve months
// with data when it has none), up to `to`; nothing without data there.
std::optional<double> pooledBaseline(const Measure& measure, const MonthlyTotals& totals, const QDate& to);

// A change idea of the package with the change concept (primary driver) it sits under.
struct PackageIdea {
    QUuid id;
    QString idea;
    QString changeConcept;
};

// Every live change idea in the package's order: concept, secondary driver, idea.
Result<std::vector<PackageIdea>> packageIdeas(Workspace& workspace);

// The spread ledger: every live spread record of a live team, with its team's name and its
// change idea's concept, by team, date and practice.
Result<std::vector<SpreadRow>> spreadLedger(Workspace& workspace);

// Refused (ErrorCode::Invalid, one sentence): a minimum cell size out of 0–100, a first month after
// the collaborative ended or after the last month, a workspace with no collaborative.
Result<SpreadReport> spreadReport(Workspace& workspace, const SpreadOptions& options);

// Small-cell suppression of one measure and period's rows (the teams and their pool): a row whose
// numerator or denominator is a small number (above 0, below minCell), or for a proportion whose
// children not counted (denominator − numerator) are, is suppressed. While the pool is shown, more
// team rows are suppressed, the smallest first (or, with none left, the pool), until the hidden
// rows are at least two and their sums no small number, so that the pool less the rows shown
// cannot give a small number back. Suppressed rows lose their numbers.
void suppressOutcomes(std::vector<OutcomeRow*>& rows, int minCell, bool proportion);

Document spreadDocument(const SpreadReport& report);

// The CSV folder: file name → content (UTF-8, CRLF, RFC 4180), the same bytes for the same report:
// outcomes.csv, changes.csv, spread.csv, teams.csv.
QMap<QString, QByteArray> spreadCsvFiles(const SpreadReport& report);

// Writes those files into `folder` (made if missing): a file of the same name is replaced, the
// folder's other files are left alone. On a failure the folder this made is removed again.
Status writeSpreadCsvFolder(const SpreadReport& report, const QString& folder);

} // namespace pdsa::report
