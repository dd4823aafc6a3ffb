// SPDX-License-Identifier: Apache-2.0
// The printed PDSA worksheet, read back with poppler's pdftotext and pdfinfo: every filled field
// is on it, a blank cycle still prints the whole form, a ramp starts each cycle on a new page in
// ramp order, demo cycles fit on two pages; and `pdsa worksheet` refuses an unknown cycle
// without leaving a file behind.

#include "cli/cli.h"
#include "cycles/cycleindex.h"
#include "print/worksheetpdf.h"
#include "report/worksheet.h"
#include "support/testsupport.h"
#include "uitestsupport.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace pdsa;

namespace {

using test::pdfPages;
using test::pdfText;

QString normalised(const QString& text) {
    return text.simplified();
}

qsizetype textLength(const PdsaCycle& c) {
    qsizetype length = c.title.size() + c.objective.size() + c.planWho.size() + c.planWhat.size() +
                       c.planWhere.size() + c.planWhen.size() + c.dataCollectionPlan.size() +
                       c.whatHappened.size() + c.observations.size() + c.problems.size() + c.results.size() +
                       c.learned.size() + c.nextStep.size();
    for (const PdsaQuestion& q : c.questions)
        length += q.question.size() + q.prediction.size();
    return length;
}

int runWorksheet(const QStringList& args, QString* err = nullptr) {
    QString out, errors;
    QTextStream outStream(&out), errStream(&errors);
    const int code = cli::runCli(QStringList{QStringLiteral("worksheet")} + args, outStream, errStream);
    if (err)
        *err = errors;
    return code;
}

class Worksheet : public ::testing::Test {
protected:
    void SetUp() override {
        test::writeDemo(m_path);
        m_workspace = test::openOrFail(m_path);
        ASSERT_TRUE(m_workspace);
        auto index = cycles::CycleIndex::load(*m_workspace);
        ASSERT_TRUE(index.ok());
        m_index = std::make_unique<cycles::CycleIndex>(std::move(*index));
    }

    QString print(const std::vector<QUuid>& ids, const QString& name = QStringLiteral("w.pdf")) {
        const QString pdf = m_dir.path(name);
        const Status written = print::writeWorksheetPdf(*m_workspace, ids, pdf);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return pdf;
    }

    test::TempDir m_dir;
    QString m_path = m_dir.path(QStringLiteral("demo.pdsa"));
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<cycles::CycleIndex> m_index;
};

} // namespace

TEST_F(Worksheet, prints_every_filled_field_of_the_richest_demo_cycle) {
    const PdsaCycle* richest = nullptr;
    for (const PdsaCycle& cycle : m_index->cycles())
        if (!richest || textLength(cycle) > textLength(*richest))
            richest = &cycle;
    ASSERT_TRUE(richest);
    const PdsaCycle c = *richest;
    ASSERT_FALSE(c.parentCycleId.isNull());
    ASSERT_NE(c.decision, Decision::None);

    const QString text = normalised(pdfText(print({c.meta.id})));
    std::vector<std::pair<const char*, QString>> fields = {
        {"title", c.title},
        {"team", m_index->teamName(c.teamId)},
        {"collaborative", m_index->collaborativeName()},
        {"grew from", m_index->parentTitle(c)},
        {"scale", QStringLiteral("%1 %2").arg(*c.scaleCount).arg(c.scaleUnit)},
        {"objective", c.objective},
        {"who", c.planWho},
        {"what", c.planWhat},
        {"where", c.planWhere},
        {"when", c.planWhen},
        {"data collection plan", c.dataCollectionPlan},
        {"what happened", c.whatHappened},
        {"observations", c.observations},
        {"problems", c.problems},
        {"results", c.results},
        {"learned", c.learned},
        {"next step", c.nextStep},
        {"ramp position", QStringLiteral("Cycle %1 of the ramp").arg(m_index->rampPosition(c))},
    };
    for (const QString& date : {QLocale().toString(c.startDate, QStringLiteral("d MMM yyyy")),
                                QLocale().toString(c.endDate, QStringLiteral("d MMM yyyy"))})
        fields.push_back({"date", date});
    for (const PdsaQuestion& q : c.questions) {
        fields.push_back({"question", q.question});
        fields.push_back({"prediction", q.prediction});
    }
    for (const cycles::NamedRef& idea : m_index->changeIdeas(c))
        fields.push_back({"change idea", idea.name});
    for (const cycles::NamedRef& measure : m_index->measures(c))
        fields.push_back({"measure", measure.name});
    for (const auto& [name, value] : fields) {
        ASSERT_FALSE(value.trimmed().isEmpty()) << name;
        EXPECT_TRUE(text.contains(normalised(value))) << name << ": " << value.toStdString();
    }
    const QString decision = c.decision == Decision::Adopt   ? QStringLiteral("Adopt")
                             : c.decision == Decision::Adapt ? QStringLiteral("Adapt")
                                                             : QStringLiteral("Abandon");
    EXPECT_TRUE(text.contains(QStringLiteral("\u2612 ") + decision)) << decision.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("\u2612")), 1);
    EXPECT_EQ(text.count(QStringLiteral("\u2610")), 2);
}

