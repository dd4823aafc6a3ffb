#include "undo/teamcommands.h"
