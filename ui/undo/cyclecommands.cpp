#include "undo/cyclecommands.h"
