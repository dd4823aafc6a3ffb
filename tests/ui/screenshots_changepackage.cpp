// The change package screens: the driver diagram editor and the drawn diagram.
#include "screenshotsupport.h"

namespace pdsa::shots {

bool shootChangePackage(ui::MainWindow& window, const QString& folder)
{
    Q_UNUSED(window);
    Q_UNUSED(folder);
    return true;
}

} // namespace pdsa::shots
