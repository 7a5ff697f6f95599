# One interface target carries the language standard, warnings and strict Qt defines;
# every Lifeboat target links it.
add_library(lifeboat_config INTERFACE)
target_compile_features(lifeboat_config INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(lifeboat_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)

# CI builds treat warnings as errors; local builds keep going.
if(DEFINED ENV{CI} OR LIFEBOAT_WERROR)
    target_compile_options(lifeboat_config INTERFACE -Werror)
endif()

target_compile_definitions(lifeboat_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LIFEBOAT_VERSION="${PROJECT_VERSION}")
