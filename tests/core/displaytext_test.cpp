// SPDX-License-Identifier: Apache-2.0
// Text from files shown in messages (core/util/displaytext.h): escapes that cannot colour a
// terminal, forge a line or reverse the message, and a length that cannot fill the screen.
#include "util/displaytext.h"

#include <gtest/gtest.h>

using namespace pdsa;

TEST(DisplayText, escape_sequences_line_breaks_and_bidirectional_overrides_are_shown_escaped) {
    const QString hostile = QStringLiteral("notes\x1b[31m red\npdsa: all bundles imported") + QChar(0x202e) +
                            QStringLiteral("txt.exe");
    EXPECT_EQ(shownText(hostile),
              QStringLiteral("notes\\u001b[31m red\\u000apdsa: all bundles imported\\u202etxt.exe"));
}

TEST(DisplayText, ordinary_names_are_shown_as_they_are) {
    const QString name = QStringLiteral("Condado de Álamo — équipe «Niños primero» 家庭");
    EXPECT_EQ(shownText(name), name);
}

TEST(DisplayText, a_long_text_is_cut_to_the_limit_in_characters_with_an_ellipsis) {
    const QString longName(100000, QLatin1Char('x'));
    const QString shown = shownText(longName);
    EXPECT_EQ(shown, QString(80, QLatin1Char('x')) + QChar(0x2026));
    // Counted in characters, not UTF-16 units: 80 emoji stay whole.
    QString emoji;
    for (int i = 0; i < 81; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    EXPECT_EQ(shownText(emoji).size(), 80 * 2 + 1);
}

TEST(DisplayText, a_message_for_the_terminal_keeps_its_own_line_breaks_but_not_escapes) {
    EXPECT_EQ(forTerminal(QStringLiteral("first line\n\tsecond \x1b]0;title\x07")),
              QStringLiteral("first line\n\tsecond \\u001b]0;title\\u0007"));
}
