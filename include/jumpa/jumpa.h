// jumpa/jumpa.h — everything: text → gazetteer → matcher → entities →
// relations → document → graph → writers. Include the stage headers for less.
#ifndef JUMPA_JUMPA_H_
#define JUMPA_JUMPA_H_

#include "jumpa/batch.h"
#include "jumpa/date.h"
#include "jumpa/document.h"
#include "jumpa/entities.h"
#include "jumpa/extractor.h"
#include "jumpa/gazetteer.h"
#include "jumpa/graph.h"
#include "jumpa/matcher.h"
#include "jumpa/relations.h"
#include "jumpa/status.h"
#include "jumpa/text.h"
#include "jumpa/version.h"
#include "jumpa/writers.h"

#endif  // JUMPA_JUMPA_H_
