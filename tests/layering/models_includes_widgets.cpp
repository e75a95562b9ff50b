// Must NOT compile: a models/-side file reaching for Qt Widgets.
#include <QtWidgets/QWidget>
#include "ConversationListModel.h"

int layeringProbe()
{
    return sizeof(QWidget);
}
