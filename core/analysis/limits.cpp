// SPDX-License-Identifier: Apache-2.0
#include "analysis/limits.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pdsa::analysis {

namespace {

double finiteOrNaN(double value) { return std::isfinite(value) ? value : kNaN; }

// R's median(x, na.rm = TRUE) over the base points' plotted values.
double baseMedian(const PartColumns& part)
{
    std::vector<double> values;
    values.reserve(part.size());
    for (std::size_t i = 0; i < part.size(); ++i)
        if (part.isBase(i) && !std::isnan(part.y[i]))
            values.push_back(part.y[i]);
    if (values.empty())
        return kNaN;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle), values.end());
    const double upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle));
    return (lower + upper) / 2.0;
}

// R's mean(x[base], na.rm = TRUE) of `values` (one per point of the part).
double baseMean(const PartColumns& part, std::span<const double> values)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < part.size(); ++i)
        if (part.isBase(i) && !std::isnan(values[i])) {
            sum += values[i];
            ++count;
        }
    return count == 0 ? kNaN : sum / static_cast<double>(count);
}

// A centre line and limits that are the same for every point of the part (run, i, t, mr, c, g).
struct Band {
    double cl = kNaN;
    double lcl = kNaN, ucl = kNaN;
    double lcl2s = kNaN, ucl2s = kNaN;
};

void applyBand(const PartColumns& part, const Band& band)
{
    std::fill(part.cl.begin(), part.cl.end(), finiteOrNaN(band.cl));
    std::fill(part.lcl.begin(), part.lcl.end(), finiteOrNaN(band.lcl));
    std::fill(part.ucl.begin(), part.ucl.end(), finiteOrNaN(band.ucl));
    std::fill(part.lcl2s.begin(), part.lcl2s.end(), finiteOrNaN(band.lcl2s));
    std::fill(part.ucl2s.begin(), part.ucl2s.end(), finiteOrNaN(band.ucl2s));
}

// A lower line of a count chart: a finite value below 0 becomes 0 (§3).
double clampAtZero(double lower) { return std::isfinite(lower) && lower < 0.0 ? 0.0 : lower; }

// The average moving range of value(i) over the part's base points in order (§3: excluded and
// post-freeze points are removed first, so a range may span them; a NaN value makes both of its
// ranges missing), with Nelson's screening once when `screen`. NaN when no range is left.
template <typename Value>
double baseMovingRange(const PartColumns& part, Value value, bool screen)
{
    auto sumBelow = [&](double cut, double& sum) {
        std::size_t count = 0;
        double previous = kNaN;
        bool started = false;
        for (std::size_t i = 0; i < part.size(); ++i) {
            if (!part.isBase(i))
                continue;
            const double current = value(i);
            if (started) {
                const double range = std::fabs(current - previous);
                if (range < cut) { // false for NaN
                    sum += range;
                    ++count;
                }
            }
            previous = current;
            started = true;
        }
        return count;
    };
    double sum = 0.0;
    const std::size_t count = sumBelow(std::numeric_limits<double>::infinity(), sum);
    if (count == 0)
        return kNaN;
    const double average = sum / static_cast<double>(count);
    if (!screen)
        return average;
    double screenedSum = 0.0;
    const std::size_t kept = sumBelow(kD4 * average, screenedSum);
    return kept == 0 ? kNaN : screenedSum / static_cast<double>(kept);
}

// The i chart (XmR) on `values`: centre = mean of the base values (or the fixed one); sigma from
// the average moving range of (value − cl) over the base sequence. qicharts2: cl ± 3·AMR/1.128
// (and 2·AMR/1.128); NHSRplotthedots (§5): mean ± 2.66·AMR, near limits at (2/3)·2.66·AMR.
Band individuals(const PartColumns& part, std::span<const double> values, std::optional<double> fixedCl, bool screen,
                 bool nhsXmr)
{
    Band band;
    band.cl = fixedCl ? *fixedCl : baseMean(part, values);
    const double cl = band.cl;
    const double amr = baseMovingRange(part, [&](std::size_t i) { return values[i] - cl; }, screen);
    const double wide = nhsXmr ? kNhsXmrFactor * amr : 3.0 * amr / kD2;
    const double near = nhsXmr ? (2.0 / 3.0) * kNhsXmrFactor * amr : 2.0 * amr / kD2;
    band.lcl = band.cl - wide;
    band.ucl = band.cl + wide;
    band.lcl2s = band.cl - near;
    band.ucl2s = band.cl + near;
    return band;
}

