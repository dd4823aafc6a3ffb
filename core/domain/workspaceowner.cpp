// SPDX-License-Identifier: Apache-2.0
#include "domain/workspaceowner.h"

namespace pdsa {

namespace {

constexpr int kMaxNameLength = 200;

} // namespace

Result<WorkspaceOwner> WorkspaceOwner::parse(const QString& text) {
    const QString trimmed = text.trimmed();
    const QString expected = QStringLiteral("expected organizer, team:NAME or coach:NAME, not \"%1\"").arg(text);
    if (trimmed == QLatin1String("organizer"))
        return organizer();
    const qsizetype colon = trimmed.indexOf(u':');
    if (colon < 0)
        return Error{ErrorCode::Usage, expected};
    const QString role = trimmed.left(colon).trimmed();
    const QString name = trimmed.mid(colon + 1).trimmed();
    if (role != QLatin1String("team") && role != QLatin1String("coach"))
        return Error{ErrorCode::Usage, expected};
    if (name.isEmpty())
        return Error{ErrorCode::Usage, QStringLiteral("%1: the %2's name is missing").arg(expected, role)};
    if (name.size() > kMaxNameLength)
        return Error{ErrorCode::Usage,
                     QStringLiteral("the %1's name is %2 characters long; at most %3 are allowed")
                         .arg(role)
                         .arg(name.size())
                         .arg(kMaxNameLength)};
    return role == QLatin1String("team") ? team(name) : coach(name);
}

QString WorkspaceOwner::toText() const {
    return role == OwnerRole::Organizer ? QStringLiteral("organizer")
                                        : QStringLiteral("%1:%2").arg(pdsa::toText(role), name);
}

QString WorkspaceOwner::describe() const {
    switch (role) {
    case OwnerRole::Organizer:
        return QStringLiteral("the organizer");
    case OwnerRole::Team:
        return QStringLiteral("team %1").arg(name);
    case OwnerRole::Coach:
        return QStringLiteral("coach %1").arg(name);
    }
    return {};
}

} // namespace pdsa
