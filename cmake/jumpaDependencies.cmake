# Finds jumpa's dependencies, all from Debian packages. Used by the build and
# by the installed jumpaConfig.cmake, so both see the same targets.
#   ICU (libicu-dev)            CMake's FindICU module        -> ICU::uc, ICU::i18n
#   RE2 (libre2-dev)            CMake config when shipped, else pkg-config (Debian
#                               bookworm ships only re2.pc)   -> jumpa::re2
#   Boost.Graph (libboost-graph-dev) CMake config             -> Boost::graph
#   fmt (libfmt-dev)            CMake config                  -> fmt::fmt
#   nlohmann_json (nlohmann-json3-dev) CMake config           -> nlohmann_json::nlohmann_json
include(CMakeFindDependencyMacro)
find_dependency(Threads)
find_dependency(ICU COMPONENTS uc i18n)
find_dependency(Boost 1.71 COMPONENTS graph)
find_dependency(fmt)
find_dependency(nlohmann_json 3)
if(NOT TARGET jumpa::re2)
  find_package(re2 CONFIG QUIET)
  if(TARGET re2::re2)
    add_library(jumpa::re2 INTERFACE IMPORTED)
    set_target_properties(jumpa::re2 PROPERTIES INTERFACE_LINK_LIBRARIES re2::re2)
  else()
    find_dependency(PkgConfig)
    pkg_check_modules(JUMPA_RE2 REQUIRED IMPORTED_TARGET re2)
    add_library(jumpa::re2 INTERFACE IMPORTED)
    set_target_properties(jumpa::re2 PROPERTIES INTERFACE_LINK_LIBRARIES PkgConfig::JUMPA_RE2)
  endif()
endif()
