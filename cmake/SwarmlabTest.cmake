# swarmlab_add_test: the one way a test is registered. Every test is named <area>.<unit>.
#
#   swarmlab_add_test(<area> <unit>
#     [SOURCES src...]        build an executable tst_<area>_<unit> from these (QtTest, linked
#                             with Qt6::Test and swarmlab_warnings)
#     [COMMAND cmd args...]   or run this command (default: the executable built above)
#     [LIBS targets...]       link these into the executable
#     [DEPENDS targets...]    build these first (the agents a test runs, say)
#     [LABELS l...]           default: unit
#     [TIMEOUT s]             default: 60
#     [ENV VAR=value...]      added to the test's environment
#     [PASS_REGULAR_EXPRESSION re] [FAIL_REGULAR_EXPRESSION re]
#     [RESOURCE_LOCK name] [RUN_SERIAL])
#
# A test that cannot run on this machine (no Docker Engine, no second engine, ...) prints its
# reason and exits with 77: ctest reports it as skipped, never as passed (SKIP_RETURN_CODE).
# Every test gets QT_QPA_PLATFORM=offscreen, SWARMLAB_SOURCE_DIR and SWARMLAB_BIN_DIR, and the
# same two in swarmlab_build_paths.h (SWARMLAB_SOURCE_DIR, SWARMLAB_BUILD_BIN_DIR), and
# XDG_CONFIG_HOME=<build>/test-config (where the labs' passwords go, issue 11).
set(SWARMLAB_TEST_SKIP_CODE 77)

function(swarmlab_add_test area unit)
  cmake_parse_arguments(PARSE_ARGV 2 T "RUN_SERIAL"
    "TIMEOUT;PASS_REGULAR_EXPRESSION;FAIL_REGULAR_EXPRESSION;RESOURCE_LOCK"
    "SOURCES;COMMAND;LIBS;DEPENDS;LABELS;ENV")
  set(name ${area}.${unit})
  string(REPLACE "." "_" target "tst_${area}_${unit}")
  if(T_SOURCES)
    if(COMMAND qt_add_executable)
      qt_add_executable(${target} ${T_SOURCES})
    else()
      add_executable(${target} ${T_SOURCES})
    endif()
    target_link_libraries(${target} PRIVATE ${T_LIBS} Qt6::Test swarmlab_warnings
      swarmlab_build_paths)
    target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${target} PRIVATE
      SWARMLAB_TEST_SKIP_CODE=${SWARMLAB_TEST_SKIP_CODE})
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
    if(T_DEPENDS)
      add_dependencies(${target} ${T_DEPENDS})
    endif()
  endif()
  if(NOT T_COMMAND)
    if(NOT T_SOURCES)
      message(FATAL_ERROR "swarmlab_add_test(${name}): SOURCES or COMMAND is required")
    endif()
    set(T_COMMAND ${target})
  endif()
  add_test(NAME ${name} COMMAND ${T_COMMAND})

  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 60)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen" "QT_LOGGING_RULES=qt.qpa.*=false"
      "SWARMLAB_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "SWARMLAB_BIN_DIR=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}"
      "SWARMLAB_RESOURCES_DIR=${PROJECT_SOURCE_DIR}/resources"
      # lab passwords (issue 11) go to the build tree, not the user's ~/.config
      "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config" ${T_ENV})
  set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "${env}" SKIP_RETURN_CODE ${SWARMLAB_TEST_SKIP_CODE})
  foreach(p PASS_REGULAR_EXPRESSION FAIL_REGULAR_EXPRESSION RESOURCE_LOCK)
    if(T_${p})
      set_tests_properties(${name} PROPERTIES ${p} "${T_${p}}")
    endif()
  endforeach()
  if(T_RUN_SERIAL)
    set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
  endif()
endfunction()
