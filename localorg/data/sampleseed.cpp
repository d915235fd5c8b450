#include "localorg/data/sampleseed.h"
