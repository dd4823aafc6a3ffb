// The PDSA cycle screens: the worksheet editor, the ramp view, the cycle list.
#include "screenshotsupport.h"

namespace pdsa::shots {

bool shootCycles(ui::MainWindow& window, const QString& folder)
{
    Q_UNUSED(window);
    Q_UNUSED(folder);
    return true;
}

} // namespace pdsa::shots
