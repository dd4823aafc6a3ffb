#include "print/worksheetcommand.h"
