#include "uisetup.h"

#include "datekeys.h"
#include "focusstyle.h"
#include "windowfit.h"

namespace UiSetup {

void install()
{
    WindowFit::install();
    DateKeys::install();
    FocusStyle::install();
}

} // namespace UiSetup
