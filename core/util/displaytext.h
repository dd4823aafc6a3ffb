// SPDX-License-Identifier: Apache-2.0
#pragma once
// Text taken from a file (a bundle's field or entry name, a team's name in a manifest), made safe
// to show in a message, in a terminal or in a dialog: it can neither colour the terminal, forge a
// line of its own, turn the message around with bidirectional overrides, nor fill the screen.

#include <QString>
#include <QStringView>

namespace pdsa {

// `text` with every control character (C0, DEL, C1, the line and paragraph separators) and every
// bidirectional mark, embedding, override and isolate written as a visible escape ("\u001b"), and
// cut to `maxChars` characters ending with "…" when longer.
QString shownText(QStringView text, int maxChars = 80);

// A whole message for a terminal: the same escapes, except for the message's own line feeds and
// tabs.
QString forTerminal(QStringView message);

} // namespace pdsa
