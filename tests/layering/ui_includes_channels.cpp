// Must NOT compile: a ui/-side file reaching into channels/.
#include "common/WebhookServer.h"

int layeringProbe()
{
    return 0;
}
