// Positive control for models_includes_widgets.cpp: the same target setup with allowed headers builds.
#include "ConversationListModel.h"
#include <QAbstractItemModel>

int layeringProbe()
{
    return sizeof(wasel::models::ConversationListModel) > 0 ? 1 : 0;
}
