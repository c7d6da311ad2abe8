# Exit codes and basic behaviour of jumpa-extract.
#
#   cmake -DEXE=<jumpa-extract> -DFIXTURES=<tests/fixtures> -DWORK=<scratch dir> -P cli_exit_codes.cmake
#
# 0: every input processed; 1: some input failed (the others still written),
# or --check-gazetteer found problems; 2: usage error.
if(NOT EXE OR NOT FIXTURES OR NOT WORK)
  message(FATAL_ERROR "usage: cmake -DEXE=<jumpa-extract> -DFIXTURES=<dir> -DWORK=<dir> -P cli_exit_codes.cmake")
endif()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

set_property(GLOBAL PROPERTY jumpa_cli_failures "")
function(fail what)
  message(SEND_ERROR "FAIL: ${what}")
  set_property(GLOBAL APPEND PROPERTY jumpa_cli_failures "${what}")
endfunction()

# run(<name> <expected exit code> ARGS...): runs the tool in FIXTURES, leaves
# <name>_rc, <name>_out and <name>_err in the caller's scope.
macro(run name expected)
  execute_process(COMMAND ${EXE} ${ARGN}
                  WORKING_DIRECTORY ${FIXTURES}
                  RESULT_VARIABLE ${name}_rc OUTPUT_VARIABLE ${name}_out ERROR_VARIABLE ${name}_err)
  string(REPLACE ";" " " _cmd "${ARGN}")
  if(NOT "${${name}_rc}" STREQUAL "${expected}")
    fail("${name}: `jumpa-extract ${_cmd}` exited with '${${name}_rc}', expected ${expected}\nstdout: ${${name}_out}\nstderr: ${${name}_err}")
  else()
    message(STATUS "ok: ${name} (exit ${expected})")
  endif()
endmacro()

function(expect_match name var regex)
  if(NOT "${${var}}" MATCHES "${regex}")
    fail("${name}: output does not match '${regex}':\n${${var}}")
  endif()
endfunction()

# --- good inputs ---------------------------------------------------------------
run(good 0 --format jsonl golden/input.txt)
expect_match(good good_out "^\\{\"doc\":\"golden/input.txt\"")
string(REGEX MATCHALL "\n" good_lines "${good_out}")
list(LENGTH good_lines good_n)
if(NOT good_n EQUAL 1)
  fail("good: expected exactly one JSON line, got ${good_n}")
endif()

# a folder is searched for *.txt; every file gives one line
file(MAKE_DIRECTORY ${WORK}/folder/sub)
file(WRITE ${WORK}/folder/a.txt "Perdana Menteri Hun Manet bertemu dengan Presiden Prabowo Subianto di Jakarta.\n")
file(WRITE ${WORK}/folder/sub/b.txt "Menteri Luar Negeri China Wang Yi tiba di Vientiane.\n")
file(WRITE ${WORK}/folder/notes.md "bukan artikel\n")
run(folder 0 --format jsonl ${WORK}/folder)
string(REGEX MATCHALL "\n" folder_lines "${folder_out}")
list(LENGTH folder_lines folder_n)
if(NOT folder_n EQUAL 2)
  fail("folder: expected 2 JSON lines (a.txt, sub/b.txt), got ${folder_n}:\n${folder_out}")
endif()

# A folder's files come in the byte order of their paths, as if every path were
# sorted, though the tool reads one folder at a time: a sub-folder's files sort as
# its name followed by '/', so "a b.txt", "a-c.txt" and "a.txt" come before "a/...",
# and "ab.txt" after them; upper case before lower case; a linked folder is not
# followed.
set(ord ${WORK}/order)
file(MAKE_DIRECTORY ${ord}/a/z)
foreach(f "ab.txt" "a/z/deep.txt" "a.txt" "a-c.txt" "a/b.txt" "B.txt" "a b.txt")
  file(WRITE "${ord}/${f}" "Perdana Menteri Hun Manet menerima Duta Besar Jepang di Phnom Penh.\n")
endforeach()
file(WRITE ${ord}/a/notes.md "bukan artikel\n")
file(CREATE_LINK ${ord}/a ${ord}/link SYMBOLIC RESULT link_rc)
run(order 0 --format jsonl ${ord})
string(REGEX MATCHALL "\"doc\":\"[^\"]*\"" order_docs "${order_out}")
string(REPLACE "${ord}/" "" order_docs "${order_docs}")
string(REPLACE "\"doc\":" "" order_docs "${order_docs}")
string(REPLACE "\"" "" order_docs "${order_docs}")
set(order_expected "B.txt;a b.txt;a-c.txt;a.txt;a/b.txt;a/z/deep.txt;ab.txt")
if(NOT order_docs STREQUAL order_expected)
  fail("order: expected ${order_expected}, got ${order_docs}")
