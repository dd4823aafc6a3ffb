// SPDX-License-Identifier: Apache-2.0
#pragma once
// The app's few visual constants in one place: heading fonts (relative to the widget's own font,
// so that a larger system font or 200 % text scales them too), the muted text colour, the accent
// colour and the colours of PDSA decisions and statuses. Colours are derived from the palette
// where they can be, so a dark palette keeps them readable.

#include "domain/pdsacycle.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QWidget;

namespace pdsa::ui {

class Theme {
public:
    // Page titles: 1.6 × the base size, bold.
    static QFont titleFont(const QFont& base);
    // Section headings: 1.15 × the base size, bold.
    static QFont sectionFont(const QFont& base);
    // A font scaled by `factor`, whether the base is sized in points or pixels.
    static QFont scaled(const QFont& base, qreal factor);

    // Secondary text (subtitles, captions, empty states): between text and background.
    static QColor mutedText(const QPalette& palette);
    static void makeMuted(QWidget* widget);

    static QColor accent();
    static QColor accentSoft(); // bands and fills behind the accent colour
    static QColor summit();     // the closing summit's marker
    static QColor today();

    static QColor decisionColor(Decision decision);
    // A light fill for a spread status (SpreadStatus as int), darker as it gets further; the
    // text says the status too.
    static QColor spreadColor(int status);
    static QColor statusColor(CycleStatus status);

    // Space between sections and around page content, in multiples of the font height.
    static int sectionSpacing(const QWidget* widget);
    static int pageMargin(const QWidget* widget);
};

} // namespace pdsa::ui
