// Every Qt Widgets header includes this one first. Targets below ui/ get this folder ahead of Qt's
// own include path (wasel_forbid_widgets in cmake/WaselTargets.cmake), so a Widgets include there
// stops the build with the rule it breaks instead of quietly compiling.
#error "Qt Widgets is used outside ui/: models/ and channels/ must not depend on Qt Widgets (ARCHITECTURE.md)"
