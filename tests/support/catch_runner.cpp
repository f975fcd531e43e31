// Catch2's implementation, compiled once for every test program (it takes longer to compile than
// any test file). Never with the precompiled header: that would include catch.hpp without it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchRunner.h"

int runCatchSession(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}
