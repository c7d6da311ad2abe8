# Runs jumpa-extract on tests/fixtures/golden/input.txt and compares its JSON
# Lines output byte for byte with tests/fixtures/golden/input.jsonl.
#
#   cmake -DEXE=<jumpa-extract> -DFIXTURES=<tests/fixtures> -P cli_golden.cmake
#
# The tool runs inside FIXTURES on the relative path golden/input.txt, because
# the "doc" field is the path as given. To regenerate the expected file, run
#   (cd tests/fixtures && jumpa-extract --format jsonl golden/input.txt)
# and READ the result before committing it: the expected file holds what the
# tool should produce, not whatever it produces today.
if(NOT EXE OR NOT FIXTURES)
  message(FATAL_ERROR "usage: cmake -DEXE=<jumpa-extract> -DFIXTURES=<dir> -P cli_golden.cmake")
endif()

set(input golden/input.txt)
set(expected_file ${FIXTURES}/golden/input.jsonl)
if(NOT EXISTS ${FIXTURES}/${input})
  message(FATAL_ERROR "missing ${FIXTURES}/${input}")
endif()
if(NOT EXISTS ${expected_file})
  message(FATAL_ERROR "missing ${expected_file}")
endif()

execute_process(
  COMMAND ${EXE} --format jsonl ${input}
  WORKING_DIRECTORY ${FIXTURES}
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE actual
  ERROR_VARIABLE err)

if(NOT rc EQUAL 0)
  message(FATAL_ERROR "jumpa-extract exited with ${rc} (expected 0)\nstderr:\n${err}")
endif()
if(NOT err STREQUAL "")
  message(FATAL_ERROR "jumpa-extract wrote to stderr on a clean input:\n${err}")
endif()

file(READ ${expected_file} expected)
if(NOT actual STREQUAL expected)
  # Point at the first differing byte to make the failure readable.
  string(LENGTH "${actual}" la)
  string(LENGTH "${expected}" le)
  set(n ${la})
  if(le LESS n)
    set(n ${le})
  endif()
  set(at 0)
  while(at LESS n)
    string(SUBSTRING "${actual}" ${at} 1 ca)
    string(SUBSTRING "${expected}" ${at} 1 ce)
    if(NOT ca STREQUAL ce)
      break()
    endif()
    math(EXPR at "${at} + 1")
  endwhile()
  set(from ${at})
  if(from GREATER 120)
    math(EXPR from "${at} - 120")
  else()
    set(from 0)
  endif()
  string(SUBSTRING "${expected}" ${from} 360 ctx_expected)
  string(SUBSTRING "${actual}" ${from} 360 ctx_actual)
  message(FATAL_ERROR
    "output differs from ${expected_file} at character ${at} "
    "(actual ${la} characters, expected ${le})\n"
    "expected: ...${ctx_expected}...\n"
    "actual:   ...${ctx_actual}...\n"
    "full actual output:\n${actual}")
endif()
message(STATUS "golden output matches (${expected_file})")
