// Positive control for models_includes_widgets.cpp: the same target setup with allowed headers builds.
#include <QAbstractItemModel>
#include "ConversationListModel.h"

int layeringProbe()
{
    return sizeof(wasel::models::ConversationListModel) > 0 ? 1 : 0;
}
