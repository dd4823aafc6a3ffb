// SPDX-License-Identifier: Apache-2.0
#include "storage/schema.h"

namespace pdsa::storage {

namespace {

// Every record table starts with the same bookkeeping columns (see docs/database-schema.md):
// a UUID as a 16-byte blob, the owner (organizer, a team, or a coach), a revision that grows by
// one with each change, the time of the last change, and a tombstone flag.
#define PDSA_RECORD_COLUMNS                                                                               \
    "id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),\n"                                                 \
    "owner_role TEXT NOT NULL CHECK (owner_role IN ('organizer', 'team', 'coach')),\n"                       \
    "owner_team BLOB REFERENCES team(id),\n"                                                                  \
    "revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),\n"                                            \
    "updated_at TEXT NOT NULL,\n"                                                                             \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),\n"

const char* const kVersion1 = R"sql(
CREATE TABLE collaborative (
)sql" PDSA_RECORD_COLUMNS R"sql(
    name TEXT NOT NULL CHECK (length(name) > 0),
    topic TEXT NOT NULL DEFAULT '',
    aim TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE learning_session (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('learning_session', 'summit', 'webinar')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);

CREATE TABLE action_period (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);

CREATE TABLE stratum (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    dimension TEXT NOT NULL CHECK (length(dimension) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE driver (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    parent_id BLOB REFERENCES driver(id),
    kind TEXT NOT NULL CHECK (kind IN ('primary', 'secondary')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'primary') = (parent_id IS NULL))
);

CREATE TABLE change_idea (
)sql" PDSA_RECORD_COLUMNS R"sql(
    driver_id BLOB NOT NULL REFERENCES driver(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE team (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    agency TEXT NOT NULL DEFAULT '',
    agency_kind TEXT NOT NULL DEFAULT 'county' CHECK (agency_kind IN ('county', 'state', 'tribal', 'private')),
    site TEXT NOT NULL DEFAULT '',
    court_partner TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE team_member (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    role TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE aim (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    statement TEXT NOT NULL CHECK (length(statement) > 0),
    what TEXT NOT NULL DEFAULT '',
    how_much TEXT NOT NULL DEFAULT '',
    by_when TEXT
);

CREATE TABLE measure (
)sql" PDSA_RECORD_COLUMNS R"sql(
    collaborative_id BLOB NOT NULL REFERENCES collaborative(id),
    team_id BLOB REFERENCES team(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    measure_type TEXT NOT NULL CHECK (measure_type IN ('outcome', 'process', 'balancing')),
    operational_definition TEXT NOT NULL DEFAULT '',
    numerator_definition TEXT NOT NULL DEFAULT '',
    denominator_definition TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL DEFAULT 'monthly' CHECK (frequency IN ('monthly', 'weekly')),
    data_kind TEXT NOT NULL CHECK (data_kind IN ('proportion', 'rate', 'count', 'continuous', 'days_between')),
    rate_per REAL CHECK (rate_per IS NULL OR rate_per > 0),
    unit TEXT NOT NULL DEFAULT '',
    improvement TEXT NOT NULL CHECK (improvement IN ('up', 'down')),
    goal REAL,
    baseline_start TEXT,
    baseline_end TEXT,
    stratified INTEGER NOT NULL DEFAULT 0 CHECK (stratified IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (baseline_end IS NULL OR baseline_start IS NULL OR baseline_end >= baseline_start)
);

CREATE TABLE measure_value (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    measure_id BLOB NOT NULL REFERENCES measure(id),
    period TEXT NOT NULL,
    stratum_id BLOB REFERENCES stratum(id),
    numerator REAL CHECK (numerator IS NULL OR numerator >= 0),
    denominator REAL CHECK (denominator IS NULL OR denominator >= 0),
    value REAL,
    note TEXT NOT NULL DEFAULT '',
    CHECK (numerator IS NULL OR denominator IS NULL OR denominator > 0 OR numerator = 0)
);
CREATE INDEX measure_value_by_series ON measure_value(team_id, measure_id, period);

CREATE TABLE pdsa_cycle (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    parent_cycle_id BLOB REFERENCES pdsa_cycle(id),
    title TEXT NOT NULL CHECK (length(title) > 0),
    objective TEXT NOT NULL DEFAULT '',
    plan_who TEXT NOT NULL DEFAULT '',
    plan_what TEXT NOT NULL DEFAULT '',
    plan_where TEXT NOT NULL DEFAULT '',
    plan_when TEXT NOT NULL DEFAULT '',
    data_collection_plan TEXT NOT NULL DEFAULT '',
    what_happened TEXT NOT NULL DEFAULT '',
    observations TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    results TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT 'none' CHECK (decision IN ('none', 'adopt', 'adapt', 'abandon')),
    next_step TEXT NOT NULL DEFAULT '',
    scale_count INTEGER CHECK (scale_count IS NULL OR scale_count >= 0),
    scale_unit TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'studying', 'done')),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CHECK (parent_cycle_id IS NULL OR parent_cycle_id <> id)
);
CREATE INDEX pdsa_cycle_by_team ON pdsa_cycle(team_id);
CREATE INDEX pdsa_cycle_by_parent ON pdsa_cycle(parent_cycle_id);

-- Parts of a PDSA cycle: identified by the cycle's UUID and, for questions, their position;
-- versioned with the cycle (see docs/database-schema.md, "aggregates").
CREATE TABLE pdsa_question (
    cycle_id BLOB NOT NULL REFERENCES pdsa_cycle(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    question TEXT NOT NULL DEFAULT '',
    prediction TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (cycle_id, position)
) WITHOUT ROWID;

CREATE TABLE pdsa_change_idea (
    cycle_id BLOB NOT NULL REFERENCES pdsa_cycle(id) ON DELETE CASCADE,
    change_idea_id BLOB NOT NULL REFERENCES change_idea(id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, change_idea_id)
) WITHOUT ROWID;
CREATE INDEX pdsa_change_idea_by_idea ON pdsa_change_idea(change_idea_id);

CREATE TABLE pdsa_measure (
    cycle_id BLOB NOT NULL REFERENCES pdsa_cycle(id) ON DELETE CASCADE,
    measure_id BLOB NOT NULL REFERENCES measure(id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (cycle_id, measure_id)
) WITHOUT ROWID;
CREATE INDEX pdsa_measure_by_measure ON pdsa_measure(measure_id);

CREATE TABLE chart_annotation (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    measure_id BLOB NOT NULL REFERENCES measure(id),
    cycle_id BLOB REFERENCES pdsa_cycle(id),
    date TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0)
);

CREATE TABLE team_report (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    month TEXT NOT NULL,
    progress TEXT NOT NULL DEFAULT '',
    successes TEXT NOT NULL DEFAULT '',
    challenges TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    help_needed TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coach_comment (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    author TEXT NOT NULL DEFAULT '',
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('team', 'cycle', 'report', 'measure')),
    subject_id BLOB,
    written_on TEXT NOT NULL,
    text TEXT NOT NULL CHECK (length(text) > 0)
);

CREATE TABLE assessment_score (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    month TEXT NOT NULL,
    score REAL NOT NULL CHECK (score >= 1.0 AND score <= 5.0),
    rationale TEXT NOT NULL DEFAULT '',
    assessor TEXT NOT NULL DEFAULT ''
);

CREATE TABLE spread_record (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    change_idea_id BLOB REFERENCES change_idea(id),
    practice TEXT NOT NULL CHECK (length(practice) > 0),
    to_site TEXT NOT NULL DEFAULT '',
    spread_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'spread', 'sustained', 'discontinued')),
    note TEXT NOT NULL DEFAULT ''
);
)sql";

// Format 2: what a team chooses for its chart of a measure (remembered per team and measure), and
// the per-point judgements the chart rules need: points excluded from every calculation and
// points the team marked as astronomical.
const char* const kVersion2 = R"sql(
ALTER TABLE measure_value ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1));
ALTER TABLE measure_value ADD COLUMN astronomical INTEGER NOT NULL DEFAULT 0 CHECK (astronomical IN (0, 1));

CREATE TABLE chart_setting (
)sql" PDSA_RECORD_COLUMNS R"sql(
    team_id BLOB NOT NULL REFERENCES team(id),
    measure_id BLOB NOT NULL REFERENCES measure(id),
    chart_type TEXT NOT NULL DEFAULT 'run'
        CHECK (chart_type IN ('run', 'i', 'mr', 'xbar', 's', 'p', 'pp', 'u', 'up', 'c', 'g', 't')),
    rule_set TEXT NOT NULL DEFAULT 'ihi' CHECK (rule_set IN ('ihi', 'anhoej', 'nhs')),
    baseline_points INTEGER CHECK (baseline_points IS NULL OR baseline_points >= 1),
    phase_starts TEXT NOT NULL DEFAULT '',
    fixed_centre REAL,
    two_sigma INTEGER NOT NULL DEFAULT 0 CHECK (two_sigma IN (0, 1)),
    stratified_view TEXT NOT NULL DEFAULT 'total' CHECK (stratified_view IN ('total', 'lines', 'multiples'))
);
CREATE INDEX chart_setting_by_measure ON chart_setting(team_id, measure_id);
)sql";

// Format 3: bundle import's bookkeeping (core/bundle/merge.h). import_base holds, per record,
// the last state both sides agreed on (what the three-way merge compares against); import_conflict
// the incoming records that changed on both sides, kept until someone resolves them. Neither is a
// record table: they never travel in a bundle.
const char* const kVersion3 = R"sql(
CREATE TABLE import_base (
    record_id BLOB PRIMARY KEY NOT NULL CHECK (length(record_id) = 16),
    table_name TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64)
);

CREATE TABLE import_conflict (
    id INTEGER PRIMARY KEY,
    record_id BLOB NOT NULL CHECK (length(record_id) = 16),
    table_name TEXT NOT NULL,
    incoming TEXT NOT NULL,
    source TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    UNIQUE (record_id, incoming)
);
)sql";

