// Catch2 v2 main shared by every tests/*_test.cc.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
