// Placeholder replaced by the graph implementation.
#include "jumpa/graph.h"
