// claimdup command-line entry point: parses options and hands off to the library.
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "core/memory.h"

int main(int argc, char** argv) {
  claimdup::TuneAllocator();
  std::ios::sync_with_stdio(false);
  return claimdup::cli::Main(argc, argv);
}
