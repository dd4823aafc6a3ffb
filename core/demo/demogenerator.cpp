// SPDX-License-Identifier: Apache-2.0
#include "demo/demogenerator.h"

#include "demo/demotext.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace pdsa::demo {

namespace {

// SplitMix64: tiny, fast, and the same sequence on every platform and compiler.
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (Irwin–Hall with 12 terms): no libm calls, so portable.
    double normal()
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }
    int binomial(int n, double p)
    {
        p = std::clamp(p, 0.0, 1.0);
        if (n <= 200) {
            int k = 0;
            for (int i = 0; i < n; ++i)
                k += chance(p);
            return k;
        }
        const double mean = n * p;
        const double sd = std::sqrt(mean * (1 - p)); // sqrt is correctly rounded everywhere
        return std::clamp(static_cast<int>(std::lround(mean + sd * normal())), 0, n);
    }
    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<size_t>(below(static_cast<int>(items.size())))]; }

private:
    quint64 m_state;
};

double ramp(double month, double start, double width)
{
    return std::clamp((month - start) / width, 0.0, 1.0);
}

QString plural(int count, const QString& unit)
{
    if (count == 1 && unit.endsWith(QLatin1Char('s')))
        return QStringLiteral("1 ") + unit.chopped(unit.endsWith(QLatin1String("ies")) ? 3 : 1) +
               (unit.endsWith(QLatin1String("ies")) ? QStringLiteral("y") : QString());
    return QStringLiteral("%1 %2").arg(count).arg(unit);
}

QString upperFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

const QDate kLastMonth(2026, 6, 1);
// The scales a ramp of cycles grows through: 1, 3, 8, 20, then 40 families or cases.
constexpr int kScales[] = {1, 3, 8, 20, 40};

struct Idea {
    QUuid id;
    const IdeaText* text;
};

struct TeamPlan {
    Team team;
    QList<TeamMember> members;
    double size = 1;        // relative caseload
    double onset = 0;       // month index at which the team's first changes take hold
    double tempo = 1;       // how fast its changes spread
    double strength = 1;    // how much its process measures improve
    std::vector<Measure> measures; // shared then own, parallel to measure template indexes
    std::vector<int> templateOf;   // template index of each measure
};

class Generator {
public:
    Generator(Workspace& workspace, const DemoOptions& options)
        : m_ws(workspace)
        , m_opt(options)
        , m_rng(options.seed)
        , m_namespace(QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c8f5e-3b7e-4e53-9a55-2c6a1f1d0b7a}")),
                                          QByteArray::number(options.seed)))
        , m_first(kLastMonth.addMonths(-(options.months - 1)))
    {
    }

    Status run()
    {
        PDSA_TRY(makeCollaborative());
        PDSA_TRY(makeChangePackage());
        PDSA_TRY(makeStrata());
        PDSA_TRY(makeSharedMeasures());
        for (int t = 0; t < m_opt.teams; ++t) {
            TeamPlan plan = makeTeam(t);
            PDSA_TRY(storeTeam(plan));
            PDSA_TRY(makeMeasureData(plan, t));
            PDSA_TRY(makeCycles(plan, t));
            PDSA_TRY(makeTeamRecords(plan, t));
        }
        return {};
    }

