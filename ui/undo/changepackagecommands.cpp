#include "undo/changepackagecommands.h"