// Shewhart constants per subgroup size, computed once per size (lgamma is not free, and a
// million subgroups mostly share a handful of sizes).
class SubgroupConstants {
public:
    struct Entry {
        double a3 = kNaN, a3Two = kNaN, b3 = kNaN, b3Two = kNaN, b4 = kNaN, b4Two = kNaN;
    };
    const Entry& at(int n)
    {
        if (n <= 1)
            return m_none;
        if (n >= kCached) {
            if (n != m_largeSize) {
                m_largeSize = n;
                m_large = compute(n);
            }
            return m_large;
        }
        Entry& entry = m_entries[static_cast<std::size_t>(n)];
        if (std::isnan(entry.a3))
            entry = compute(n);
        return entry;
    }

private:
    static constexpr int kCached = 256;
    static Entry compute(int n)
    {
        const double size = n;
        return {a3(size), a3(size, 2.0), b3(size), b3(size, 2.0), b4(size), b4(size, 2.0)};
    }
    std::vector<Entry> m_entries = std::vector<Entry>(kCached);
    Entry m_none;
    Entry m_large;
    int m_largeSize = 0;
};

// s̄ over the base subgroups (Montgomery 6.29 / 6.31, as qicharts2): pooled when the subgroup
// sizes vary anywhere in the part, else the plain mean of the subgroup SDs. qicharts2 sums
// (n_i − 1) over every base subgroup, so an all-missing subgroup (n_i = 0) would subtract 1 from
// the pooled denominator; we sum only over subgroups that have an SD (n_i ≥ 2), which is the same
// everywhere else (n_i = 1 adds 0).
double pooledSd(std::span<const Subgroup> subgroups, const PartColumns& part)
{
    bool sizesVary = false;
    for (std::size_t i = 1; i < subgroups.size() && !sizesVary; ++i)
        sizesVary = subgroups[i].yCount != subgroups[0].yCount;
    double numerator = 0.0;
    double denominator = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < subgroups.size(); ++i) {
        const Subgroup& s = subgroups[i];
        if (!part.isBase(i) || !std::isfinite(s.ySd))
            continue;
        if (sizesVary) {
            numerator += (s.yCount - 1) * s.ySd * s.ySd;
            denominator += s.yCount - 1;
        } else {
            numerator += s.ySd;
            denominator += 1.0;
        }
        ++count;
    }
    if (count == 0)
        return kNaN;
    return sizesVary ? std::sqrt(numerator / denominator) : numerator / denominator;
}

// p, p′, u and u′: limits that vary with each point's denominator.
void attributeRatio(std::span<const Subgroup> subgroups, const PartColumns& part, const LimitSettings& settings)
{
    const bool proportion = settings.type == ChartType::P || settings.type == ChartType::PP;
    const bool laney = settings.type == ChartType::PP || settings.type == ChartType::UP;

    double cl = kNaN;
    if (settings.centreLine) {
        cl = *settings.centreLine;
    } else {
        // Σ count / Σ denominator over the base points that are plotted (a gap adds nothing).
        double counts = 0.0;
        double denominators = 0.0;
        for (std::size_t i = 0; i < part.size(); ++i)
            if (part.isBase(i) && !std::isnan(part.y[i])) {
                counts += subgroups[i].ySum;
                denominators += subgroups[i].n;
            }
        cl = counts / denominators; // 0/0: NaN, no centre line
    }
    // σ_i = √(p̄(1 − p̄)/n_i) or √(ū/n_i); n_i = 0 gives an infinite σ_i, i.e. no limits.
    const double variance = proportion ? cl * (1.0 - cl) : cl;
    auto sigmaAt = [&](std::size_t i) { return std::sqrt(variance / part.n[i]); };

    double sigmaZ = 1.0;
    if (laney) {
        // Laney: z_i = (y_i − cl)/σ_i over the base sequence; σ_z = AMR(z)/1.128, screened like
        // an i chart's moving ranges; the limits widen (or narrow) by σ_z.
        sigmaZ = baseMovingRange(part, [&](std::size_t i) { return (part.y[i] - cl) / sigmaAt(i); },
                                 settings.mrScreening) /
                 kD2;
    }

    const double centre = finiteOrNaN(cl);
    for (std::size_t i = 0; i < part.size(); ++i) {
        const double sigma = sigmaAt(i) * sigmaZ;
        double lcl = cl - 3.0 * sigma, ucl = cl + 3.0 * sigma;
        double lcl2s = cl - 2.0 * sigma, ucl2s = cl + 2.0 * sigma;
        // §3: a finite UCL above 1 becomes 1 (p), a finite LCL below 0 becomes 0; infinite ones
        // stay infinite and become "no limit".
        if (proportion) {
            if (std::isfinite(ucl) && ucl > 1.0)
                ucl = 1.0;
            if (std::isfinite(ucl2s) && ucl2s > 1.0)
                ucl2s = 1.0;
        }
        part.cl[i] = centre;
        part.lcl[i] = finiteOrNaN(clampAtZero(lcl));
        part.ucl[i] = finiteOrNaN(ucl);
        part.lcl2s[i] = finiteOrNaN(clampAtZero(lcl2s));
        part.ucl2s[i] = finiteOrNaN(ucl2s);
    }
}

} // namespace

