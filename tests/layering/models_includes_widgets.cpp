// Must NOT compile: a models/-side file reaching for Qt Widgets.
#include "ConversationListModel.h"
#include <QtWidgets/QWidget>

int layeringProbe()
{
    return sizeof(QWidget);
}
