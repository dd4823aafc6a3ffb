#include "print/worksheetpdf.h"

namespace pdsa::print {

Result<QString> worksheetHtml(Workspace&, const std::vector<QUuid>&)
{
    return Error{ErrorCode::Invalid, QStringLiteral("worksheets are not written yet")};
}

Status printWorksheets(Workspace&, const std::vector<QUuid>&, QPagedPaintDevice&)
{
    return Error{ErrorCode::Invalid, QStringLiteral("worksheets are not written yet")};
}

Status writeWorksheetPdf(Workspace&, const std::vector<QUuid>&, const QString&)
{
    return Error{ErrorCode::Invalid, QStringLiteral("worksheets are not written yet")};
}

} // namespace pdsa::print