// Format 4: the history of bundle imports (core/repositories/importlog.h): one row per bundle
// applied, saying whose it was, which file, when it was made and imported, and what it changed.
// The app marks a team whose work arrived from its bundle as theirs from this. Not a record table.
const char* const kVersion4 = R"sql(
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('team', 'template', 'feedback')),
    owner_role TEXT NOT NULL CHECK (owner_role IN ('organizer', 'team', 'coach')),
    owner_team BLOB CHECK (owner_team IS NULL OR length(owner_team) = 16),
    owner_name TEXT NOT NULL,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    brought_owner INTEGER NOT NULL CHECK (brought_owner IN (0, 1)),
    added INTEGER NOT NULL CHECK (added >= 0),
    updated INTEGER NOT NULL CHECK (updated >= 0),
    unchanged INTEGER NOT NULL CHECK (unchanged >= 0),
    conflicts INTEGER NOT NULL CHECK (conflicts >= 0),
    skipped INTEGER NOT NULL CHECK (skipped >= 0)
);
CREATE INDEX import_log_by_owner ON import_log(owner_role, owner_team, id);
)sql";

// Format 5: whose workspace this is (core/workspace/editrights.h): the organizer, one team or one
// faculty coach. A team is named, since its workspace may be made before its team record arrives;
// its id is kept once that record is here, so that renaming the team keeps the workspace its own.
// At most one row; none in a workspace made before format 5, which keeps the rights it had then.
const char* const kVersion5 = R"sql(
CREATE TABLE workspace_owner (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    role TEXT NOT NULL CHECK (role IN ('organizer', 'team', 'coach')),
    name TEXT NOT NULL CHECK ((role = 'organizer') = (name = '')),
    team_id BLOB CHECK (team_id IS NULL OR (role = 'team' AND length(team_id) = 16)),
    set_at TEXT NOT NULL
);
)sql";

