#include "cycles/ramp.h"
