#include "cycles/cyclefilter.h"