// Format 6: faculty coaching. A coach's record names its coach (owner_coach), so that two coaches'
// feedback never overwrites each other; a coach's record from before is left unnamed. The
// reporting calendar's due day; a report's submission date; a comment's month (for a comment on a
// measure) and the date it was resolved; the team's replies to comments. An assessment score
// owned by a team is the team's self-score.
const char* const kVersion6 = R"sql(
ALTER TABLE collaborative ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE learning_session ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE action_period ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE stratum ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE driver ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE change_idea ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE team ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE team_member ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE aim ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE measure ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE measure_value ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE chart_setting ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE pdsa_cycle ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE chart_annotation ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE team_report ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE coach_comment ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE assessment_score ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');
ALTER TABLE spread_record ADD COLUMN owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach');

ALTER TABLE collaborative ADD COLUMN report_due_day INTEGER NOT NULL DEFAULT 10
    CHECK (report_due_day BETWEEN 1 AND 28);
ALTER TABLE team_report ADD COLUMN submitted_on TEXT;
ALTER TABLE coach_comment ADD COLUMN month TEXT;
ALTER TABLE coach_comment ADD COLUMN resolved_on TEXT;

CREATE TABLE comment_reply (
)sql" PDSA_RECORD_COLUMNS R"sql(
    owner_coach TEXT NOT NULL DEFAULT '' CHECK (owner_coach = '' OR owner_role = 'coach'),
    team_id BLOB NOT NULL REFERENCES team(id),
    -- Not a foreign key: a team's reply may arrive (with its team bundle) before the coach's
    -- comment it answers (with the feedback bundle), and waits for it.
    comment_id BLOB NOT NULL CHECK (length(comment_id) = 16),
    author TEXT NOT NULL DEFAULT '',
    written_on TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX comment_reply_by_comment ON comment_reply(comment_id);
CREATE INDEX team_report_by_team ON team_report(team_id, month);
CREATE INDEX assessment_score_by_team ON assessment_score(team_id, month);
CREATE INDEX coach_comment_by_team ON coach_comment(team_id);
)sql";