private:
    QUuid id(const QString& key) const { return QUuid::createUuidV5(m_namespace, key); }
    QDate month(int index) const { return m_first.addMonths(index); }
    QDateTime stamp(const QDate& date) const { return QDateTime(date, QTime(12, 0), QTimeZone::utc()); }
    RecordMeta meta(const QString& key, const Owner& owner, const QDate& when) const
    {
        return RecordMeta{id(key), owner, 1, stamp(when), false};
    }

    Status makeCollaborative()
    {
        m_collaborative.meta = meta(QStringLiteral("collaborative"), Owner::organizer(), m_first);
        m_collaborative.name = QStringLiteral("Timely Permanency through Reunification (demo)");
        m_collaborative.topic = QStringLiteral("Timely permanency through reunification");
        m_collaborative.aim = QStringLiteral("Children in foster care return home safely and sooner: more children "
                                             "reunified within 12 months of entry, without more re-entries.");
        m_collaborative.description = QStringLiteral(
            "A fictional Breakthrough Series Collaborative, generated as a demonstration. Every team, person and "
            "number in it is invented. Public and tribal child welfare agencies test small changes with their "
            "court partners and share what they learn between learning sessions.");
        m_collaborative.startDate = m_first;
        m_collaborative.endDate = kLastMonth.addMonths(1).addDays(-1);
        PDSA_TRY(m_ws.collaborative.collaboratives.put(m_collaborative));

        // Three learning sessions at the start and after one and two thirds of the collaborative,
        // the action periods between them, and a closing summit.
        const int months = m_opt.months;
        const std::vector<int> at = {0, months / 3, (2 * months) / 3};
        const QStringList places = {QStringLiteral("Harbor City Conference Center"),
                                    QStringLiteral("Red Cedar Nation Community Hall"),
                                    QStringLiteral("State Capitol Training Center")};
        for (int i = 0; i < 3; ++i) {
            LearningSession session;
            session.meta = meta(QStringLiteral("session/%1").arg(i), Owner::organizer(), month(at[i]));
            session.collaborativeId = m_collaborative.meta.id;
            session.name = QStringLiteral("Learning session %1").arg(i + 1);
            session.kind = SessionKind::LearningSession;
            session.startDate = month(at[i]).addDays(13);
            session.endDate = session.startDate.addDays(1);
            session.location = places[i];
            session.position = i;
            m_sessions.push_back(session);
            PDSA_TRY(m_ws.collaborative.sessions.put(session));
        }
        LearningSession summit;
        summit.meta = meta(QStringLiteral("session/summit"), Owner::organizer(), kLastMonth);
        summit.collaborativeId = m_collaborative.meta.id;
        summit.name = QStringLiteral("Closing summit");
        summit.kind = SessionKind::Summit;
        summit.startDate = kLastMonth.addDays(20);
        summit.endDate = summit.startDate;
        summit.location = places[0];
        summit.position = 3;
        PDSA_TRY(m_ws.collaborative.sessions.put(summit));
        for (int i = 0; i < 3; ++i) {
            ActionPeriod period;
            period.meta = meta(QStringLiteral("action-period/%1").arg(i), Owner::organizer(), month(at[i]));
            period.collaborativeId = m_collaborative.meta.id;
            period.name = QStringLiteral("Action period %1").arg(i + 1);
            period.startDate = m_sessions[static_cast<size_t>(i)].endDate.addDays(1);
            period.endDate = i < 2 ? m_sessions[static_cast<size_t>(i + 1)].startDate.addDays(-1)
                                   : summit.startDate.addDays(-1);
            period.position = i;
            PDSA_TRY(m_ws.collaborative.actionPeriods.put(period));
        }
        return {};
    }

    Status makeChangePackage()
    {
        int p = 0;
        for (const PrimaryText& primaryText : changePackage()) {
            Driver primary;
            primary.meta = meta(QStringLiteral("driver/%1").arg(p), Owner::organizer(), m_first);
            primary.collaborativeId = m_collaborative.meta.id;
            primary.kind = DriverKind::Primary;
            primary.name = QString::fromUtf8(primaryText.name);
            primary.description = QString::fromUtf8(primaryText.description);
            primary.position = p;
            PDSA_TRY(m_ws.changePackage.drivers.put(primary));
            int s = 0;
            for (const SecondaryText& secondaryText : primaryText.secondaries) {
                Driver secondary;
                secondary.meta = meta(QStringLiteral("driver/%1/%2").arg(p).arg(s), Owner::organizer(), m_first);
                secondary.collaborativeId = m_collaborative.meta.id;
                secondary.parentId = primary.meta.id;
                secondary.kind = DriverKind::Secondary;
                secondary.name = QString::fromUtf8(secondaryText.name);
                secondary.position = s;
                PDSA_TRY(m_ws.changePackage.drivers.put(secondary));
                int i = 0;
                for (const IdeaText& ideaText : secondaryText.ideas) {
                    ChangeIdea idea;
                    idea.meta = meta(QStringLiteral("idea/%1/%2/%3").arg(p).arg(s).arg(i), Owner::organizer(), m_first);
                    idea.driverId = secondary.meta.id;
                    idea.name = QString::fromUtf8(ideaText.name);
                    idea.description = upperFirst(QString::fromUtf8(ideaText.action)) + QStringLiteral(", so that ") +
                                       QString::fromUtf8(ideaText.benefit) + QLatin1Char('.');
                    idea.position = i++;
                    PDSA_TRY(m_ws.changePackage.ideas.put(idea));
                    m_ideas.push_back({idea.meta.id, &ideaText});
                }
                ++s;
            }
            ++p;
        }
        return {};
    }

    Status makeStrata()
    {
        int position = 0;
        for (const StratumText& text : strataTexts()) {
            Stratum stratum;
            stratum.meta = meta(QStringLiteral("stratum/%1").arg(position), Owner::organizer(), m_first);
            stratum.collaborativeId = m_collaborative.meta.id;
            stratum.dimension = QString::fromUtf8(text.dimension);
            stratum.name = QString::fromUtf8(text.name);
            stratum.position = position++;
            PDSA_TRY(m_ws.collaborative.strata.put(stratum));
            m_strata.push_back(stratum);
        }
        return {};
    }

    Measure measureFrom(int templateIndex, const QString& key, const Owner& owner, const QUuid& teamId, int position)
    {
        const auto& templates = measureTemplates();
        const MeasureTemplate& t = templates[static_cast<size_t>(templateIndex) % templates.size()];
        const int round = templateIndex / static_cast<int>(templates.size());
        Measure measure;
        measure.meta = meta(key, owner, m_first);
        measure.collaborativeId = m_collaborative.meta.id;
        measure.teamId = teamId;
        measure.name = QString::fromUtf8(t.name) + (round ? QStringLiteral(" (%1)").arg(round + 1) : QString());
        measure.type = t.type;
        measure.operationalDefinition = QString::fromUtf8(t.operationalDefinition);
        measure.numeratorDefinition = QString::fromUtf8(t.numerator);
        measure.denominatorDefinition = QString::fromUtf8(t.denominator);
        measure.dataSource = QString::fromUtf8(t.source);
        measure.dataKind = t.kind;
        if (t.ratePer > 0)
            measure.ratePer = t.ratePer;
        measure.unit = QString::fromUtf8(t.unit);
        measure.improvement = t.improvement;
        measure.goal = t.goal;
        measure.baselineStart = m_first;
        measure.baselineEnd = m_first.addMonths(std::min(11, m_opt.months - 1));
        measure.stratified = t.stratified;
        measure.position = position;
        return measure;
    }

    int sharedCount() const { return std::min(m_opt.measures, 6); }

    Status makeSharedMeasures()
    {
        for (int i = 0; i < sharedCount(); ++i) {
            Measure measure = measureFrom(i, QStringLiteral("measure/%1").arg(i), Owner::organizer(), {}, i);
            PDSA_TRY(m_ws.measures.measures.put(measure));
            m_shared.push_back(measure);
        }
        return {};
    }

    TeamPlan makeTeam(int t)
    {
        TeamPlan plan;
        Team& team = plan.team;
        team.meta.id = id(QStringLiteral("team/%1").arg(t));
        team.meta.owner = Owner::ofTeam(team.meta.id);
        team.meta.updatedAt = stamp(m_first);
        team.collaborativeId = m_collaborative.meta.id;
        const auto& hand = teamTexts();
        if (t < static_cast<int>(hand.size())) {
            const TeamText& text = hand[static_cast<size_t>(t)];
            team.name = QString::fromUtf8(text.place) + QStringLiteral(" (demo)");
            team.agency = QString::fromUtf8(text.agency);
            team.courtPartner = QString::fromUtf8(text.court);
            team.site = QString::fromUtf8(text.site);
            team.agencyKind = text.kind;
        } else {
            const auto& places = extraPlaces();
            const int extra = t - static_cast<int>(hand.size());
            const QString place = QString::fromUtf8(places[static_cast<size_t>(extra) % places.size()]);
            const int round = extra / static_cast<int>(places.size());
            const bool tribal = extra % 5 == 4;
            const QString where = tribal ? place + QStringLiteral(" Nation") : place + QStringLiteral(" County");
            team.name = where + (round ? QStringLiteral(" %1").arg(round + 1) : QString()) + QStringLiteral(" (demo)");
            team.agency = tribal ? where + QStringLiteral(" Tribal Social Services")
                                 : where + QStringLiteral(" Department of Human Services");
            team.courtPartner = tribal ? where + QStringLiteral(" Tribal Court") : where + QStringLiteral(" Juvenile Court");
            team.site = place + QStringLiteral(" pilot unit");
            team.agencyKind = tribal ? AgencyKind::Tribal : AgencyKind::County;
        }
        team.description = QStringLiteral("Fictional demo team: %1 with its partner court, %2.")
                               .arg(team.agency, team.courtPartner);
        plan.size = m_rng.between(0.7, 1.4);
        plan.onset = m_opt.months * m_rng.between(0.18, 0.32);
        plan.tempo = m_rng.between(0.8, 1.3);
        plan.strength = m_rng.between(0.75, 1.1);

        const auto& roles = memberRoles();
        for (int r = 0; r < static_cast<int>(roles.size()); ++r) {
            TeamMember member;
            member.meta = meta(QStringLiteral("team/%1/member/%2").arg(t).arg(r), team.meta.owner, m_first);
            member.teamId = team.meta.id;
            member.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(m_rng.pick(firstNames())),
                                                      QString::fromUtf8(m_rng.pick(lastNames())));
            member.role = QString::fromUtf8(roles[static_cast<size_t>(r)]);
            member.organization = r == 2 ? team.courtPartner : (r == 3 ? QStringLiteral("Parent partner program")
                                                                        : team.agency);
            member.position = r;
            plan.members.append(member);
        }

        for (size_t i = 0; i < m_shared.size(); ++i) {
            plan.measures.push_back(m_shared[i]);
            plan.templateOf.push_back(static_cast<int>(i));
        }
        for (int i = sharedCount(); i < m_opt.measures; ++i) {
            plan.measures.push_back(measureFrom(i, QStringLiteral("team/%1/measure/%2").arg(t).arg(i),
                                                team.meta.owner, team.meta.id, i));
            plan.templateOf.push_back(i);
        }
        return plan;
    }

    Status storeTeam(const TeamPlan& plan)
    {
        PDSA_TRY(m_ws.teams.teams.put(plan.team));
        for (const TeamMember& member : plan.members)
            PDSA_TRY(m_ws.teams.members.put(member));
        for (size_t i = m_shared.size(); i < plan.measures.size(); ++i)
            PDSA_TRY(m_ws.measures.measures.put(plan.measures[i]));
        PDSA_TRY(storeChartSettings(plan));

        const auto& reunified = measureTemplates()[0];
        Aim aim;
        aim.meta = meta(QStringLiteral("team/%1/aim").arg(plan.team.meta.id.toString()), plan.team.meta.owner, m_first);
        aim.teamId = plan.team.meta.id;
        const int from = static_cast<int>(std::lround(reunified.before * 100 * (0.9 + 0.1 * plan.size)));
        const int to = std::max(from + 10, static_cast<int>(std::lround(reunified.goal)));
        aim.byWhen = kLastMonth.addMonths(1).addDays(-1);
        aim.what = QStringLiteral("Children reunified within 12 months of entry at the %1").arg(plan.team.site);
        aim.howMuch = QStringLiteral("from %1% to %2%").arg(from).arg(to);
        aim.statement = QStringLiteral("By %1, increase the percentage of children at the %2 who are reunified "
                                       "with their families within 12 months of entering care from %3% to %4%, "
                                       "with no increase in re-entries.")
                            .arg(aim.byWhen.toString(QStringLiteral("MMMM yyyy")), plan.team.site)
                            .arg(from)
                            .arg(to);
        return m_ws.teams.aims.put(aim);
    }

    // How the team looks at its key measures: the outcome as a run chart against a frozen
    // 12-month baseline median, and family time as a P chart with a new phase from the month its
    // change took hold (the re-baselining after a sustained change that HCDG describes).
    Status storeChartSettings(const TeamPlan& plan)
    {
        const QUuid outcome = teamMeasureFor(plan, 0);
        if (!outcome.isNull()) {
            ChartSetting setting;
            setting.meta = RecordMeta{chartSettingId(plan.team.meta.id, outcome), plan.team.meta.owner, 1,
                                      stamp(m_first.addMonths(12)), false};
            setting.teamId = plan.team.meta.id;
            setting.measureId = outcome;
            setting.chartType = analysis::ChartType::Run;
            setting.ruleSet = analysis::RuleSet::Ihi;
            setting.baselinePoints = std::min(12, m_opt.months);
            PDSA_TRY(m_ws.measures.chartSettings.put(setting));
        }
        const QUuid familyTime = teamMeasureFor(plan, 2);
        const int phaseMonth = static_cast<int>(plan.onset + 3.0 / plan.tempo) + 1;
        if (!familyTime.isNull() && phaseMonth + 6 <= m_opt.months) {
            ChartSetting setting;
            setting.meta = RecordMeta{chartSettingId(plan.team.meta.id, familyTime), plan.team.meta.owner, 1,
                                      stamp(month(phaseMonth)), false};
            setting.teamId = plan.team.meta.id;
            setting.measureId = familyTime;
            setting.chartType = analysis::ChartType::P;
            setting.ruleSet = analysis::RuleSet::Anhoej;
            setting.phaseStarts = {month(phaseMonth)};
            PDSA_TRY(m_ws.measures.chartSettings.put(setting));
        }
        return {};
    }

    // The simulated level of a measure in month `m` for this team: the template's "before" level,
    // moving to its "after" level as the team's changes take hold.
    double level(const TeamPlan& plan, int templateIndex, int m) const
    {
        const auto& templates = measureTemplates();
        const MeasureTemplate& t = templates[static_cast<size_t>(templateIndex) % templates.size()];
        double start = plan.onset;
        double width = 3.0 / plan.tempo;
        switch (templateIndex % static_cast<int>(templates.size())) {
        case 0: start = plan.onset + 6; width = 5.0 / plan.tempo; break;   // outcome lags the process changes
        case 2: case 3: start = plan.onset; break;                         // family time changes first
        case 4: start = plan.onset + m_opt.months * 0.2; break;            // parent partners later
        case 5: case 9: start = plan.onset + 3; break;
        case 6: start = plan.onset + 2; width = 6.0; break;
        case 8: start = plan.onset + 6; width = 6.0; break;
        default: break;                                                   // balancing measures hold steady
        }
        const double change = (t.after - t.before) * plan.strength;
        return t.before + change * ramp(m, start, width);
    }

    Status putValue(MeasureValue& value, const TeamPlan& plan, int m)
    {
        value.meta.id = measureValueId(value.teamId, value.measureId, value.period, value.stratumId);
        value.meta.owner = plan.team.meta.owner;
        value.meta.updatedAt = stamp(month(m).addMonths(1).addDays(9));
        return m_ws.measures.values.put(value);
    }

    Status makeMeasureData(const TeamPlan& plan, int t)
    {
        const auto& templates = measureTemplates();
        const auto& strataText = strataTexts();
        // The tribal team serves mostly American Indian and Alaska Native families.
        std::vector<double> shares;
        for (const StratumText& s : strataText)
            shares.push_back(s.share);
        if (plan.team.agencyKind == AgencyKind::Tribal) {
            shares[0] = 0.78; shares[1] = 0.04; shares[2] = 0.06; shares[3] = 0.08; shares[4] = 0.04;
        }
        for (size_t i = 0; i < plan.measures.size(); ++i) {
            const Measure& measure = plan.measures[i];
            const int ti = plan.templateOf[i];
            const MeasureTemplate& tpl = templates[static_cast<size_t>(ti) % templates.size()];
            for (int m = 0; m < m_opt.months; ++m) {
                MeasureValue value;
                value.teamId = plan.team.meta.id;
                value.measureId = measure.meta.id;
                value.period = month(m);
                const double p = level(plan, ti, m);
                const bool gap = t == 2 && i == 5 && m == m_opt.months - 3;
                if (gap) {
                    value.note = QStringLiteral("Not reported: the supervisor review form changed this month.");
                    PDSA_TRY(putValue(value, plan, m));
                    continue;
                }
                switch (measure.dataKind) {
                case DataKind::Proportion: {
                    const int d = std::max(3, static_cast<int>(std::lround(tpl.volume * plan.size * m_rng.between(0.75, 1.25))));
                    if (measure.stratified)
                        PDSA_TRY(makeStrata(value, plan, m, d, p, shares, ti == 0));
                    value.numerator = measure.stratified ? value.numerator : std::optional<double>(m_rng.binomial(d, p));
                    value.denominator = d;
                    break;
                }
                case DataKind::Rate: {
                    const double d = std::round(tpl.volume * plan.size * m_rng.between(0.9, 1.1));
                    const double mean = p * d;
                    value.numerator = std::max(0.0, std::round(mean + std::sqrt(mean) * m_rng.normal()));
                    value.denominator = d;
                    break;
                }
                case DataKind::Count: {
                    const double mean = p * plan.size;
                    value.value = std::max(0.0, std::round(mean + std::sqrt(mean) * m_rng.normal()));
                    break;
                }
                case DataKind::DaysBetween:
                case DataKind::Continuous:
                    value.value = std::max(0.5, std::round((p + 1.4 * m_rng.normal()) * 2) / 2);
                    break;
                }
                if (value.period.month() == 12 && ti == 0)
                    value.note = QStringLiteral("Fewer hearings: the court was closed for two weeks over the holidays.");
                if (m == static_cast<int>(plan.onset) && ti == 2)
                    value.note = QStringLiteral("First month with family time scheduled at the removal staffing.");
                PDSA_TRY(putValue(value, plan, m));
            }
        }
        return {};
    }

    // Splits one month's denominator over each dimension's strata and draws the numerators with
    // the strata's rate adjustments, so that every dimension adds up to the total exactly.
    Status makeStrata(MeasureValue& total, const TeamPlan& plan, int m, int denominator, double p,
                      const std::vector<double>& shares, bool disparities)
    {
        const auto& strataText = strataTexts();
        std::vector<int> raceIdx, ageIdx;
        for (size_t s = 0; s < strataText.size(); ++s)
            (QLatin1String(strataText[s].dimension) == QLatin1String("Race/ethnicity") ? raceIdx : ageIdx).push_back(static_cast<int>(s));

        auto split = [&](const std::vector<int>& idx) {
            std::vector<int> counts(idx.size(), 0);
            double sum = 0;
            for (int s : idx)
                sum += shares[static_cast<size_t>(s)];
            for (int k = 0; k < denominator; ++k) {
                double r = m_rng.uniform() * sum;
                size_t j = 0;
                while (j + 1 < idx.size() && r >= shares[static_cast<size_t>(idx[j])]) {
                    r -= shares[static_cast<size_t>(idx[j])];
                    ++j;
                }
                ++counts[j];
            }
            return counts;
        };
        // The groups that lag catch up part of the way as the team's changes reach the outcome (the
        // same lag as the outcome's own ramp): family time and parent partners help most the
        // families the system served worst, so the gap narrows rather than only the average rising.
        const double catchUp = 0.8 * ramp(m, plan.onset + 6, 5.0 / plan.tempo);
        const auto adjustment = [&](int s) {
            if (!disparities)
                return 1.0;
            const double a = strataText[static_cast<size_t>(s)].adjustment;
            return a < 1.0 ? a + (1.0 - a) * catchUp : a;
        };

        // Race/ethnicity: numerators drawn per stratum; their sum is the total.
        const std::vector<int> raceD = split(raceIdx);
        std::vector<int> raceN(raceIdx.size());
        int numerator = 0;
        for (size_t j = 0; j < raceIdx.size(); ++j) {
            raceN[j] = m_rng.binomial(raceD[j], p * adjustment(raceIdx[j]));
            numerator += raceN[j];
        }
        // Age group: the same children split another way; numerators allocated one by one in
        // proportion to the room left in each group and its rate adjustment.
        const std::vector<int> ageD = split(ageIdx);
        std::vector<int> ageN(ageIdx.size(), 0);
        for (int k = 0; k < numerator; ++k) {
            double sum = 0;
            for (size_t j = 0; j < ageIdx.size(); ++j)
                sum += (ageD[j] - ageN[j]) * adjustment(ageIdx[j]);
            double r = m_rng.uniform() * sum;
            size_t j = 0;
            for (; j + 1 < ageIdx.size(); ++j) {
                const double w = (ageD[j] - ageN[j]) * adjustment(ageIdx[j]);
                if (r < w)
                    break;
                r -= w;
            }
            while (ageN[j] >= ageD[j]) // numerical edge: move to a group with room
                j = (j + 1) % ageIdx.size();
            ++ageN[j];
        }
        auto store = [&](const std::vector<int>& idx, const std::vector<int>& d, const std::vector<int>& n) -> Status {
            for (size_t j = 0; j < idx.size(); ++j) {
                MeasureValue part;
                part.teamId = total.teamId;
                part.measureId = total.measureId;
                part.period = total.period;
                part.stratumId = m_strata[static_cast<size_t>(idx[j])].meta.id;
                part.numerator = n[j];
                part.denominator = d[j];
                PDSA_TRY(putValue(part, plan, m));
            }
            return {};
        };
        PDSA_TRY(store(raceIdx, raceD, raceN));
        PDSA_TRY(store(ageIdx, ageD, ageN));
        total.numerator = numerator;
        return {};
    }

    QUuid teamMeasureFor(const TeamPlan& plan, int templateIndex) const
    {
        for (size_t i = 0; i < plan.measures.size(); ++i)
            if (plan.templateOf[i] == templateIndex)
                return plan.measures[i].meta.id;
        return {};
    }

    // How a cycle at one step of its ramp went.
    struct CycleStep {
        int count = 0; // its scale
        int predicted = 0;
        int achieved = 0;
        int step = 0; // in its ramp, from 0
        bool last = false;
        bool abandoned = false; // its ramp is abandoned
        bool current = false;   // it ends within ten days of the demo's today (or later)
    };

    // The cycle's status, and for a cycle that is over what happened, its results and the decision
    // with the next step.
    void writeOutcome(PdsaCycle& cycle, const CycleStep& s, const QDate& demoToday, const QString& action,
                      const QString& unit, const QString& site)
    {
        if (s.current) {
            cycle.status = cycle.startDate > demoToday ? CycleStatus::Planned
                           : cycle.endDate > demoToday ? CycleStatus::Running
                                                       : CycleStatus::Studying;
            if (cycle.status != CycleStatus::Planned) {
                cycle.whatHappened = QStringLiteral("Under way: %1 so far.").arg(plural(s.achieved / 2, unit));
                cycle.observations = m_rng.pick(kObservations);
            }
        } else {
            cycle.status = CycleStatus::Done;
            cycle.whatHappened = QStringLiteral("We managed to %1 for %2 of the %3.")
                                     .arg(action)
                                     .arg(s.achieved)
                                     .arg(plural(s.count, unit));
            cycle.observations = m_rng.pick(kObservations);
            cycle.problems = m_rng.pick(kProblems);
            cycle.results = QStringLiteral("We predicted %1 of %2 and achieved %3. %4")
                                .arg(s.predicted)
                                .arg(s.count)
                                .arg(s.achieved)
                                .arg(s.achieved >= s.predicted ? QStringLiteral("The prediction held.")
                                                           : QStringLiteral("We fell short of the prediction."));
            cycle.learned = m_rng.pick(kLearned);
            if (s.abandoned && s.last) {
                cycle.decision = Decision::Abandon;
                cycle.nextStep = QStringLiteral("Abandon this change: the extra work for staff outweighed what "
                                                "families gained. Bring the learning to the next learning session.");
            } else if (s.last) {
                cycle.decision = Decision::Adopt;
                cycle.nextStep = QStringLiteral("Adopt as standard practice at the %1 and add it to the "
                                                "supervisor checklist.")
                                     .arg(site);
            } else if (s.step == 0 || m_rng.chance(0.5)) {
                cycle.decision = Decision::Adapt;
                cycle.nextStep = QStringLiteral("Adapt: %1, then test again with %2.")
                                     .arg(m_rng.pick(kAdaptations),
                                          plural(kScales[static_cast<size_t>(std::min(s.step + 1, 4))], unit));
            } else {
                cycle.decision = Decision::Adopt;
                cycle.nextStep = QStringLiteral("Keep it as it is and scale up to %1.")
                                     .arg(plural(kScales[static_cast<size_t>(std::min(s.step + 1, 4))], unit));
            }
        }
    }

    // The chart annotation an adopted change gets on the measure it informs.
    Status annotateAdoption(const TeamPlan& plan, int t, int made, const PdsaCycle& cycle, const Idea& idea)
    {
        const IdeaText& text = *idea.text;
        ChartAnnotation note;
        note.meta = meta(QStringLiteral("team/%1/annotation/%2").arg(t).arg(made), plan.team.meta.owner,
                         cycle.endDate);
        note.teamId = plan.team.meta.id;
        note.measureId = cycle.measureIds.front();
        note.cycleId = cycle.meta.id;
        note.date = cycle.endDate;
        note.text = QStringLiteral("Adopted: %1").arg(QString::fromUtf8(text.name));
        PDSA_TRY(m_ws.work.annotations.put(note));
        m_adopted.append({idea.id, cycle.endDate, QString::fromUtf8(text.name)});
        return {};
    }

    // The order a team works through the change ideas in: its own.
    std::vector<size_t> shuffledIdeas()
    {
        std::vector<size_t> order(m_ideas.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[static_cast<size_t>(m_rng.below(static_cast<int>(i + 1)))]);
        return order;
    }

    Status makeCycles(const TeamPlan& plan, int t)
    {
        if (m_opt.cycles <= 0 || m_ideas.empty())
            return {};
        const std::vector<size_t> order = shuffledIdeas();

        const QDate start = m_first.addDays(20);
        const QDate demoToday = kLastMonth.addMonths(1).addDays(-1);
        const qint64 span = start.daysTo(demoToday) - 30;
        const QString lead = plan.members[0].name;
        const QString worker = plan.members[4].name;
        int made = 0;
        int ramp = 0;
        QList<PdsaCycle> madeCycles;
        while (made < m_opt.cycles) {
            const Idea& idea = m_ideas[order[static_cast<size_t>(ramp) % order.size()]];
            const IdeaText& text = *idea.text;
            const int remaining = m_opt.cycles - made;
            // The first ramp adapts and then adopts, the second is abandoned; later ones vary.
            const bool abandoned = ramp == 1 || (ramp > 2 && m_rng.chance(0.18));
            int length = ramp == 0 ? 3 : (abandoned ? 1 + m_rng.below(2) : 2 + m_rng.below(3));
            length = std::min(length, remaining);
            const QString unit = text.measure == 5 ? QStringLiteral("cases") : QStringLiteral("families");
            QUuid parent;
            for (int step = 0; step < length; ++step, ++made) {
                PdsaCycle cycle;
                cycle.meta = meta(QStringLiteral("team/%1/cycle/%2").arg(t).arg(made), plan.team.meta.owner, m_first);
                cycle.teamId = plan.team.meta.id;
                cycle.parentCycleId = parent;
                const int count = kScales[static_cast<size_t>(std::min(step, 4))];
                const bool last = step == length - 1;
                cycle.startDate = start.addDays(span * made / std::max(1, m_opt.cycles) + m_rng.below(6));
                cycle.endDate = cycle.startDate.addDays(13 + 7 * std::min(step, 2));
                const bool current = cycle.endDate > demoToday.addDays(-10);
                const int predicted = std::max(1, static_cast<int>(std::lround(count * 0.8)));
                const int achieved = std::clamp(static_cast<int>(std::lround(count * m_rng.between(0.5, 1.0))), 0, count);
                const QString action = QString::fromUtf8(text.action);
                const QString benefit = QString::fromUtf8(text.benefit);

                cycle.title = QStringLiteral("%1: %2").arg(QString::fromUtf8(text.name), plural(count, unit));
                cycle.objective = QStringLiteral("Find out whether we can %1 for %2, so that %3.")
                                      .arg(action, plural(count, unit), benefit);
                cycle.questions = {
                    {QStringLiteral("Can we %1 for every one of the %2?").arg(action, plural(count, unit)),
                     QStringLiteral("Yes for %1 of %2; the rest will slip because of scheduling.").arg(predicted).arg(count)},
                    {m_rng.pick(kQuestions), m_rng.pick(kPredictions)},
                };
                cycle.planWho = QStringLiteral("%1 (team lead) with %2 (caseworker)").arg(lead, worker);
                cycle.planWhat = upperFirst(action) + QLatin1Char('.');
                cycle.planWhere = plan.team.site;
                cycle.planWhen = QStringLiteral("%1 to %2").arg(cycle.startDate.toString(QStringLiteral("d MMM yyyy")),
                                                                cycle.endDate.toString(QStringLiteral("d MMM yyyy")));
                cycle.dataCollectionPlan = QStringLiteral("%1 logs each of the %2 on the huddle sheet (date, whether "
                                                          "it happened, barriers); reviewed at the weekly huddle.")
                                               .arg(worker, plural(count, unit));
                cycle.scaleCount = count;
                cycle.scaleUnit = unit;
                cycle.changeIdeaIds = {idea.id};
                for (int ti : {text.measure, 0})
                    if (QUuid measureId = teamMeasureFor(plan, ti); !measureId.isNull() && !cycle.measureIds.contains(measureId))
                        cycle.measureIds.append(measureId);

                writeOutcome(cycle, {count, predicted, achieved, step, last, abandoned, current}, demoToday, action,
                             unit, plan.team.site);
                PDSA_TRY(m_ws.cycles.cycles.put(cycle));
                madeCycles.append(cycle);
                parent = cycle.meta.id;

                if (cycle.decision == Decision::Adopt && last && !cycle.measureIds.isEmpty())
                    PDSA_TRY(annotateAdoption(plan, t, made, cycle, idea));
            }
            ++ramp;
        }
        m_cycles = madeCycles;
        return {};
    }

    // Where the team spread its first adopted changes (up to four), and how far each got.
    Status makeSpreadRecords(const TeamPlan& plan, int t)
    {
        const Owner teamOwner = plan.team.meta.owner;
        int n = 0;
        const QStringList units = {QStringLiteral("West regional office"), QStringLiteral("Intake unit"),
                                   QStringLiteral("Ongoing services unit 2"), QStringLiteral("Neighbouring county office")};
        const std::vector<SpreadStatus> statuses = {SpreadStatus::Sustained, SpreadStatus::Spread,
                                                    SpreadStatus::InProgress, SpreadStatus::Planned};
        for (const Adopted& adopted : std::as_const(m_adopted)) {
            if (n >= 4)
                break;
            SpreadRecord spread;
            spread.meta = meta(QStringLiteral("team/%1/spread/%2").arg(t).arg(n), teamOwner, adopted.on.addMonths(2));
            spread.teamId = plan.team.meta.id;
            spread.changeIdeaId = adopted.idea;
            spread.practice = adopted.name;
            spread.toSite = units[n % units.size()];
            spread.spreadOn = adopted.on.addMonths(2);
            spread.status = statuses[static_cast<size_t>(n) % statuses.size()];
            spread.note = QStringLiteral("Spread by the pilot unit's supervisor, with the huddle sheet and the "
                                         "supervisor checklist.");
            PDSA_TRY(m_ws.work.spread.put(spread));
            ++n;
        }
        return {};
    }

    Status makeTeamRecords(const TeamPlan& plan, int t)
    {
        const Owner teamOwner = plan.team.meta.owner;
        const QStringList coaches = {QStringLiteral("Dr. Evelyn Marsh (faculty, demo)"),
                                     QStringLiteral("Joaquin Reyes (faculty, demo)")};
        const QString coach = coaches[t % coaches.size()];
        const Owner coachOwner = Owner::ofCoach(coach);
        const QString lead = plan.members.isEmpty() ? plan.team.name : plan.members.front().name;
        // The coaching rhythm draws from a generator of its own, so that the rest of the demo is
        // the same with or without it.
        Rng rhythm(m_opt.seed * 7919 + quint64(t) + 1);
        const int dueDay = m_collaborative.reportDueDay;
        double previousScore = 1.5;
        for (int m = 0; m < m_opt.months; ++m) {
            const QDate first = month(m);
            const QDate due(first.addMonths(1).year(), first.addMonths(1).month(), dueDay);
            int started = 0;
            QStringList titles;
            for (const PdsaCycle& cycle : std::as_const(m_cycles))
                if (cycle.startDate.year() == first.year() && cycle.startDate.month() == first.month()) {
                    ++started;
                    titles << cycle.title;
                }
            // Most reports on time, some late, a few never sent (about one a team in two years).
            const double when = rhythm.uniform();
            const bool missing = m > 0 && when < 0.04;
            const QDate submitted = when < 0.18 ? due.addDays(1 + rhythm.below(12)) : due.addDays(-rhythm.below(9));
            TeamReport report;
            report.meta = meta(QStringLiteral("team/%1/report/%2").arg(t).arg(m), teamOwner, submitted);
            report.teamId = plan.team.meta.id;
            report.month = first;
            report.progress = started == 0 ? QStringLiteral("No new PDSA cycles started this month; we studied the "
                                                            "results of the cycles already running.")
                                           : QStringLiteral("We started %1 this month: %2.")
                                                 .arg(plural(started, QStringLiteral("PDSA cycles")),
                                                      titles.join(QStringLiteral("; ")));
            report.successes = m_rng.pick(kSuccesses);
            report.challenges = m_rng.pick(kChallenges);
            report.nextSteps = m_rng.pick(kNextSteps);
            report.helpNeeded = m_rng.chance(0.4) ? m_rng.pick(kHelp) : QString();
            report.submittedOn = submitted;
            if (!missing)
                PDSA_TRY(m_ws.work.reports.put(report));

            // The faculty's monthly score on the 1.0–5.0 scale, in half points, mostly rising.
            const double progress = ramp(m, plan.onset - 2, m_opt.months * 0.7);
            double score = std::round((1.5 + 2.8 * progress * plan.strength + 0.3 * m_rng.normal()) * 2) / 2;
            score = std::clamp(std::max(score, previousScore - 0.5), 1.0, 5.0);
            previousScore = score;
            const QDate scoredOn = (missing ? due : submitted).addDays(3 + rhythm.below(5));
            if (!missing && rhythm.chance(0.9)) {
                AssessmentScore assessment;
                assessment.meta = meta(QStringLiteral("team/%1/score/%2").arg(t).arg(m), coachOwner, scoredOn);
                assessment.teamId = plan.team.meta.id;
                assessment.month = first;
                assessment.score = score;
                assessment.rationale = assessmentLevel(score).meaning;
                assessment.assessor = coach;
                PDSA_TRY(m_ws.work.scores.put(assessment));
            }
            // The team's self-score, some months: usually near the faculty's, sometimes hopeful.
            if (!missing && rhythm.chance(0.45)) {
                AssessmentScore self;
                self.meta = meta(QStringLiteral("team/%1/self-score/%2").arg(t).arg(m), teamOwner, submitted);
                self.teamId = plan.team.meta.id;
                self.month = first;
                const double lift = rhythm.chance(0.12) ? 1.0 : 0.5 * (rhythm.below(3) - 1);
                self.score = std::clamp(score + lift, 1.0, 5.0);
                self.rationale = assessmentLevel(self.score).meaning;
                self.assessor = lead;
                PDSA_TRY(m_ws.work.scores.put(self));
            }

            if (m % 3 == 2 && !m_cycles.isEmpty()) {
                CoachComment comment;
                const QDate writtenOn = first.addMonths(1).addDays(2);
                comment.meta = meta(QStringLiteral("team/%1/comment/%2").arg(t).arg(m), coachOwner, writtenOn);
                comment.teamId = plan.team.meta.id;
                comment.author = coach;
                comment.writtenOn = writtenOn;
                const PdsaCycle& cycle = m_cycles[m_rng.below(static_cast<int>(m_cycles.size()))];
                if (m % 2 == 0) {
                    comment.subjectKind = SubjectKind::Cycle;
                    comment.subjectId = cycle.meta.id;
                    comment.text = QStringLiteral("On \"%1\": %2").arg(cycle.title, m_rng.pick(kCoachOnCycles));
                } else if (!missing) {
                    comment.subjectKind = SubjectKind::Report;
                    comment.subjectId = report.meta.id;
                    comment.month = first;
                    comment.text = m_rng.pick(kCoachOnReports);
                } else { // the report never came: the coach asks the team about it
                    (void)m_rng.pick(kCoachOnReports); // drawn as for a report: the rest of the demo stays the same
                    comment.subjectKind = SubjectKind::Team;
                    comment.subjectId = plan.team.meta.id;
                    comment.text = kCoachOnMissing;
                }
                PDSA_TRY(commentWithReply(comment, rhythm, teamOwner, lead, m));
            }
            // Now and then a comment on a shared measure at the month.
            if (m % 5 == 4 && !plan.measures.empty()) {
                CoachComment comment;
                const QDate writtenOn = first.addMonths(1).addDays(4);
                comment.meta = meta(QStringLiteral("team/%1/measure-comment/%2").arg(t).arg(m), coachOwner, writtenOn);
                comment.teamId = plan.team.meta.id;
                comment.author = coach;
                comment.writtenOn = writtenOn;
                comment.subjectKind = SubjectKind::Measure;
                comment.subjectId = plan.measures.front().meta.id;
                comment.month = first;
                comment.text = rhythm.pick(kCoachOnMeasures);
                PDSA_TRY(commentWithReply(comment, rhythm, teamOwner, lead, m));
            }
        }

        PDSA_TRY(makeSpreadRecords(plan, t));
        m_adopted.clear();
        return {};
    }

    // Stores `comment`; the team answers most comments within days, and the coach resolves about
    // half of the answered ones (the last few months' are still open).
    Status commentWithReply(CoachComment comment, Rng& rhythm, const Owner& teamOwner, const QString& lead, int m)
    {
        const bool recent = m >= m_opt.months - 3;
        const bool answered = rhythm.chance(recent ? 0.4 : 0.75);
        const QDate repliedOn = comment.writtenOn.addDays(2 + rhythm.below(8));
        if (answered && !recent && rhythm.chance(0.55))
            comment.resolvedOn = repliedOn.addDays(1 + rhythm.below(6));
        comment.meta.updatedAt = stamp(comment.resolvedOn.isValid() ? comment.resolvedOn : comment.writtenOn);
        PDSA_TRY(m_ws.work.comments.put(comment));
        if (!answered)
            return {};
        CommentReply reply;
        reply.meta = meta(QStringLiteral("reply/%1").arg(comment.meta.id.toString(QUuid::WithoutBraces)), teamOwner,
                          repliedOn);
        reply.teamId = comment.teamId;
        reply.commentId = comment.meta.id;
        reply.author = lead;
        reply.writtenOn = repliedOn;
        reply.text = rhythm.pick(kTeamReplies);
        return m_ws.work.replies.put(reply);
    }

    struct Adopted {
        QUuid idea;
        QDate on;
        QString name;
    };

    inline static const std::vector<QString> kQuestions = {
        QStringLiteral("Will resource parents agree to the new schedule?"),
        QStringLiteral("How long does it take a worker each time?"),
        QStringLiteral("Will parents find it helpful?"),
        QStringLiteral("Does the court accept the new format?"),
        QStringLiteral("What gets in the way on a busy intake day?"),
    };
    inline static const std::vector<QString> kPredictions = {
        QStringLiteral("Most will agree once they meet the parents."),
        QStringLiteral("About 30 minutes, less once it becomes routine."),
        QStringLiteral("Yes: parents have asked for this in focus groups."),
        QStringLiteral("Yes, if we brief the judge beforehand."),
        QStringLiteral("Transport and coverage for the worker's other cases."),
    };
    inline static const std::vector<QString> kObservations = {
        QStringLiteral("Parents were more relaxed than expected and asked good questions."),
        QStringLiteral("Resource parents were willing once the purpose was explained face to face."),
        QStringLiteral("The court liaison helped a great deal with scheduling."),
        QStringLiteral("Workers needed a short script to feel confident."),
        QStringLiteral("It took longer the first time and much less the second."),
    };
    inline static const std::vector<QString> kProblems = {
        QStringLiteral("Transport fell through for one family."),
        QStringLiteral("One worker was out sick, so a case was covered by the supervisor."),
        QStringLiteral("The form was too long; parts were skipped."),
        QStringLiteral("A hearing was rescheduled at short notice."),
        QStringLiteral("None worth noting."),
    };
    inline static const std::vector<QString> kLearned = {
        QStringLiteral("Doing it at the removal staffing removes most of the scheduling delay."),
        QStringLiteral("Parents respond better when a parent partner explains the plan first."),
        QStringLiteral("A one-page version works better than the full form."),
        QStringLiteral("Resource families need a call from the worker before the first meeting."),
        QStringLiteral("The change works for most families; it needs a backup plan for rural ones."),
    };
    inline static const std::vector<QString> kAdaptations = {
        QStringLiteral("shorten the script to one page"),
        QStringLiteral("add a reminder call the day before"),
        QStringLiteral("ask the parent partner to co-lead"),
        QStringLiteral("move it to the family's home"),
        QStringLiteral("schedule it during the removal staffing"),
    };
    inline static const std::vector<QString> kSuccesses = {
        QStringLiteral("Two families said the first visit within days made them believe reunification was possible."),
        QStringLiteral("The judge asked for our road map home to be used in every case."),
        QStringLiteral("The weekly huddle is now a habit; everyone brings their data."),
        QStringLiteral("Resource parents are starting to invite parents to appointments unprompted."),
    };
    inline static const std::vector<QString> kChallenges = {
        QStringLiteral("Staff turnover: two caseworker positions are vacant."),
        QStringLiteral("Getting the monthly data extract on time from the central office."),
        QStringLiteral("Transport for visits in the rural part of the county."),
        QStringLiteral("Court calendar congestion delayed several hearings."),
    };
    inline static const std::vector<QString> kNextSteps = {
        QStringLiteral("Scale up the adopted changes to the whole unit and start testing with the intake team."),
        QStringLiteral("Test a parent-led orientation class next month."),
        QStringLiteral("Review the disaggregated data with the parent partners at the next huddle."),
        QStringLiteral("Prepare the storyboard for the next learning session."),
    };
    inline static const std::vector<QString> kHelp = {
        QStringLiteral("Ideas from other teams on transport for rural families."),
        QStringLiteral("Advice on getting the court to share hearing data monthly."),
        QStringLiteral("A coaching call on reading our run chart."),
    };
    inline static const std::vector<QString> kCoachOnCycles = {
        QStringLiteral("Good, small test. Next time write down the prediction as a number before you start."),
        QStringLiteral("Nice ramp. Consider testing with a family that speaks another language next."),
        QStringLiteral("What did the parents say? Add their words to the Study section."),
        QStringLiteral("This is ready to scale up; keep the data collection as simple as it is now."),
    };
    inline static const std::vector<QString> kCoachOnMeasures = {
        QStringLiteral("Six points in a row above the median: a shift. What changed that month? Annotate it."),
        QStringLiteral("This month's value is low; check whether the data extract was complete before reading it."),
        QStringLiteral("Your median is holding; consider freezing the baseline now that the change is adopted."),
    };
    inline static const std::vector<QString> kTeamReplies = {
        QStringLiteral("Thank you. We added the annotation and will bring the chart to the huddle."),
        QStringLiteral("Good point; we will test it with two more families next month."),
        QStringLiteral("We talked with the parent partners and will write their words into the next cycle."),
        QStringLiteral("Agreed. The supervisor will take this to the court liaison meeting."),
    };
    inline static const QString kCoachOnMissing =
        QStringLiteral("We did not receive last month's report. Is anything in the way? Let us set up a call.");
    inline static const std::vector<QString> kCoachOnReports = {
        QStringLiteral("Clear report. Your family time measure shows a real shift; annotate the chart with the change."),
        QStringLiteral("Please share the road map home with the other teams on the next all-team call."),
        QStringLiteral("Look at the disaggregated reunification data: is the gap for infants closing?"),
        QStringLiteral("Great progress. Think about which changes are ready to spread beyond the pilot unit."),
    };

    Workspace& m_ws;
    const DemoOptions& m_opt;
    Rng m_rng;
    QUuid m_namespace;
    QDate m_first;
    Collaborative m_collaborative;
    std::vector<LearningSession> m_sessions;
    std::vector<Idea> m_ideas;
    std::vector<Stratum> m_strata;
    std::vector<Measure> m_shared;
    QList<PdsaCycle> m_cycles;
    QList<Adopted> m_adopted;
};

} // namespace

