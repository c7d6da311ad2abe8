#include "jumpa/version.h"

namespace jumpa {

const char* version() noexcept { return JUMPA_VERSION_STRING; }

}  // namespace jumpa
