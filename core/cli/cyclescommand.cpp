#include "cli/cyclescommand.h"
