// Positive control for ui_includes_channels.cpp: the same target setup with allowed headers builds.
#include "AppContext.h"
#include "ConversationListModel.h"
#include <QWidget>

int layeringProbe()
{
    return sizeof(QWidget) > 0 ? 1 : 0;
}