TEST_F(Worksheet, an_empty_cycle_prints_the_whole_form_with_space_to_write) {
    PdsaCycle blank;
    blank.teamId = m_index->cycles().front().teamId;
    blank.title = QStringLiteral("A test not planned yet"); // the one field a cycle cannot be without
    const auto saved = m_workspace->cycles.cycles.save(blank, m_workspace->now());
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();

    const QString pdf = print({blank.meta.id});
    const QString text = normalised(pdfText(pdf));
    for (const char* heading : {"PDSA worksheet",
                                "Cycle",
                                "Team",
                                "Ramp",
                                "Cycle 1 of the ramp",
                                "Status",
                                "Planned",
                                "Dates",
                                "Scale",
                                "Change ideas tested",
                                "Measures informed",
                                "Plan",
                                "Objective of this cycle",
                                "Questions we want this cycle to answer",
                                "Our predictions",
                                "Who",
                                "What",
                                "Where",
                                "When",
                                "Plan for collecting data",
                                "Do",
                                "What happened?",
                                "Observations",
                                "Problems and unexpected events",
                                "Study",
                                "Results compared with our predictions",
                                "What we learned",
                                "Act",
                                "Decision",
                                "\u2610 Adopt",
                                "\u2610 Adapt",
                                "\u2610 Abandon",
                                "Next step"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading;
    EXPECT_FALSE(text.contains(QStringLiteral("\u2612")));
    EXPECT_EQ(pdfPages(pdf), 2);
}

TEST_F(Worksheet, a_ramp_starts_each_cycle_on_a_new_page_in_ramp_order) {
    // The longest ramp of the demo, asked for by its last cycle.
    std::vector<QUuid> ramp;
    for (const PdsaCycle& cycle : m_index->cycles())
        if (const auto candidate = m_index->ramp(cycle.meta.id); candidate.size() > ramp.size())
            ramp = candidate;
    ASSERT_GE(ramp.size(), 3u);
    EXPECT_EQ(m_index->ramp(ramp.back()), ramp);
    EXPECT_TRUE(m_index->find(ramp.front())->parentCycleId.isNull());
    for (size_t i = 1; i < ramp.size(); ++i)
        EXPECT_EQ(m_index->find(ramp[i])->parentCycleId, ramp[i - 1]);

    const QString pdf = print(ramp);
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    EXPECT_EQ(pdfPages(pdf), 2 * static_cast<int>(ramp.size()));
    QStringList starts;
    for (const QString& page : pages)
        if (normalised(page).startsWith(QStringLiteral("PDSA worksheet")))
            starts << normalised(page);
    ASSERT_EQ(starts.size(), static_cast<qsizetype>(ramp.size()));
    for (size_t i = 0; i < ramp.size(); ++i) {
        const QString expected = QStringLiteral("PDSA worksheet %1 Cycle %2 Team")
                                     .arg(m_index->collaborativeName(), m_index->find(ramp[i])->title);
        EXPECT_TRUE(starts[static_cast<qsizetype>(i)].startsWith(expected))
            << i << ": " << starts[static_cast<qsizetype>(i)].left(200).toStdString();
    }
}

TEST_F(Worksheet, every_demo_cycle_fits_on_two_pages) {
    ASSERT_FALSE(m_index->cycles().empty());
    for (const PdsaCycle& cycle : m_index->cycles())
        EXPECT_LE(pdfPages(print({cycle.meta.id})), 2) << cycle.title.toStdString();
}

TEST_F(Worksheet, an_unknown_cycle_writes_no_file) {
    const QString pdf = m_dir.path(QStringLiteral("none.pdf"));
    const Status written = print::writeWorksheetPdf(*m_workspace, {QUuid::createUuid()}, pdf);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.startsWith(pdf + QStringLiteral(": no PDSA cycle")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_FALSE(report::worksheetHtml(*m_workspace, {QUuid::createUuid()}).ok());

    test::writeBytes(pdf, "an older worksheet");
    EXPECT_FALSE(print::writeWorksheetPdf(*m_workspace, {QUuid::createUuid()}, pdf).ok());
    EXPECT_EQ(test::fileBytes(pdf), QByteArray("an older worksheet"));
}

TEST_F(Worksheet, the_command_refuses_an_unknown_cycle_with_exit_1) {
    m_workspace.reset();
    const QString pdf = m_dir.path(QStringLiteral("x.pdf"));
    QString err;
    EXPECT_EQ(runWorksheet({QStringLiteral("--workspace"), m_path, QStringLiteral("--cycle"),
                            QStringLiteral("no-such-cycle"), QStringLiteral("--out"), pdf},
                           &err),
              1);
    EXPECT_EQ(err, QStringLiteral("pdsa: worksheet: no PDSA cycle \"no-such-cycle\" in %1\n").arg(m_path));
    EXPECT_FALSE(QFile::exists(pdf));

    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    EXPECT_EQ(runWorksheet({QStringLiteral("--workspace"), m_path, QStringLiteral("--cycle"), unknown,
                            QStringLiteral("--out"), pdf},
                           &err),
              1);
    EXPECT_EQ(err, QStringLiteral("pdsa: worksheet: no PDSA cycle \"%1\" in %2\n").arg(unknown, m_path));
    EXPECT_FALSE(QFile::exists(pdf));

    EXPECT_EQ(runWorksheet({QStringLiteral("--workspace"), m_path, QStringLiteral("--out"), pdf}, &err), 2);
    EXPECT_EQ(err, QStringLiteral("pdsa: worksheet: --cycle is required\nTry 'pdsa worksheet --help'.\n"));
}

TEST_F(Worksheet, the_command_prints_a_cycle_or_its_ramp_by_id_with_or_without_braces) {
    const PdsaCycle* second = nullptr;
    for (const PdsaCycle& cycle : m_index->cycles())
        if (!second && !cycle.parentCycleId.isNull())
            second = &cycle;
    ASSERT_TRUE(second);
    const QUuid id = second->meta.id;
    const size_t rampSize = m_index->ramp(id).size();
    m_workspace.reset();

    const QString one = m_dir.path(QStringLiteral("one.pdf"));
    QString err;
    ASSERT_EQ(runWorksheet({QStringLiteral("--workspace"), m_path, QStringLiteral("--cycle"), id.toString(),
                            QStringLiteral("--out"), one},
                           &err),
              0)
        << err.toStdString();
    EXPECT_EQ(pdfPages(one), 2);

    const QString ramp = m_dir.path(QStringLiteral("ramp.pdf"));
    ASSERT_EQ(runWorksheet({QStringLiteral("--workspace"), m_path, QStringLiteral("--cycle"),
                            id.toString(QUuid::WithoutBraces), QStringLiteral("--out"), ramp,
                            QStringLiteral("--ramp")},
                           &err),
              0)
        << err.toStdString();
    EXPECT_EQ(pdfPages(ramp), 2 * static_cast<int>(rampSize));

    QString out;
    QTextStream outStream(&out), errStream(&err);
    EXPECT_EQ(cli::runCli({QStringLiteral("--help")}, outStream, errStream), 0);
    EXPECT_TRUE(out.contains(QStringLiteral("worksheet --workspace W --cycle ID --out FILE.pdf [--ramp]")));
}
