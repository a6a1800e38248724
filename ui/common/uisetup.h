#pragma once

// What every window of the program shares, installed once on the application: windows that
// fit the screen (WindowFit), dates typed as people type them (DateKeys) and a focus that can
// be seen (FocusStyle). The program and the tests that look at its screens call this.
namespace UiSetup {

void install();

} // namespace UiSetup