// Version 7: equity. The collaborative's minimum cell size for small-number suppression.
const char* const kVersion7 = R"sql(
ALTER TABLE collaborative ADD COLUMN min_cell_size INTEGER NOT NULL DEFAULT 11
    CHECK (min_cell_size BETWEEN 0 AND 100);
)sql";

#undef PDSA_RECORD_COLUMNS

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, QStringLiteral("Every record of the core objects"), QString::fromUtf8(kVersion1)},
        {2, QStringLiteral("Chart settings per team and measure; excluded and astronomical points"),
         QString::fromUtf8(kVersion2)},
        {3, QStringLiteral("Bundle import: the last agreed state per record, and conflicts kept for review"),
         QString::fromUtf8(kVersion3)},
        {4, QStringLiteral("Bundle import: the history of imports, and whose work arrived from a bundle"),
         QString::fromUtf8(kVersion4)},
        {5, QStringLiteral("Whose workspace this is: the organizer, one team or one faculty coach"),
         QString::fromUtf8(kVersion5)},
        {6, QStringLiteral("Faculty coaching: coaches named, the reporting calendar, report submission, comment "
                           "replies and resolution, self-scores"),
         QString::fromUtf8(kVersion6)},
        {7, QStringLiteral("Equity: the collaborative's minimum cell size"), QString::fromUtf8(kVersion7)},
    };
    return all;
}

int currentSchemaVersion() { return migrations().back().version; }

} // namespace pdsa::storage
