# One INTERFACE target carries the compile policy; every Needlepoint target links it.
add_library(needlepoint_policy INTERFACE)
target_compile_features(needlepoint_policy INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(needlepoint_policy INTERFACE -Wall -Wextra -Wpedantic -Werror)
target_compile_definitions(needlepoint_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  SPDLOG_FMT_EXTERNAL)

if(NEEDLEPOINT_SANITIZE)
  set(_np_san -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # GCC 12 reports false maybe-uninitialized warnings in <regex> (used by catch.hpp) under
  # the sanitizers; the plain build keeps the warning as an error.
  target_compile_options(needlepoint_policy INTERFACE ${_np_san} -Wno-maybe-uninitialized)
  target_link_options(needlepoint_policy INTERFACE ${_np_san})
endif()