double c4(double n)
{
    if (!(n > 1.0))
        return kNaN;
    return std::sqrt(2.0 / (n - 1.0)) * std::exp(std::lgamma(n / 2.0) - std::lgamma((n - 1.0) / 2.0));
}

double a3(double n, double sigmas)
{
    if (!(n > 1.0))
        return kNaN;
    return sigmas / (c4(n) * std::sqrt(n));
}

double b3(double n, double sigmas)
{
    if (!(n > 1.0))
        return kNaN;
    const double c = c4(n);
    return std::max(0.0, 1.0 - sigmas * std::sqrt(1.0 - c * c) / c);
}

double b4(double n, double sigmas)
{
    if (!(n > 1.0))
        return kNaN;
    const double c = c4(n);
    return 1.0 + sigmas * std::sqrt(1.0 - c * c) / c;
}

namespace {

// The plotted value and the n of each subgroup: a c chart plots the count per x (§3), an x̄ chart
// the subgroup mean, an s chart its standard deviation, the others the value as given.
void setPlottedValues(std::span<const Subgroup> subgroups, const PartColumns& part, ChartType type)
{
    const std::size_t size = part.size();
    for (std::size_t i = 0; i < size; ++i) {
        const Subgroup& s = subgroups[i];
        double value = s.y;
        if (type == ChartType::C)
            value = s.ySum; // §3: a c chart plots the count per x
        else if (type == ChartType::Xbar)
            value = s.yCount > 0 ? s.yMean : kNaN;
        else if (type == ChartType::S)
            value = s.ySd;
        part.y[i] = finiteOrNaN(value);
        part.n[i] = (type == ChartType::Xbar || type == ChartType::S) ? static_cast<double>(s.yCount) : s.n;
    }
}

Status tLimits(const PartColumns& part, const LimitSettings& settings, std::size_t offset)
{
    const std::size_t size = part.size();
    // §3: transform u = y^(1/3.6), an i chart on u, limits back-transformed with ^3.6. A
    // negative lower limit on the u scale has no back-transform; it becomes 0. qicharts2 also
    // sets the lower limit to 0 when it does not exist at all (too few points for a moving
    // range) and leaves a negative two-sigma line as "none"; we give no limit in the first
    // case and clamp both lines alike in the second. A fixed centre line is given in days, as
    // plotted, and transformed with the data (qicharts2 would treat it as already transformed).
    for (std::size_t i = 0; i < size; ++i)
        if (part.y[i] <= 0.0)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("point %1: a time between events must be greater than zero (got %2)")
                                 .arg(offset + i + 1)
                                 .arg(part.y[i]));
    std::vector<double> u(size);
    for (std::size_t i = 0; i < size; ++i)
        u[i] = std::pow(part.y[i], 1.0 / kTPower);
    std::optional<double> fixedU;
    if (settings.centreLine)
        fixedU = std::pow(*settings.centreLine, 1.0 / kTPower);
    const Band onU = individuals(part, u, fixedU, settings.mrScreening, false);
    auto back = [](double value) { return std::pow(value, kTPower); };
    auto backLower = [&](double value) { return std::isnan(value) ? kNaN : value < 0.0 ? 0.0 : back(value); };
    Band band;
    band.cl = back(onU.cl);
    band.ucl = back(onU.ucl);
    band.ucl2s = back(onU.ucl2s);
    band.lcl = backLower(onU.lcl);
    band.lcl2s = backLower(onU.lcl2s);
    applyBand(part, band);
    return {};
}

void movingRangeLimits(const PartColumns& part, const LimitSettings& settings)
{
    const std::size_t size = part.size();
    // §3: the moving ranges of the part's plotted values, over all its points (the first has
    // none); the centre line is their mean over the base points; UCL = 3.267·cl, LCL = 0. With
    // no centre line there is no lower limit either (qicharts2 would still draw 0).
    for (std::size_t i = size; i-- > 0;)
        part.y[i] = i == 0 ? kNaN : std::fabs(part.y[i] - part.y[i - 1]);
    Band band;
    band.cl = settings.centreLine ? *settings.centreLine : baseMean(part, part.y);
    band.ucl = kD4 * band.cl;
    band.ucl2s = (kD4 / 3.0) * 2.0 * band.cl;
    band.lcl = std::isfinite(band.cl) ? 0.0 : kNaN;
    band.lcl2s = band.lcl;
    applyBand(part, band);
}