endif()

# standard input
execute_process(COMMAND ${EXE} --format jsonl -
                INPUT_FILE ${FIXTURES}/golden/input.txt
                RESULT_VARIABLE stdin_rc OUTPUT_VARIABLE stdin_out ERROR_VARIABLE stdin_err)
if(NOT stdin_rc EQUAL 0)
  fail("stdin: exited with ${stdin_rc}\n${stdin_err}")
endif()
if(NOT stdin_out MATCHES "^\\{\"doc\":\"stdin\"")
  fail("stdin: doc should be \"stdin\":\n${stdin_out}")
endif()

# --output writes the file
run(output 0 --format jsonl -o ${WORK}/out-good.jsonl golden/input.txt)
if(NOT EXISTS ${WORK}/out-good.jsonl)
  fail("output: ${WORK}/out-good.jsonl not written")
endif()

# dot format
run(dot 0 --format dot golden/input.txt)
expect_match(dot dot_out "graph")

# --- one input missing: exit 1, the good one is still written -----------------
run(missing 1 --format jsonl -o ${WORK}/out-missing.jsonl golden/does-not-exist.txt golden/input.txt)
expect_match(missing missing_err "does-not-exist\\.txt")
if(NOT EXISTS ${WORK}/out-missing.jsonl)
  fail("missing: the output file was not written")
else()
  file(READ ${WORK}/out-missing.jsonl missing_written)
  if(NOT missing_written MATCHES "^\\{\"doc\":\"golden/input.txt\"")
    fail("missing: the good input was not written:\n${missing_written}")
  endif()
endif()
# the same on standard output, with the good input first
run(missing_stdout 1 --format jsonl golden/input.txt golden/does-not-exist.txt)
expect_match(missing_stdout missing_stdout_out "^\\{\"doc\":\"golden/input.txt\"")

# --- usage errors: exit 2 -------------------------------------------------------
run(unknown_option 2 --frobnicate golden/input.txt)
run(bad_format 2 --format xml golden/input.txt)
run(bad_published 2 --published 2025-02-30 golden/input.txt)

# --- --version and --help -------------------------------------------------------
run(version 0 --version)
expect_match(version version_out "[0-9]+\\.[0-9]+\\.[0-9]+")
# The allocator it was linked with (tools/jumpa-extract/CMakeLists.txt).
if(ALLOCATOR)
  expect_match(version version_out "allocator: ${ALLOCATOR}")
endif()
run(help 0 --help)
expect_match(help help_out "--check-gazetteer")

# --- --check-gazetteer ------------------------------------------------------------
run(check_builtin 0 --check-gazetteer)
expect_match(check_builtin check_builtin_out "\"valid\": true")
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.19)
  string(JSON valid ERROR_VARIABLE jerr GET "${check_builtin_out}" valid)
  if(jerr OR NOT valid STREQUAL "ON")
    fail("check_builtin: not JSON with valid=true (${jerr}):\n${check_builtin_out}")
  endif()
endif()

# a broken folder: an unknown country code on line 3 of entities/persons.tsv
set(bad ${WORK}/broken-gazetteer)
file(MAKE_DIRECTORY ${bad}/entities)
file(WRITE ${bad}/entities/persons.tsv
  "id\ttype\tname\taliases\tshort\tcountry\tnote\n"
  "person:vilay-chanthavong\tperson\tVilay Chanthavong\t\tChanthavong\tLA\tinvented test ambassador\n"
  "person:keo-sambath\tperson\tKeo Sambath\t\tSambath\tQQ\tunknown country code\n")
run(check_broken 1 --check-gazetteer ${bad})
expect_match(check_broken check_broken_out "\"valid\": false")
expect_match(check_broken check_broken_out "persons\\.tsv:3")

get_property(failed GLOBAL PROPERTY jumpa_cli_failures)
list(LENGTH failed n_failed)
if(n_failed GREATER 0)
  message(FATAL_ERROR "${n_failed} check(s) failed")
endif()
message(STATUS "all exit-code checks passed")
