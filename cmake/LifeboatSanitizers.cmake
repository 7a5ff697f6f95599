# Instrumented builds, each in a build folder of its own (scripts/sanitize-and-fuzz):
#   LIFEBOAT_SANITIZE    AddressSanitizer + UndefinedBehaviorSanitizer on every target; any
#                        finding aborts the process (no recovery), so a test run fails on it.
#   LIFEBOAT_BUILD_FUZZ  the libFuzzer targets of tests/fuzz (clang only): every target gets
#                        libFuzzer's coverage instrumentation, the fuzzers link libFuzzer.
option(LIFEBOAT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(LIFEBOAT_BUILD_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(LIFEBOAT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

if(LIFEBOAT_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "LIFEBOAT_BUILD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
