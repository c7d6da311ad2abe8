// jumpa/version.h — the library's version, at compile time and at run time.
#ifndef JUMPA_VERSION_H_
#define JUMPA_VERSION_H_

#define JUMPA_VERSION_MAJOR 0
#define JUMPA_VERSION_MINOR 2
#define JUMPA_VERSION_PATCH 0
#define JUMPA_VERSION_STRING "0.2.0"

namespace jumpa {

// The version the library was built as ("0.2.0"); compare with
// JUMPA_VERSION_STRING to detect a header/library mismatch.
const char* version() noexcept;

}  // namespace jumpa

#endif  // JUMPA_VERSION_H_