// x̄ and s charts: the pooled standard deviation of the base subgroups, limits per subgroup size.
void subgroupLimits(std::span<const Subgroup> subgroups, const PartColumns& part, const LimitSettings& settings)
{
    const ChartType type = settings.type;
    const std::size_t size = part.size();
    const double sBar = pooledSd(subgroups, part);
    double cl = kNaN;
    if (settings.centreLine) {
        cl = *settings.centreLine;
    } else if (type == ChartType::S) {
        cl = sBar;
    } else {
        // Σ n_i·x̄_i / Σ n_i over the base subgroups (Montgomery 6.30).
        double weighted = 0.0;
        double total = 0.0;
        for (std::size_t i = 0; i < size; ++i)
            if (part.isBase(i) && !std::isnan(part.y[i])) {
                weighted += subgroups[i].yCount * part.y[i];
                total += subgroups[i].yCount;
            }
        cl = weighted / total;
    }
    SubgroupConstants constants;
    const double centre = finiteOrNaN(cl);
    for (std::size_t i = 0; i < size; ++i) {
        const auto& k = constants.at(subgroups[i].yCount);
        part.cl[i] = centre;
        if (type == ChartType::Xbar) {
            part.lcl[i] = finiteOrNaN(cl - k.a3 * sBar);
            part.ucl[i] = finiteOrNaN(cl + k.a3 * sBar);
            part.lcl2s[i] = finiteOrNaN(cl - k.a3Two * sBar);
            part.ucl2s[i] = finiteOrNaN(cl + k.a3Two * sBar);
        } else {
            part.lcl[i] = finiteOrNaN(k.b3 * cl);
            part.ucl[i] = finiteOrNaN(k.b4 * cl);
            part.lcl2s[i] = finiteOrNaN(k.b3Two * cl);
            part.ucl2s[i] = finiteOrNaN(k.b4Two * cl);
        }
    }
}

void gLimits(const PartColumns& part, const LimitSettings& settings)
{
    // §3: the limits use the mean m of the base values, m ± 3·√(m(m + 1)); the plotted centre
    // line is the median of the base values, or 0.693·cl when cl is given (the theoretical
    // median), and the runs analysis is done against that plotted centre line.
    const double m = settings.centreLine ? *settings.centreLine : baseMean(part, part.y);
    const double sigma = std::sqrt(m * (m + 1.0));
    Band band;
    band.cl = settings.centreLine ? kGMedianFactor * *settings.centreLine : baseMedian(part);
    band.lcl = clampAtZero(m - 3.0 * sigma);
    band.ucl = m + 3.0 * sigma;
    band.lcl2s = clampAtZero(m - 2.0 * sigma);
    band.ucl2s = m + 2.0 * sigma;
    applyBand(part, band);
}

} // namespace

Status computeLimits(std::span<const Subgroup> subgroups, const PartColumns& part, const LimitSettings& settings,
                     std::size_t offset)
{
    const ChartType type = settings.type;
    setPlottedValues(subgroups, part, type);

    switch (type) {
    case ChartType::Run: {
        Band band;
        band.cl = settings.centreLine ? *settings.centreLine : baseMedian(part);
        applyBand(part, band);
        break;
    }
    case ChartType::I:
        applyBand(part, individuals(part, part.y, settings.centreLine, settings.mrScreening, settings.nhsXmr));
        break;
    case ChartType::T:
        return tLimits(part, settings, offset);
    case ChartType::MR:
        movingRangeLimits(part, settings);
        break;
    case ChartType::Xbar:
    case ChartType::S:
        subgroupLimits(subgroups, part, settings);
        break;
    case ChartType::P:
    case ChartType::PP:
    case ChartType::U:
    case ChartType::UP:
        attributeRatio(subgroups, part, settings);
        break;
    case ChartType::C: {
        Band band;
        band.cl = settings.centreLine ? *settings.centreLine : baseMean(part, part.y);
        const double sigma = std::sqrt(band.cl);
        band.lcl = clampAtZero(band.cl - 3.0 * sigma);
        band.ucl = band.cl + 3.0 * sigma;
        band.lcl2s = clampAtZero(band.cl - 2.0 * sigma);
        band.ucl2s = band.cl + 2.0 * sigma;
        applyBand(part, band);
        break;
    }
    case ChartType::G:
        gLimits(part, settings);
        break;
    }
    return {};
}

} // namespace pdsa::analysis
