// SPDX-License-Identifier: Apache-2.0
#include "report/spreadreport.h"

#include "analysis/measurechart.h"
#include "cycles/cycleindex.h"
#include "domain/assessmentscore.h"
#include "equity/disparityloader.h"
#include "repositories/spreadqueries.h"
#include "util/csvcell.h"
#include "workspace/measurechartloader.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace pdsa::report {

namespace {

class SpreadReports {
    Q_DECLARE_TR_FUNCTIONS(pdsa::report::SpreadReport)
};

constexpr int kLatestMonths = 6;

QDate monthOf(const QDate& day) { return day.isValid() ? QDate(day.year(), day.month(), 1) : QDate(); }
QString monthText(const QDate& month) { return month.toString(QStringLiteral("yyyy-MM")); }
QString dayText(const QDate& day) { return day.isValid() ? day.toString(Qt::ISODate) : QString(); }

// A small number: a count above 0 and below the minimum cell size (as the equity view counts it).
bool isSmall(const std::optional<double>& count, int minCell) {
    return count && *count > 0 && *count < minCell;
}

// Whether n of d make a small cell: either count is small, or for a proportion the children not
// counted (d − n): 38 of 40 reunified says that 2 were not.
bool smallCell(const std::optional<double>& n, const std::optional<double>& d, bool proportion, int minCell) {
    if (isSmall(n, minCell) || isSmall(d, minCell))
        return true;
    return proportion && n && d && isSmall(*d - *n, minCell);
}

std::optional<double> counted(double v) { return std::isnan(v) ? std::optional<double>() : std::optional<double>(v); }

QString countText(double value) {
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::llround(value)))
                                                      : QString::number(value, 'f', 1);
}

// The chart's rules that fired on the shown points, in words with their months, and the direction.
QString signalSummary(const analysis::MeasureChartSeries& series, size_t begin, bool up, const std::vector<bool>& hidden) {
    struct Seen {
        QDate first, last;
        int better = 0, worse = 0;
    };
    std::map<int, Seen> seen; // by rule flag, in the order of the flags
    for (size_t i = begin; i < series.points.size(); ++i) {
        const analysis::MeasureChartPoint& p = series.points[i];
        if (p.rules == analysis::RuleNone || std::isnan(p.value) || (i - begin < hidden.size() && hidden[i - begin]))
            continue; // a point left out is not named either
        const double centre = i < series.chart.cl.size() ? series.chart.cl[i] : analysis::kNaN;
        for (int flag : {int(analysis::RuleBeyondLimit), int(analysis::RuleShift), int(analysis::RuleTrend),
                         int(analysis::RuleTwoOfThree), int(analysis::RuleImprovement), int(analysis::RuleConcern)}) {
            if (!(p.rules & flag))
                continue;
            Seen& s = seen[flag];
            if (!s.first.isValid())
                s.first = p.period;
            s.last = p.period;
            if (!std::isnan(centre) && p.value != centre)
                ((p.value > centre) == up ? s.better : s.worse) += 1;
        }
    }
    QStringList parts;
    for (const auto& [flag, s] : seen) {
        QString name;
        switch (flag) {
        case analysis::RuleBeyondLimit: name = SpreadReports::tr("points beyond a limit"); break;
        case analysis::RuleShift: name = SpreadReports::tr("a shift"); break;
        case analysis::RuleTrend: name = SpreadReports::tr("a trend"); break;
        case analysis::RuleTwoOfThree: name = SpreadReports::tr("two of three points near a limit"); break;
        default: name = SpreadReports::tr("special cause"); break;
        }
        const QString when = s.first == s.last ? monthText(s.first)
                                               : SpreadReports::tr("%1 to %2").arg(monthText(s.first), monthText(s.last));
        const QString direction = s.better > s.worse   ? SpreadReports::tr("improvement")
                                  : s.worse > s.better ? SpreadReports::tr("in the wrong direction")
                                                       : QString();
        parts << (direction.isEmpty() ? QStringLiteral("%1 (%2)").arg(name, when)
                                      : QStringLiteral("%1 (%2, %3)").arg(name, when, direction));
    }
    return parts.isEmpty() ? SpreadReports::tr("no signal") : parts.join(QStringLiteral("; "));
}

// A window whose total the report prints (a baseline or latest row): a month hidden inside it could
// be had back as the total less the months shown.
struct PrintedWindow {
    QDate first, last;
    bool rowSuppressed = false; // the row itself is hidden: so is every month of it
};

enum class Centre {
    Keep,         // the centre line gives nothing away (the pooled chart's, frozen on a baseline shown)
    Drop,         // it would (a baseline row that is suppressed)
    UnlessHidden, // a team's chart: its centre (a median, a mean) may equal or give back a hidden point
};

// The sketch of the chart's total from point `begin` on, as it may leave the app: a month whose
// counts make a small cell is left out (its point, its limits, its signal), and so is every month
// of a printed window whose row is hidden; where one month of a printed window is left out, a
// second one is too (the smallest), and more until what is left out is no small number, so the
// window's total cannot give it back. `hidden` is one flag per sketched point.
ChartSketch sketchOf(const analysis::MeasureChart& chart, size_t begin, int minCell, bool proportion,
                     const std::vector<PrintedWindow>& windows, Centre centre, std::vector<bool>& hidden,
                     const std::set<QDate>& noLimits = {}) {
    ChartSketch sketch;
    sketch.measure = chart.measure.name;
    sketch.goal = chart.goal;
    const analysis::MeasureChartSeries& s = chart.total;
    const auto column = [](const std::vector<double>& values, size_t i) {
        return i < values.size() ? values[i] : analysis::kNaN;
    };
    sketch.width = 480;
    sketch.height = 150;
    if (begin < s.points.size()) {
        sketch.firstLabel = monthText(s.points[begin].period);
        sketch.lastLabel = monthText(s.points.back().period);
    }
    sketch.emptyText = SpreadReports::tr("Every month's numbers are small (under %1): not drawn").arg(minCell);
    const size_t n = begin < s.points.size() ? s.points.size() - begin : 0;
    hidden.assign(n, false);
    const auto point = [&](size_t k) -> const analysis::MeasureChartPoint& { return s.points[begin + k]; };
    const auto drawn = [&](size_t k) { return !std::isnan(point(k).value); };
    for (size_t k = 0; k < n; ++k)
        hidden[k] = drawn(k) && smallCell(counted(point(k).numerator), counted(point(k).denominator), proportion, minCell);
    for (const PrintedWindow& w : windows) {
        std::vector<size_t> in;
        for (size_t k = 0; k < n; ++k)
            if (drawn(k) && monthOf(point(k).period) >= w.first && monthOf(point(k).period) <= w.last)
                in.push_back(k);
        if (w.rowSuppressed) {
            for (size_t k : in)
                hidden[k] = true;
            continue;
        }
        while (true) {
            double hn = 0, hd = 0;
            int count = 0;
            for (size_t k : in)
                if (hidden[k]) {
                    hn += point(k).numerator;
                    hd += point(k).denominator;
                    ++count;
                }
            if (count == 0 || (count >= 2 && !smallCell(hn, hd, proportion, minCell)))
                break;
            size_t next = n;
            for (size_t k : in)
                if (!hidden[k] && (next == n || point(k).denominator < point(next).denominator))
                    next = k;
            if (next == n)
                break; // every month of the window is left out
            hidden[next] = true;
        }
    }
    // A centre computed from a month with small numbers, drawn or not (a month before the report's
    // first), could give it back too.
    bool anyHidden = std::find(hidden.begin(), hidden.end(), true) != hidden.end();
    for (size_t i = 0; i < begin && i < s.points.size(); ++i)
        anyHidden |= !std::isnan(s.points[i].value) &&
                     smallCell(counted(s.points[i].numerator), counted(s.points[i].denominator), proportion, minCell);
    const bool showCentre = centre == Centre::Keep || (centre == Centre::UnlessHidden && !anyHidden);
    const bool limits = !s.chart.ucl.empty() && showCentre;
    for (size_t k = 0; k < n; ++k) {
        const size_t i = begin + k;
        sketch.y.push_back(hidden[k] ? analysis::kNaN : point(k).value);
        sketch.signal.push_back(!hidden[k] && point(k).signal());
        sketch.centre.push_back(showCentre ? column(s.chart.cl, i) : analysis::kNaN);
        if (limits) {
            // A limit's width gives the month's denominator away: none where the month is hidden,
            // nor where the month is a total over cells of which one is small (`noLimits`).
            const bool drop = hidden[k] || noLimits.count(monthOf(point(k).period)) > 0;
            sketch.upper.push_back(drop ? analysis::kNaN : column(s.chart.ucl, i));
            sketch.lower.push_back(drop ? analysis::kNaN : column(s.chart.lcl, i));
        }
    }
    return sketch;
}

