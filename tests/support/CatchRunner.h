#pragma once

// Runs the Catch2 session: the runner is compiled once, in catch_runner.cpp, and each test
// program's main (which sets up the Qt application it needs) calls it.
int runCatchSession(int argc, char* argv[]);
