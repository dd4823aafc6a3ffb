// SPDX-License-Identifier: Apache-2.0
#pragma once
// How a cycle's facts read: its scale ("1 family", "5 families", "whole unit"), status and
// decision. Shared by the app (Format) and the printed worksheet, so that both say the same.

#include "domain/pdsacycle.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace pdsa::cycles {

// Scale units are typed by people, in the plural ("families", "cases", "children"). For one of
// them English wants the singular; other languages keep what was typed.
QString singularUnit(const QString& unit, const QLocale& locale);

// "8 families", "1 family", "whole unit" (a unit without a count), "8" (a count without a unit);
// empty when there is neither.
QString scaleText(const std::optional<int>& count, const QString& unit, const QLocale& locale);

// "Planned", "Running", "Studying", "Done" (translated).
QString statusText(CycleStatus status);
// "Adopt", "Adapt", "Abandon"; empty for no decision yet (translated).
QString decisionText(Decision decision);

} // namespace pdsa::cycles