int countHidden(const std::vector<bool>& hidden) { return int(std::count(hidden.begin(), hidden.end(), true)); }

size_t firstPointFrom(const analysis::MeasureChart& chart, const QDate& from) {
    size_t i = 0;
    while (i < chart.total.points.size() && chart.total.points[i].period < from)
        ++i;
    return i;
}

struct Sums {
    double numerator = 0, denominator = 0;
    bool any = false;
    void add(double n, double d) {
        numerator += n;
        denominator += d;
        any = true;
    }
};

} // namespace

std::optional<double> OutcomeRow::value() const {
    if (suppressed || !numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return *numerator / *denominator;
}

void suppressOutcomes(std::vector<OutcomeRow*>& rows, int minCell, bool proportion) {
    OutcomeRow* pool = nullptr;
    std::vector<OutcomeRow*> teams;
    for (OutcomeRow* row : rows) {
        if (row->teamId.isNull())
            pool = row;
        else
            teams.push_back(row);
    }
    for (OutcomeRow* row : rows) {
        row->smallNumerator = isSmall(row->numerator, minCell);
        row->smallDenominator = isSmall(row->denominator, minCell);
        row->suppressed = smallCell(row->numerator, row->denominator, proportion, minCell);
    }
    // While the pool is shown, what the hidden team rows add up to is the pool less the rows shown:
    // hide more (the smallest first) until that is at least two rows and no small number.
    while (pool && !pool->suppressed) {
        double n = 0, d = 0;
        int hidden = 0;
        for (const OutcomeRow* row : teams)
            if (row->suppressed) {
                n += row->numerator.value_or(0);
                d += row->denominator.value_or(0);
                ++hidden;
            }
        if (hidden == 0 || (hidden >= 2 && !smallCell(n, d, proportion, minCell)))
            break;
        OutcomeRow* next = nullptr;
        const auto key = [](const OutcomeRow* r) {
            return std::make_tuple(r->denominator.value_or(0), r->numerator.value_or(0), r->team);
        };
        for (OutcomeRow* row : teams)
            if (!row->suppressed && (!next || key(row) < key(next)))
                next = row;
        OutcomeRow* second = next ? next : pool;
        second->suppressed = true;
        second->complementary = true;
    }
    for (OutcomeRow* row : rows)
        if (row->suppressed) {
            row->numerator.reset();
            row->denominator.reset();
        }
}

QString signalsInWords(const analysis::MeasureChartSeries& series, size_t begin, bool up) {
    return signalSummary(series, begin, up, {});
}

Result<MonthlyTotals> monthlyTotals(Workspace& workspace, const QUuid& measureId) {
    MonthlyTotals totals;
    PDSA_TRY(repo::SpreadQueries(workspace.database())
                 .totals(measureId, [&](const QUuid& team, const QDate& period, double n, double d) {
                     auto& cell = totals[monthOf(period)][team];
                     cell.first += n;
                     cell.second += d;
                 }));
    return totals;
}

analysis::MeasureChart pooledChart(const Measure& measure, const MonthlyTotals& totals, const QDate& to,
                                   const std::optional<double>& baselineFraction) {
    const bool proportion = measure.dataKind == DataKind::Proportion;
    analysis::MeasureChartInput input;
    input.measure = measure;
    input.setting.chartType = proportion ? analysis::ChartType::P : analysis::ChartType::U;
    input.setting.ruleSet = analysis::RuleSet::Ihi;
    if (baselineFraction)
        input.setting.fixedCentre = *baselineFraction * (proportion ? 100.0 : measure.ratePer.value_or(1.0));
    for (const auto& [month, cells] : totals) {
        if (to.isValid() && month > to)
            break;
        MeasureValue v;
        v.measureId = measure.meta.id;
        v.period = month;
        double n = 0, d = 0;
        for (const auto& [team, nd] : cells) {
            n += nd.first;
            d += nd.second;
        }
        v.numerator = n;
        v.denominator = d;
        input.values.push_back(v);
    }
    return analysis::buildMeasureChart(input);
}

std::optional<double> pooledBaseline(const Measure& measure, const MonthlyTotals& totals, const QDate& to) {
    QDate first = monthOf(measure.baselineStart), last = monthOf(measure.baselineEnd);
    if (!first.isValid() || !last.isValid()) {
        if (totals.empty())
            return std::nullopt;
        first = totals.begin()->first;
        last = first.addMonths(11);
    }
    if (to.isValid())
        last = std::min(last, to);
    double n = 0, d = 0;
    for (auto it = totals.lower_bound(first); it != totals.end() && it->first <= last; ++it)
        for (const auto& [team, nd] : it->second) {
            n += nd.first;
            d += nd.second;
        }
    return d > 0 ? std::optional<double>(n / d) : std::nullopt;
}

Result<std::vector<PackageIdea>> packageIdeas(Workspace& workspace) {
    auto drivers = workspace.changePackage.drivers.all();
    if (!drivers)
        return drivers.error();
    auto ideas = workspace.changePackage.ideas.all();
    if (!ideas)
        return ideas.error();
    QHash<QUuid, const Driver*> driverById;
    for (const Driver& d : *drivers)
        driverById.insert(d.meta.id, &d);
    const auto conceptOf = [&](const QUuid& driverId) -> const Driver* {
        const Driver* d = driverById.value(driverId);
        for (int depth = 0; d && !d->parentId.isNull() && depth < 8; ++depth)
            d = driverById.value(d->parentId, d);
        return d;
    };
    // The package's order: concept, then secondary driver, then the idea's position.
    const auto order = [&](const ChangeIdea& idea) {
        const Driver* secondary = driverById.value(idea.driverId);
        const Driver* primary = conceptOf(idea.driverId);
        return std::make_tuple(primary ? primary->position : INT_MAX, primary ? primary->name : QString(),
                               secondary ? secondary->position : INT_MAX, idea.position, idea.name);
    };
    std::sort(ideas->begin(), ideas->end(), [&](const ChangeIdea& a, const ChangeIdea& b) { return order(a) < order(b); });
    std::vector<PackageIdea> result;
    for (const ChangeIdea& idea : *ideas) {
        const Driver* primary = conceptOf(idea.driverId);
        result.push_back({idea.meta.id, idea.name, primary ? primary->name : QString()});
    }
    return result;
}

Result<std::vector<SpreadRow>> spreadLedger(Workspace& workspace) {
    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    QHash<QUuid, QString> teamName;
    for (const Team& t : *teams)
        teamName.insert(t.meta.id, t.name);
    auto ideas = packageIdeas(workspace);
    if (!ideas)
        return ideas.error();
    QHash<QUuid, QString> conceptOfIdea;
    for (const PackageIdea& idea : *ideas)
        conceptOfIdea.insert(idea.id, idea.changeConcept);
    auto spread = workspace.work.spread.all();
    if (!spread)
        return spread.error();
    std::vector<SpreadRow> rows;
    for (const SpreadRecord& s : *spread) {
        if (!teamName.contains(s.teamId))
            continue;
        rows.push_back(SpreadRow{s.meta.id, s.teamId, teamName.value(s.teamId), s.changeIdeaId,
                                 conceptOfIdea.value(s.changeIdeaId), s.practice, s.toSite, s.spreadOn, s.status, s.note});
    }
    std::sort(rows.begin(), rows.end(), [](const SpreadRow& a, const SpreadRow& b) {
        return std::make_tuple(a.team.toLower(), a.spreadOn, a.practice, a.id.toString()) <
               std::make_tuple(b.team.toLower(), b.spreadOn, b.practice, b.id.toString());
    });
    return rows;
}

Result<SpreadReport> spreadReport(Workspace& workspace, const SpreadOptions& options) {
    auto collaborative = workspace.collaborative.current();
    if (!collaborative)
        return collaborative.error();
    SpreadReport report;
    report.collaborative = *collaborative;
    report.minCell = options.minCell.value_or(collaborative->minCellSize);
    if (report.minCell < 0 || report.minCell > Collaborative::kMaxMinCellSize)
        return Error{ErrorCode::Invalid, SpreadReports::tr("the minimum cell size must be from 0 to %1, not %2")
                                             .arg(Collaborative::kMaxMinCellSize)
                                             .arg(report.minCell)};
    const QDate end = monthOf(collaborative->endDate);
    const QDate from = monthOf(options.from);
    const QDate to = monthOf(options.to);
    if (from.isValid() && end.isValid() && from > end)
        return Error{ErrorCode::Invalid, SpreadReports::tr("the report cannot start in %1: the collaborative ended in %2")
                                             .arg(monthText(from), monthText(end))};
    if (from.isValid() && to.isValid() && from > to)
        return Error{ErrorCode::Invalid, SpreadReports::tr("the report's first month (%1) is after its last (%2)")
                                             .arg(monthText(from), monthText(to))};
    report.cyclesLimited = from.isValid() || to.isValid();
    const auto inWindow = [&](const QDate& day) {
        if (!report.cyclesLimited)
            return true;
        if (!day.isValid())
            return false;
        const QDate m = monthOf(day);
        return (!from.isValid() || m >= from) && (!to.isValid() || m <= to);
    };

    auto sessions = workspace.collaborative.sessions.all();
    if (!sessions)
        return sessions.error();
    report.sessions = std::move(*sessions);
    std::sort(report.sessions.begin(), report.sessions.end(), [](const LearningSession& a, const LearningSession& b) {
        return std::tie(a.startDate, a.position, a.name) < std::tie(b.startDate, b.position, b.name);
    });
    auto periods = workspace.collaborative.actionPeriods.all();
    if (!periods)
        return periods.error();
    report.actionPeriods = std::move(*periods);
    std::sort(report.actionPeriods.begin(), report.actionPeriods.end(), [](const ActionPeriod& a, const ActionPeriod& b) {
        return std::tie(a.startDate, a.position, a.name) < std::tie(b.startDate, b.position, b.name);
    });

    auto teams = workspace.teams.teams.all();
    if (!teams)
        return teams.error();
    std::sort(teams->begin(), teams->end(), [](const Team& a, const Team& b) {
        return std::make_pair(a.name.toLower(), a.meta.id.toString()) < std::make_pair(b.name.toLower(), b.meta.id.toString());
    });
    QSet<QString> sites;
    for (const Team& t : *teams) {
        if (!t.site.trimmed().isEmpty())
            sites.insert(t.site.trimmed().toLower());
    }
    report.sites = int(sites.size());

    // The measures pooled: the shared outcome and balancing measures with a denominator.
    auto shared = workspace.measures.forTeam(QUuid());
    if (!shared)
        return shared.error();
    QDate lastData; // the latest month any pooled measure has data
    struct Pool {
        Measure measure;
        std::map<QDate, std::map<QUuid, std::pair<double, double>>> byMonth; // month → team → (n, d)
    };
    std::vector<Pool> pools;
    for (const Measure& m : *shared) {
        if (m.type == MeasureType::Process)
            continue;
        if (!m.hasDenominator()) {
            report.notPooled << m.name;
            continue;
        }
        auto totals = monthlyTotals(workspace, m.meta.id);
        if (!totals)
            return totals.error();
        Pool pool{m, std::move(*totals)};
        if (!pool.byMonth.empty())
            lastData = std::max(lastData, pool.byMonth.rbegin()->first);
        pools.push_back(std::move(pool));
    }
    report.from = from.isValid() ? from : monthOf(collaborative->startDate);
    report.to = to.isValid() ? to : lastData.isValid() ? lastData : end;
    if (report.to.isValid() && report.from.isValid() && report.from > report.to)
        return Error{ErrorCode::Invalid, SpreadReports::tr("the report cannot start in %1: the last month with data is %2")
                                             .arg(monthText(report.from), monthText(report.to))};

    for (Pool& pool : pools) {
        const Measure& m = pool.measure;
        PooledMeasure pm;
        pm.measureId = m.meta.id;
        pm.name = m.name;
        pm.kind = toText(m.type);
        pm.up = m.improvement == Improvement::Up;
        pm.goal = m.goal;
        const bool proportion = m.dataKind == DataKind::Proportion;
        pm.scale = proportion ? 100.0 : m.ratePer.value_or(1.0);
        pm.proportion = proportion;
        pm.unit = proportion ? QStringLiteral("%") : m.unit;
        pm.chart = proportion ? SpreadReports::tr("P chart") : SpreadReports::tr("U chart");

        // Baseline: the measure's; latest: the six months up to the report's last month with data.
        QDate lastMonth;
        for (auto it = pool.byMonth.rbegin(); it != pool.byMonth.rend(); ++it)
            if (!report.to.isValid() || it->first <= report.to) {
                lastMonth = it->first;
                break;
            }
        QDate baseFirst = monthOf(m.baselineStart), baseLast = monthOf(m.baselineEnd);
        if (!pool.byMonth.empty() && (!baseFirst.isValid() || !baseLast.isValid())) {
            baseFirst = pool.byMonth.begin()->first;
            baseLast = baseFirst.addMonths(11);
        }
        if (baseLast.isValid() && report.to.isValid())
            baseLast = std::min(baseLast, report.to); // nothing after the report's last month
        const QDate latestFirst = lastMonth.isValid() ? lastMonth.addMonths(1 - kLatestMonths) : QDate();
        std::optional<double> baselineFraction; // the pooled baseline as charted, before any suppression
        const auto addRows = [&](OutcomePeriod period, const QDate& first, const QDate& last) {
            if (!first.isValid() || !last.isValid() || last < first)
                return;
            std::map<QUuid, Sums> perTeam;
            Sums all;
            for (auto it = pool.byMonth.lower_bound(first); it != pool.byMonth.end() && it->first <= last; ++it)
                for (const auto& [team, nd] : it->second) {
                    perTeam[team].add(nd.first, nd.second);
                    all.add(nd.first, nd.second);
                }
            if (!all.any)
                return;
            if (period == OutcomePeriod::Baseline && all.denominator > 0)
                baselineFraction = all.numerator / all.denominator;
            const size_t start = report.outcomes.size();
            for (const Team& t : *teams) {
                const auto found = perTeam.find(t.meta.id);
                if (found == perTeam.end())
                    continue;
                OutcomeRow row{m.meta.id, m.name, t.meta.id, t.name, period, first, last,
                               found->second.numerator, found->second.denominator, false};
                report.outcomes.push_back(row);
            }
            report.outcomes.push_back(OutcomeRow{m.meta.id, m.name, QUuid(), QString(), period, first, last,
                                                 all.numerator, all.denominator, false});
            std::vector<OutcomeRow*> group;
            for (size_t i = start; i < report.outcomes.size(); ++i)
                group.push_back(&report.outcomes[i]);
            suppressOutcomes(group, report.minCell, proportion);
        };
        addRows(OutcomePeriod::Baseline, baseFirst, baseLast);
        addRows(OutcomePeriod::Latest, latestFirst, lastMonth);

        // The aggregate chart, its centre line the pooled baseline.
        const analysis::MeasureChart chart = pooledChart(m, pool.byMonth, report.to, baselineFraction);
        const size_t begin = firstPointFrom(chart, report.from);
        std::vector<PrintedWindow> windows;
        bool baselineHidden = false;
        for (const OutcomeRow& o : report.outcomes)
            if (o.measureId == m.meta.id && o.teamId.isNull()) {
                windows.push_back({o.first, o.last, o.suppressed});
                baselineHidden |= o.period == OutcomePeriod::Baseline && o.suppressed;
            }
        // A pooled month is a total over the teams: where one team's cell is small, the month's
        // pooled counts (its point with its limits) less the other teams' would give it back, so
        // that month is drawn without its limits.
        std::set<QDate> noLimits;
        for (const auto& [month, cells] : pool.byMonth)
            for (const auto& [team, nd] : cells)
                if (smallCell(nd.first, nd.second, proportion, report.minCell))
                    noLimits.insert(month);
        std::vector<bool> hidden;
        pm.sketch = sketchOf(chart, begin, report.minCell, proportion, windows,
                             !baselineFraction ? Centre::UnlessHidden : baselineHidden ? Centre::Drop : Centre::Keep,
                             hidden, noLimits);
        pm.hiddenMonths = countHidden(hidden);
        pm.reading = signalSummary(chart.total, begin, pm.up, hidden);
        report.pooled.push_back(std::move(pm));
    }

    // The change package as tested.
    auto index = cycles::CycleIndex::load(workspace);
    if (!index)
        return index.error();
    auto ideas = packageIdeas(workspace);
    if (!ideas)
        return ideas.error();
    std::map<QUuid, size_t> rowOfIdea;
    QHash<QUuid, QString> conceptOfIdea;
    for (const PackageIdea& idea : *ideas) {
        ChangeRow row;
        row.changeConcept = idea.changeConcept;
        row.ideaId = idea.id;
        row.idea = idea.idea;
        conceptOfIdea.insert(idea.id, row.changeConcept);
        rowOfIdea[idea.id] = report.changes.size();
        report.changes.push_back(row);
    }
    std::map<QUuid, QSet<QUuid>> teamsOfIdea;
    QHash<QUuid, int> cyclesOfTeam;
    QHash<QUuid, QStringList> adoptedOfTeam;
    for (const PdsaCycle& cycle : index->cycles()) {
        if (!inWindow(cycle.startDate))
            continue;
        cyclesOfTeam[cycle.teamId] += 1;
        for (const cycles::NamedRef& ref : index->changeIdeas(cycle)) {
            auto found = rowOfIdea.find(ref.id);
            if (found == rowOfIdea.end()) { // a change idea deleted since
                ChangeRow row;
                row.ideaId = ref.id;
                row.idea = ref.name.isEmpty() ? SpreadReports::tr("(a change idea deleted since)") : ref.name;
                found = rowOfIdea.emplace(ref.id, report.changes.size()).first;
                report.changes.push_back(row);
            }
            ChangeRow& row = report.changes[found->second];
            row.cycles += 1;
            teamsOfIdea[ref.id].insert(cycle.teamId);
            row.adopted += cycle.decision == Decision::Adopt;
            row.adapted += cycle.decision == Decision::Adapt;
            row.abandoned += cycle.decision == Decision::Abandon;
            if (cycle.decision == Decision::Adopt && !adoptedOfTeam[cycle.teamId].contains(row.idea))
                adoptedOfTeam[cycle.teamId] << row.idea;
        }
    }
    for (ChangeRow& row : report.changes)
        row.teams = int(teamsOfIdea[row.ideaId].size());

    // Spread.
    auto ledger = spreadLedger(workspace);
    if (!ledger)
        return ledger.error();
    for (SpreadRow& row : *ledger)
        if (inWindow(row.spreadOn))
            report.spread.push_back(std::move(row));

    // The teams, and a page each.
    auto scores = workspace.work.scores.all();
    if (!scores)
        return scores.error();
    std::map<QUuid, std::map<QDate, double>> facultyScores;
    for (const AssessmentScore& s : *scores)
        if (!s.isSelfScore() && (!report.to.isValid() || s.month <= report.to.addMonths(1).addDays(-1)))
            facultyScores[s.teamId][s.month] = s.score;
    // The key measure of the team pages: the first pooled outcome measure (a balancing one only
    // when there is no outcome measure to pool).
    const PooledMeasure* key = report.pooled.empty() ? nullptr : &report.pooled.front();
    for (const PooledMeasure& pm : report.pooled)
        if (pm.kind == QLatin1String("outcome")) {
            key = &pm;
            break;
        }
    for (const Team& t : *teams) {
        TeamRow row{t.meta.id, t.name, t.agency, t.site, cyclesOfTeam.value(t.meta.id), std::nullopt};
        const auto& history = facultyScores[t.meta.id];
        if (!history.empty())
            row.latestFacultyScore = history.rbegin()->second;
        report.teams.push_back(row);

        TeamPage page;
        page.teamId = t.meta.id;
        page.team = t.name;
        page.agency = t.agency;
        page.site = t.site;
        auto aims = workspace.teams.aims.forTeam(t.meta.id);
        if (!aims)
            return aims.error();
        for (const Aim& aim : *aims)
            if (!aim.statement.trimmed().isEmpty())
                page.aims << aim.statement.trimmed();
        QStringList steps;
        double previous = -1;
        for (const auto& [month, score] : history)
            if (score != previous) {
                steps << SpreadReports::tr("%1 from %2").arg(QString::number(score, 'f', 1), monthText(month));
                previous = score;
            }
        page.scores = steps.isEmpty() ? SpreadReports::tr("No faculty score yet.") : steps.join(QStringLiteral(" → "));
        page.adopted = adoptedOfTeam.value(t.meta.id);
        if (key) {
            page.keyMeasure = key->name;
            auto chart = loadMeasureChart(workspace, t.meta.id, key->measureId,
                                          report.to.isValid() ? report.to.addMonths(1).addDays(-1) : QDate());
            if (!chart)
                return chart.error();
            const size_t begin = firstPointFrom(*chart, report.from);
            const OutcomeRow* base = nullptr;
            const OutcomeRow* latest = nullptr;
            std::vector<PrintedWindow> windows;
            for (const OutcomeRow& o : report.outcomes)
                if (o.measureId == key->measureId && o.teamId == t.meta.id) {
                    (o.period == OutcomePeriod::Baseline ? base : latest) = &o;
                    windows.push_back({o.first, o.last, o.suppressed});
                }
            std::vector<bool> hidden;
            page.keyChart = sketchOf(*chart, begin, report.minCell, key->proportion,
                                     windows, Centre::UnlessHidden, hidden);
            page.hiddenMonths = countHidden(hidden);
            page.keySignals = signalSummary(chart->total, begin, key->up, hidden);
            const auto shown = [&](const OutcomeRow* o) {
                if (!o)
                    return SpreadReports::tr("no data");
                if (o->suppressed)
                    return SpreadReports::tr("suppressed (small numbers)");
                const auto v = o->value();
                return v ? QStringLiteral("%1 %2").arg(QString::number(*v * key->scale, 'f', 1), key->unit)
                         : SpreadReports::tr("no data");
            };
            page.progress = SpreadReports::tr("%1: %2 at baseline, %3 in the latest six months%4.")
                                .arg(key->name, shown(base), shown(latest),
                                     key->goal ? SpreadReports::tr(" (goal %1 %2)").arg(countText(*key->goal), key->unit)
                                               : QString());
        }
        report.pages.push_back(std::move(page));
    }

    // The outcome by stratum, pooled across teams, in the latest half year compared.
    auto dimensions = equity::strataDimensions(workspace);
    if (!dimensions)
        return dimensions.error();
    for (const PooledMeasure& pm : report.pooled) {
        if (pm.kind != QLatin1String("outcome"))
            continue;
        const Measure* measure = nullptr;
        for (const Measure& m : *shared)
            if (m.meta.id == pm.measureId)
                measure = &m;
        if (!measure || !measure->stratified)
            continue;
        for (const QString& dimension : *dimensions) {
            equity::DisparityRequest request;
            request.measureId = pm.measureId;
            request.dimension = dimension;
            request.window = equity::Window::Quarter;
            request.minCell = report.minCell;
            request.rules = analysis::RuleSet::Ihi;
            auto disparity = equity::loadDisparity(workspace, request);
            if (!disparity)
                return disparity.error();
            equity::Disparity shown = equity::suppressSmall(*disparity);
            // The latest quarter compared, up to the report's last month.
            size_t window = equity::latestComparedWindow(*disparity);
            if (shown.groups.empty())
                continue;
            const auto& quarters = disparity->groups.front().periods;
            // A quarter counts only when it ends by the report's last month.
            const auto after = [&](size_t w) { return quarters[w].start.addMonths(3) > report.to.addMonths(1); };
            if (window < quarters.size() && report.to.isValid() && after(window)) {
                size_t w = window;
                while (w > 0 && after(w))
                    --w;
                bool compared = false;
                for (const equity::DisparityGroup& g : disparity->groups)
                    compared |= w < g.periods.size() && g.periods[w].difference.has_value();
                window = !after(w) && compared ? w : quarters.size();
            }
            StratumSection section;
            section.measure = pm.name;
            section.dimension = dimension;
            if (window >= shown.groups.front().periods.size())
                continue;
            section.window = shown.groups.front().periods[window].label;
            std::vector<equity::DisparityPeriod*> cells;
            for (equity::DisparityGroup& g : shown.groups)
                cells.push_back(&g.periods[window]);
            const auto blank = [&](equity::DisparityPeriod* c) {
                equity::DisparityPeriod b;
                b.start = c->start;
                b.label = c->label;
                b.suppressed = true;
                *c = b;
            };
            // A proportion whose children not counted are few is small too (38 of 40 says 2 were not).
            if (pm.proportion)
                for (equity::DisparityPeriod* c : cells)
                    if (!c->suppressed && smallCell(c->numerator, c->denominator, true, report.minCell))
                        blank(c);
            // Complementary: the groups add up to the dimension's total, so hide more groups (the
            // smallest first) until the hidden ones are at least two and their sums no small number.
            // The raw counts decide; the report shows none of them.
            const auto raw = [&](const equity::DisparityPeriod* c) -> const equity::DisparityPeriod& {
                for (size_t i = 0; i < cells.size(); ++i)
                    if (cells[i] == c)
                        return disparity->groups[i].periods[window];
                return *c;
            };
            while (true) {
                double hn = 0, hd = 0;
                int hidden = 0;
                for (const equity::DisparityPeriod* c : cells)
                    if (c->suppressed) {
                        hn += raw(c).numerator.value_or(0);
                        hd += raw(c).denominator.value_or(0);
                        ++hidden;
                    }
                if (hidden == 0 || (hidden >= 2 && !smallCell(hn, hd, pm.proportion, report.minCell)))
                    break;
                equity::DisparityPeriod* next = nullptr;
                for (equity::DisparityPeriod* c : cells)
                    if (!c->suppressed && c->denominator && (!next || *c->denominator < *next->denominator))
                        next = c;
                if (!next)
                    break;
                blank(next);
            }
            // With any group hidden, the other groups pooled would give it back: no reference shown.
            if (std::any_of(cells.begin(), cells.end(), [](const equity::DisparityPeriod* c) { return c->suppressed; }))
                for (equity::DisparityPeriod* c : cells) {
                    c->refNumerator.reset();
                    c->refDenominator.reset();
                    c->refRate.reset();
                    c->difference.reset();
                    c->differenceLcl.reset();
                    c->differenceUcl.reset();
                    c->ratio.reset();
                    c->ratioLcl.reset();
                    c->ratioUcl.reset();
                }
            const QString hiddenText = QStringLiteral("<%1").arg(report.minCell);
            // A hidden count shows "<N" when it is itself small, "suppressed" when it was hidden with another.
            const auto count = [&](const equity::DisparityPeriod& p, const std::optional<double>& v,
                                   const std::optional<double>& rawCount) {
                if (p.suppressed)
                    return isSmall(rawCount, report.minCell) ? hiddenText : SpreadReports::tr("suppressed");
                return v ? countText(*v) : QStringLiteral("—");
            };
            const auto rate = [&](const std::optional<double>& v) {
                return v ? QStringLiteral("%1 %2").arg(QString::number(*v * pm.scale, 'f', 1), pm.unit) : QStringLiteral("—");
            };
            const equity::DisparityGroup* furthest = nullptr;
            for (const equity::DisparityGroup& g : shown.groups) {
                const equity::DisparityPeriod& p = g.periods[window];
                StratumGroupRow row;
                row.group = g.stratum.name;
                const equity::DisparityPeriod& r = raw(&p);
                row.numerator = count(p, p.numerator, r.numerator);
                row.denominator = count(p, p.denominator, r.denominator);
                row.rate = p.suppressed ? (isSmall(r.numerator, report.minCell) || isSmall(r.denominator, report.minCell)
                                               ? hiddenText
                                               : SpreadReports::tr("suppressed"))
                                        : rate(p.rate);
                row.reference = rate(p.refRate);
                row.difference = p.difference
                                     ? SpreadReports::tr("%1 (%2 to %3)")
                                           .arg(QString::number(*p.difference * pm.scale, 'f', 1),
                                                QString::number(p.differenceLcl.value_or(NAN) * pm.scale, 'f', 1),
                                                QString::number(p.differenceUcl.value_or(NAN) * pm.scale, 'f', 1))
                                     : QStringLiteral("—");
                row.gap = equity::gapSentence(g, shown.window);
                section.groups.push_back(row);
                // The group furthest behind: the largest difference in the direction of worse.
                const double behind = p.difference ? (pm.up ? -*p.difference : *p.difference) : 0.0;
                if (!g.isReference && p.difference && behind > 0 &&
                    (!furthest || behind > (pm.up ? -1 : 1) * *furthest->periods[window].difference))
                    furthest = &g;
            }
            if (furthest) {
                const equity::DisparityPeriod& p = furthest->periods[window];
                section.named = SpreadReports::tr("Furthest behind in %1: %2, %3 against %4 for the other groups "
                                                  "(a difference of %5 points, 95 % interval %6 to %7); the gap: %8.")
                                    .arg(section.window, furthest->stratum.name, rate(p.rate), rate(p.refRate),
                                         QString::number(*p.difference * pm.scale, 'f', 1),
                                         QString::number(p.differenceLcl.value_or(NAN) * pm.scale, 'f', 1),
                                         QString::number(p.differenceUcl.value_or(NAN) * pm.scale, 'f', 1),
                                         equity::gapSentence(*furthest, shown.window));
            } else {
                section.named = SpreadReports::tr("No group is behind the others in %1 (or the numbers are too small to show).")
                                    .arg(section.window);
            }
            report.strata.push_back(std::move(section));
        }
    }
    return report;
}

namespace {

QString monthsText(int n) {
    return n == 1 ? SpreadReports::tr("One month") : SpreadReports::tr("%1 months").arg(n);
}

QString rangeText(const QDate& first, const QDate& last) {
    return first == last ? monthText(first) : SpreadReports::tr("%1 to %2").arg(monthText(first), monthText(last));
}

QString dateRangeText(const QDate& first, const QDate& last) {
    if (!first.isValid())
        return SpreadReports::tr("no dates set");
    return last.isValid() && last != first ? SpreadReports::tr("%1 to %2").arg(dayText(first), dayText(last)) : dayText(first);
}

QString statusName(SpreadStatus status) {
    switch (status) {
    case SpreadStatus::Planned: return SpreadReports::tr("Planned");
    case SpreadStatus::InProgress: return SpreadReports::tr("In progress");
    case SpreadStatus::Spread: return SpreadReports::tr("Spread");
    case SpreadStatus::Sustained: return SpreadReports::tr("Sustained");
    case SpreadStatus::Discontinued: return SpreadReports::tr("Discontinued");
    }
    return {};
}

const std::vector<SpreadStatus>& allStatuses() {
    static const std::vector<SpreadStatus> statuses = {SpreadStatus::Planned, SpreadStatus::InProgress,
                                                       SpreadStatus::Spread, SpreadStatus::Sustained,
                                                       SpreadStatus::Discontinued};
    return statuses;
}

QByteArray csvFile(const QStringList& columns, const std::vector<QStringList>& rows) {
    QString text = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells << csvCell(cell);
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

// Text from a bundle (a team's, a practice's, a site's name) as a cell a spreadsheet will not run:
// one that starts like a formula gets a leading apostrophe.
QString textCell(const QString& text) {
    static const QString starts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString exact(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString idText(const QUuid& id) { return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces); }

} // namespace

Document spreadDocument(const SpreadReport& r) {
    Document doc;
    const Collaborative& c = r.collaborative;
    doc.title = SpreadReports::tr("%1 — spread report").arg(c.name);
    doc.footer = SpreadReports::tr("%1 · spread report · %2").arg(c.name, rangeText(r.from, r.to));
    const QString small = QStringLiteral("<%1").arg(r.minCell);

    // 1. The collaborative.
    doc.heading(1, doc.title);
    doc.paragraph(SpreadReports::tr("Reporting period: %1.").arg(rangeText(r.from, r.to)));
    doc.heading(2, SpreadReports::tr("1. The collaborative"));
    if (!c.topic.trimmed().isEmpty())
        doc.paragraph(SpreadReports::tr("Topic: %1").arg(c.topic.trimmed()));
    if (!c.aim.trimmed().isEmpty())
        doc.paragraph(SpreadReports::tr("Aim: %1").arg(c.aim.trimmed()));
    doc.paragraph(SpreadReports::tr("Dates: %1. Teams: %2. Pilot sites: %3.")
                      .arg(dateRangeText(c.startDate, c.endDate))
                      .arg(r.teams.size())
                      .arg(r.sites));
    if (r.sessions.empty()) {
        doc.note(SpreadReports::tr("No learning sessions are on the calendar."));
    } else {
        Table t;
        t.caption = SpreadReports::tr("Learning sessions");
        t.headers = {SpreadReports::tr("Session"), SpreadReports::tr("Dates"), SpreadReports::tr("Where")};
        for (const LearningSession& s : r.sessions)
            t.rows.push_back({s.name, dateRangeText(s.startDate, s.endDate), s.location});
        doc.table(std::move(t));
    }

    // 2. Outcome and balancing measures, pooled.
    doc.heading(2, SpreadReports::tr("2. Outcome and balancing measures across teams"), true);
    if (r.pooled.empty())
        doc.note(SpreadReports::tr("The shared measure set has no outcome or balancing measure with a denominator to pool."));
    for (const PooledMeasure& pm : r.pooled) {
        doc.heading(3, QStringLiteral("%1 (%2)").arg(pm.name, pm.kind));
        // A suppressed row shows "<N" for its small counts and for the value, "suppressed" for the rest.
        const auto value = [&](const OutcomeRow& o) {
            if (o.suppressed)
                return o.smallNumerator || o.smallDenominator ? small : SpreadReports::tr("suppressed");
            const auto v = o.value();
            return v ? QStringLiteral("%1 %2").arg(QString::number(*v * pm.scale, 'f', 1), pm.unit) : QStringLiteral("—");
        };
        const auto count = [&](const OutcomeRow& o, const std::optional<double>& n, bool wasSmall) {
            if (o.suppressed)
                return wasSmall ? small : SpreadReports::tr("suppressed");
            return n ? countText(*n) : QStringLiteral("—");
        };
        const OutcomeRow* poolBase = nullptr;
        const OutcomeRow* poolLatest = nullptr;
        std::map<QString, std::pair<const OutcomeRow*, const OutcomeRow*>> perTeam; // by team id text
        std::vector<QString> order;
        for (const OutcomeRow& o : r.outcomes) {
            if (o.measureId != pm.measureId)
                continue;
            if (o.teamId.isNull()) {
                (o.period == OutcomePeriod::Baseline ? poolBase : poolLatest) = &o;
                continue;
            }
            const QString k = o.teamId.toString();
            if (!perTeam.count(k))
                order.push_back(k);
            (o.period == OutcomePeriod::Baseline ? perTeam[k].first : perTeam[k].second) = &o;
        }
        const auto periodText = [&](const OutcomeRow* o) {
            return o ? QStringLiteral("%1 (%2 / %3)")
                           .arg(value(*o), count(*o, o->numerator, o->smallNumerator),
                                count(*o, o->denominator, o->smallDenominator))
                     : SpreadReports::tr("no data");
        };
        doc.paragraph(SpreadReports::tr("All teams pooled: %1 at baseline (%2), %3 in the latest six months (%4).")
                          .arg(periodText(poolBase), poolBase ? rangeText(poolBase->first, poolBase->last) : QStringLiteral("—"),
                               periodText(poolLatest),
                               poolLatest ? rangeText(poolLatest->first, poolLatest->last) : QStringLiteral("—")));
        doc.chart(pm.sketch, SpreadReports::tr("%1, all teams pooled, %2 by month, %3: %4.")
                                 .arg(pm.name, pm.chart, rangeText(r.from, r.to), pm.reading));
        doc.paragraph(SpreadReports::tr("%1 with limits that vary with each month's pooled denominator (orange points "
                                        "take part in a signal; grey: the centre line; red dashes: the limits; green "
                                        "dashes: the goal). Signals: %2.")
                          .arg(pm.chart, pm.reading));
        if (pm.hiddenMonths > 0)
            doc.note(SpreadReports::tr("%1 with small numbers left out of the drawing; the limits and signals are "
                                       "computed on every month.")
                         .arg(monthsText(pm.hiddenMonths)));
        Table t;
        t.caption = SpreadReports::tr("%1: each team's baseline against its latest six months (numerator / denominator)")
                        .arg(pm.name);
        t.headers = {SpreadReports::tr("Team"),
                     SpreadReports::tr("Baseline, %1").arg(poolBase ? rangeText(poolBase->first, poolBase->last) : QString()),
                     SpreadReports::tr("Latest, %1").arg(poolLatest ? rangeText(poolLatest->first, poolLatest->last) : QString()),
                     SpreadReports::tr("Change, points")};
        t.numeric = {false, true, true, true};
        const auto addRow = [&](const QString& name, const OutcomeRow* b, const OutcomeRow* l) {
            QString change = QStringLiteral("—");
            if (b && l && b->value() && l->value()) {
                const double d = (*l->value() - *b->value()) * pm.scale;
                const bool better = pm.up ? d > 0 : d < 0;
                change = QStringLiteral("%1%2%3").arg(d > 0 ? QStringLiteral("+") : QString(), QString::number(d, 'f', 1),
                                                       std::abs(d) < 0.05 ? QString()
                                                       : better          ? SpreadReports::tr(" (better)")
                                                                         : SpreadReports::tr(" (worse)"));
            }
            t.rows.push_back(QStringList{name, periodText(b), periodText(l), change});
        };
        for (const QString& k : order) {
            const auto& [b, l] = perTeam[k];
            addRow((b ? b : l)->team, b, l);
        }
        addRow(SpreadReports::tr("All teams"), poolBase, poolLatest);
        doc.table(std::move(t));
    }
    if (!r.notPooled.isEmpty())
        doc.note(SpreadReports::tr("Not pooled (no denominator to pool by): %1.").arg(r.notPooled.join(QStringLiteral(", "))));

    // 3. The change package as tested.
    doc.heading(2, SpreadReports::tr("3. The change package as tested"), true);
    if (r.cyclesLimited)
        doc.paragraph(SpreadReports::tr("PDSA cycles started from %1 to %2.").arg(monthText(r.from), monthText(r.to)));
    {
        Table t;
        t.caption = SpreadReports::tr("PDSA cycles per change idea, the teams that tested it, and their decisions");
        t.headers = {SpreadReports::tr("Change concept"), SpreadReports::tr("Change idea"), SpreadReports::tr("Cycles"),
                     SpreadReports::tr("Teams"), SpreadReports::tr("Adopted"), SpreadReports::tr("Adapted"),
                     SpreadReports::tr("Abandoned")};
        t.numeric = {false, false, true, true, true, true, true};
        for (const ChangeRow& row : r.changes)
            t.rows.push_back({row.changeConcept, row.idea, QString::number(row.cycles), QString::number(row.teams),
                              QString::number(row.adopted), QString::number(row.adapted), QString::number(row.abandoned)});
        if (t.rows.empty())
            doc.note(SpreadReports::tr("The change package is empty."));
        else
            doc.table(std::move(t));
    }

    // 4. Spread.
    doc.heading(2, SpreadReports::tr("4. Spread beyond the pilot sites"), true);
    if (r.spread.empty()) {
        doc.note(SpreadReports::tr("No spread is recorded yet."));
    } else {
        std::map<QString, std::map<SpreadStatus, int>> byConcept;
        for (const SpreadRow& s : r.spread)
            byConcept[s.changeConcept.isEmpty() ? SpreadReports::tr("(no change concept)") : s.changeConcept][s.status] += 1;
        Table counts;
        counts.caption = SpreadReports::tr("Practices by change concept and status");
        counts.headers = {SpreadReports::tr("Change concept")};
        for (SpreadStatus status : allStatuses())
            counts.headers << statusName(status);
        counts.headers << SpreadReports::tr("Total");
        counts.numeric = {false, true, true, true, true, true, true};
        for (const auto& [changeConcept, statuses] : byConcept) {
            QStringList row{changeConcept};
            int total = 0;
            for (SpreadStatus status : allStatuses()) {
                const auto found = statuses.find(status);
                const int n = found == statuses.end() ? 0 : found->second;
                total += n;
                row << QString::number(n);
            }
            counts.rows.push_back(row << QString::number(total));
        }
        doc.table(std::move(counts));
        Table ledger;
        ledger.caption = SpreadReports::tr("The spread ledger");
        ledger.headers = {SpreadReports::tr("Team"), SpreadReports::tr("Practice"), SpreadReports::tr("To"),
                          SpreadReports::tr("Since"), SpreadReports::tr("Status")};
        for (const SpreadRow& s : r.spread)
            ledger.rows.push_back({s.team, s.practice, s.toSite, dayText(s.spreadOn), statusName(s.status)});
        doc.table(std::move(ledger));
    }

    // 5. A page per team.
    bool firstTeam = true;
    for (const TeamPage& page : r.pages) {
        doc.heading(2, firstTeam ? SpreadReports::tr("5. Teams: %1").arg(page.team) : page.team, true);
        firstTeam = false;
        QStringList who;
        for (const QString& part : {page.agency, page.site})
            if (!part.trimmed().isEmpty())
                who << part.trimmed();
        if (!who.isEmpty())
            doc.paragraph(who.join(QStringLiteral(" · ")));
        if (page.aims.isEmpty())
            doc.note(SpreadReports::tr("No aim written yet."));
        for (const QString& aim : page.aims)
            doc.paragraph(SpreadReports::tr("Aim: %1").arg(aim));
        if (!page.progress.isEmpty())
            doc.paragraph(page.progress);
        doc.paragraph(SpreadReports::tr("Faculty assessment: %1").arg(page.scores));
        if (!page.keyMeasure.isEmpty()) {
            doc.chart(page.keyChart, SpreadReports::tr("%1, %2, by month: %3.").arg(page.keyMeasure, page.team, page.keySignals));
            doc.paragraph(SpreadReports::tr("Signals: %1.").arg(page.keySignals));
            if (page.hiddenMonths > 0)
                doc.note(SpreadReports::tr("%1 with small numbers left out of the drawing, and with them the centre "
                                           "line and limits, which would give them back.")
                             .arg(monthsText(page.hiddenMonths)));
        }
        doc.paragraph(page.adopted.isEmpty() ? SpreadReports::tr("Adopted changes: none yet.")
                                             : SpreadReports::tr("Adopted changes: %1.").arg(page.adopted.join(QStringLiteral("; "))));
    }

    // 6. The outcome by stratum.
    doc.heading(2, SpreadReports::tr("6. The outcome by stratum"), true);
    if (r.strata.empty())
        doc.note(SpreadReports::tr("No outcome measure is entered by stratum."));
    for (const StratumSection& s : r.strata) {
        doc.heading(3, SpreadReports::tr("%1 by %2, %3").arg(s.measure, s.dimension.toLower(), s.window));
        doc.paragraph(s.named);
        Table t;
        t.caption = SpreadReports::tr("%1 by %2, all teams pooled, %3, each group against the other groups")
                        .arg(s.measure, s.dimension.toLower(), s.window);
        t.headers = {SpreadReports::tr("Group"), SpreadReports::tr("Numerator"), SpreadReports::tr("Denominator"),
                     SpreadReports::tr("Rate"), SpreadReports::tr("Other groups"),
                     SpreadReports::tr("Difference (95 % interval), points"), SpreadReports::tr("Gap over time")};
        t.numeric = {false, true, true, true, true, true, false};
        for (const StratumGroupRow& g : s.groups)
            t.rows.push_back({g.group, g.numerator, g.denominator, g.rate, g.reference, g.difference, g.gap});
        doc.table(std::move(t));
    }

    // 7. Methods.
    doc.heading(2, SpreadReports::tr("7. Methods"), true);
    doc.paragraph(SpreadReports::tr(
        "Pooled measures: each month's numerators and denominators are summed across the teams that entered them; "
        "the aggregate is drawn as a P chart (proportions) or a U chart (rates), the centre line the pooled "
        "baseline (the baseline months' numerators over their denominators) and the three-sigma limits varying "
        "with each month's pooled denominator. "
        "Baseline: the measure's baseline period; latest: the six months up to the last month with data."));
    doc.paragraph(SpreadReports::tr(
        "Signals follow the IHI rules: a shift is six or more consecutive points on one side of the centre line; a "
        "trend is five or more consecutive points all going up or all going down; a point beyond a control limit; "
        "points on the centre line neither make nor break a shift. A team's chart uses the chart and rules the "
        "team chose."));
    doc.paragraph(SpreadReports::tr(
        "The outcome by stratum compares each group with the other groups pooled, by quarter: the difference of "
        "the proportions with Newcombe's hybrid score interval, and the gap's reading over time as a run chart."));
    doc.paragraph(r.minCell > 1
                      ? SpreadReports::tr(
                            "Small-cell suppression: any count of children or families from 1 to %1 is shown as %2, and so "
                            "is every percentage computed from it; a proportion whose children not counted are that few "
                            "is suppressed too. Where a total would let a reader compute what is suppressed, more numbers "
                            "are suppressed (shown as \"suppressed\") until what is hidden adds up to no small number. "
                            "Charts leave out the months with small numbers and, where a team's chart leaves any out, its "
                            "centre line and limits. Counts of PDSA cycles, teams and practices are not suppressed: they "
                            "are not about people.")
                            .arg(r.minCell - 1)
                            .arg(small)
                      : SpreadReports::tr("Small-cell suppression was turned off for this report: every count is shown."));
    return doc;
}

QMap<QString, QByteArray> spreadCsvFiles(const SpreadReport& r) {
    QMap<QString, QByteArray> files;
    std::vector<QStringList> rows;
    for (const OutcomeRow& o : r.outcomes)
        rows.push_back({idText(o.measureId), textCell(o.measure), idText(o.teamId), textCell(o.team),
                        o.period == OutcomePeriod::Baseline ? QStringLiteral("baseline") : QStringLiteral("latest"),
                        exact(o.numerator), exact(o.denominator), exact(o.value()),
                        o.suppressed ? QStringLiteral("true") : QStringLiteral("false")});
    files.insert(QStringLiteral("outcomes.csv"),
                 csvFile({QStringLiteral("measure_id"), QStringLiteral("measure"), QStringLiteral("team_id"),
                          QStringLiteral("team"), QStringLiteral("period"), QStringLiteral("numerator"),
                          QStringLiteral("denominator"), QStringLiteral("value"), QStringLiteral("suppressed")},
                         rows));
    rows.clear();
    for (const ChangeRow& c : r.changes)
        rows.push_back({textCell(c.changeConcept), idText(c.ideaId), textCell(c.idea), QString::number(c.cycles),
                        QString::number(c.teams),
                        QString::number(c.adopted), QString::number(c.adapted), QString::number(c.abandoned)});
    files.insert(QStringLiteral("changes.csv"),
                 csvFile({QStringLiteral("concept"), QStringLiteral("change_idea_id"), QStringLiteral("change_idea"),
                          QStringLiteral("cycles"), QStringLiteral("teams"), QStringLiteral("adopted"),
                          QStringLiteral("adapted"), QStringLiteral("abandoned")},
                         rows));
    rows.clear();
    for (const SpreadRow& s : r.spread)
        rows.push_back({idText(s.id), idText(s.teamId), textCell(s.team), idText(s.ideaId), textCell(s.practice),
                        textCell(s.toSite),
                        dayText(s.spreadOn), toText(s.status)});
    files.insert(QStringLiteral("spread.csv"),
                 csvFile({QStringLiteral("id"), QStringLiteral("team_id"), QStringLiteral("team"),
                          QStringLiteral("change_idea_id"), QStringLiteral("practice"), QStringLiteral("to_site"),
                          QStringLiteral("spread_on"), QStringLiteral("status")},
                         rows));
    rows.clear();
    for (const TeamRow& t : r.teams)
        rows.push_back({idText(t.teamId), textCell(t.team), textCell(t.agency), textCell(t.site), QString::number(t.cycles),
                        t.latestFacultyScore ? QString::number(*t.latestFacultyScore, 'f', 1) : QString()});
    files.insert(QStringLiteral("teams.csv"),
                 csvFile({QStringLiteral("team_id"), QStringLiteral("team"), QStringLiteral("agency"),
                          QStringLiteral("site"), QStringLiteral("cycles"), QStringLiteral("latest_faculty_score")},
                         rows));
    return files;
}

Status writeSpreadCsvFolder(const SpreadReport& report, const QString& folder) {
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error{ErrorCode::Io, SpreadReports::tr("%1 is a file, not a folder for the CSV files").arg(folder)};
    const bool made = !info.exists();
    if (made && !QDir().mkpath(folder))
        return Error{ErrorCode::Io, SpreadReports::tr("cannot make the folder %1").arg(folder)};
    const QMap<QString, QByteArray> files = spreadCsvFiles(report);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(folder).filePath(it.key());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit()) {
            const QString why = file.errorString();
            if (made)
                QDir(folder).removeRecursively();
            return Error{ErrorCode::Io, SpreadReports::tr("%1: cannot write it (%2)").arg(path, why)};
        }
    }
    return {};
}

} // namespace pdsa::report