QDate demoLastMonth() { return kLastMonth; }

Status DemoOptions::validate() const
{
    const auto check = [](int value, int low, int high, const char* name) -> Status {
        if (value < low || value > high)
            return Error{ErrorCode::Usage, QStringLiteral("--%1 must be between %2 and %3 (got %4)")
                                               .arg(QLatin1String(name))
                                               .arg(low)
                                               .arg(high)
                                               .arg(value)};
        return {};
    };
    PDSA_TRY(check(teams, 1, 1000, "teams"));
    PDSA_TRY(check(months, 6, 240, "months"));
    PDSA_TRY(check(measures, 1, 40, "measures"));
    PDSA_TRY(check(cycles, 0, 5000, "cycles"));
    return {};
}

Status generateDemo(Workspace& workspace, const DemoOptions& options)
{
    PDSA_TRY(options.validate());
    return workspace.transactImport([&] { return Generator(workspace, options).run(); });
}

} // namespace pdsa::demo

namespace pdsa::demo {

Status writeDemoFile(const QString& path, const DemoOptions& options, bool replace)
{
    PDSA_TRY(options.validate());
    const QFileInfo target(path);
    if (target.isDir())
        return Error{ErrorCode::Io, QStringLiteral("%1 is a folder; give a file name ending in .pdsa").arg(path)};
    if (target.exists() && !replace)
        return Error{ErrorCode::Io, QStringLiteral("%1 already exists (use --force to replace it)").arg(path)};
    if (!target.absoluteDir().exists())
        return Error{ErrorCode::Io, QStringLiteral("%1: the folder %2 does not exist").arg(path, target.absolutePath())};

    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    {
        auto created = Workspace::createEmpty(partial);
        if (!created)
            return created.error();
        if (auto status = generateDemo(**created, options); !status) {
            created->reset();
            QFile::remove(partial);
            return Error{status.error().code, QStringLiteral("%1: %2").arg(path, status.error().message)};
        }
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return Error{ErrorCode::Io,
                     QStringLiteral("%1: cannot write: %2").arg(path, QString::fromStdString(error.message()))};
    }
    return {};
}

} // namespace pdsa::demo
