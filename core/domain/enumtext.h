// SPDX-License-Identifier: Apache-2.0
#pragma once
// Each domain enum has one stable English word per value, used in the database, in bundles and
// in the CLI's JSON. Specialise EnumNames<E> with a constexpr `entries` array next to the enum;
// toText/fromText then work for it. Display labels for people are the UI's business (tr()).

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pdsa {

template <typename E>
struct EnumNames;

template <typename E>
QString toText(E value)
{
    for (const auto& [entry, word] : EnumNames<E>::entries)
        if (entry == value)
            return QString::fromLatin1(word);
    return {};
}

template <typename E>
std::optional<E> fromText(QStringView text)
{
    for (const auto& [entry, word] : EnumNames<E>::entries)
        if (text == QLatin1String(word))
            return entry;
    return std::nullopt;
}

template <typename E>
QStringList allTexts()
{
    QStringList words;
    for (const auto& entry : EnumNames<E>::entries)
        words << QString::fromLatin1(entry.second);
    return words;
}

} // namespace pdsa

#define PDSA_ENUM_NAMES(Enum, ...)                                                                           \
    template <>                                                                                              \
    struct EnumNames<Enum> {                                                                                 \
        static constexpr std::pair<Enum, const char*> entries[] = {__VA_ARGS__};                             \
    }
