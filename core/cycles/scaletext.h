#pragma once
// A cycle's scale as people read it: "1 family", "5 families", "whole unit". Shared by the app
// (Format::scale) and the printed worksheet, so that both say the same.

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

} // namespace pdsa::cycles
