# jumpa-extract on a folder of hostile files.
#
#   cmake -DEXE=<jumpa-extract> -DWORK=<scratch dir> -P cli_hostile.cmake
#
# The folder holds a good article, an empty file, a file of binary bytes named
# .txt, an ELF executable named .txt and (when the file system enforces it) an
# unreadable .txt. The good file's result must always be written, and every
# file gets exactly one line: its document, or {"error": ...} naming it. The
# exit code is 1 when an input could not be read or was skipped as binary data
# (or a path did not exist), 0 otherwise -- an empty file is an empty document.
cmake_minimum_required(VERSION 3.18)
if(NOT EXE OR NOT WORK)
  message(FATAL_ERROR "usage: cmake -DEXE=<jumpa-extract> -DWORK=<dir> -P cli_hostile.cmake")
endif()

set_property(GLOBAL PROPERTY hostile_failures "")
function(fail what)
  message(SEND_ERROR "FAIL: ${what}")
  set_property(GLOBAL APPEND PROPERTY hostile_failures "${what}")
endfunction()

file(REMOVE_RECURSE ${WORK})
set(IN ${WORK}/in)
file(MAKE_DIRECTORY ${IN})

# --- the inputs ------------------------------------------------------------------
file(WRITE ${IN}/a_good.txt
  "PHNOM PENH, 3 Maret 2025 (ANTARA) - Perdana Menteri Kamboja Hun Manet menggelar pembicaraan dengan "
  "Presiden Prabowo Subianto di Phnom Penh pada Senin (3/3).\n\n"
  "Dalam pertemuan itu, Manet dan Prabowo membahas kerja sama perdagangan.\n")
file(WRITE ${IN}/b_empty.txt "")
# Bytes 1..255 in a scrambled order (CMake strings cannot hold NUL), 16 KiB.
set(bytes "")
set(x 7)
foreach(i RANGE 1 2048)
  math(EXPR x "(${x} * 73 + 41) % 255")
  math(EXPR c "${x} + 1")
  string(ASCII ${c} ch)
  string(APPEND bytes "${ch}")
endforeach()
set(binary "${bytes}${bytes}${bytes}${bytes}${bytes}${bytes}${bytes}${bytes}")
file(WRITE ${IN}/c_binary.txt "${binary}")
# A real binary with NUL bytes: the tool itself, when it is not huge.
file(SIZE ${EXE} exe_size)
set(have_elf OFF)
if(exe_size LESS 67108864)
  file(COPY_FILE ${EXE} ${IN}/d_elf.txt)
  set(have_elf ON)
endif()

# An unreadable file: chmod 000 does not stop root (CI often runs as root), so
# check whether it really cannot be read before counting on it.
file(WRITE ${IN}/e_unreadable.txt "Hun Manet bertemu Prabowo Subianto.\n")
find_program(CHMOD chmod)
set(cat_rc 0)
if(CHMOD)
  execute_process(COMMAND ${CHMOD} 000 ${IN}/e_unreadable.txt)
  execute_process(COMMAND ${CMAKE_COMMAND} -E cat ${IN}/e_unreadable.txt
                  RESULT_VARIABLE cat_rc OUTPUT_QUIET ERROR_QUIET)
endif()
if(cat_rc EQUAL 0)
  set(unreadable OFF)
  message(STATUS "chmod 000 does not make a file unreadable here (running as root?): unreadable-file checks skipped")
  file(REMOVE ${IN}/e_unreadable.txt)
else()
  set(unreadable ON)
endif()

# run(<name> <expected exit code> ARGS...) -> <name>_rc, <name>_out, <name>_err
macro(run name expected)
  execute_process(COMMAND ${EXE} ${ARGN}
                  RESULT_VARIABLE ${name}_rc OUTPUT_VARIABLE ${name}_out ERROR_VARIABLE ${name}_err
                  TIMEOUT 300)
  string(REPLACE ";" " " _cmd "${ARGN}")
  if(NOT "${${name}_rc}" STREQUAL "${expected}")
    string(SUBSTRING "${${name}_err}" 0 2000 _err)
    fail("${name}: `jumpa-extract ${_cmd}` exited with '${${name}_rc}', expected ${expected}\nstderr: ${_err}")
  else()
    message(STATUS "ok: ${name} (exit ${expected})")
  endif()
endmacro()

# check_lines(<name> <output> <expected line count>): one JSON object per input
# file -- a document, or an error naming a file that was skipped -- and the good
# article's line names Hun Manet.
function(check_lines name out expected)
  string(REGEX MATCHALL "[^\n]+" lines "${out}")
  list(LENGTH lines n)
  if(NOT n EQUAL expected)
    fail("${name}: expected ${expected} JSON lines, got ${n}")
  endif()
  set(found_good OFF)
  foreach(line IN LISTS lines)
    string(JSON error ERROR_VARIABLE eerr GET "${line}" error)
    if(NOT eerr)
      if(NOT error MATCHES "(c_binary|d_elf)\\.txt: binary data|e_unreadable\\.txt: cannot read|stdin: binary data")
        fail("${name}: unexpected error line: ${line}")
      endif()
      continue()
    endif()
    string(JSON doc ERROR_VARIABLE jerr GET "${line}" doc)
    if(jerr)
      string(SUBSTRING "${line}" 0 300 head)
      fail("${name}: not a JSON result line (${jerr}): ${head}")
      continue()
    endif()
    if(doc MATCHES "a_good\\.txt$")
      set(found_good ON)
      if(NOT line MATCHES "\"ref\":\"person:hun-manet\"")
        fail("${name}: the good article's result lacks Hun Manet: ${line}")
      endif()
    endif()
    if(doc MATCHES "unreadable|binary|elf")
      fail("${name}: a document was written for a file that must be skipped: ${doc}")
    endif()
  endforeach()
  if(NOT found_good AND NOT name MATCHES "^(stdin|binary_only|elf_only)$")
    fail("${name}: no result line for a_good.txt")
  endif()
endfunction()

set(file_count 3)
if(have_elf)
  math(EXPR file_count "${file_count} + 1")
endif()
if(unreadable)
  math(EXPR file_count "${file_count} + 1")
endif()

# --- the folder ----------------------------------------------------------------------
run(folder 1 ${IN})
if(unreadable AND NOT folder_err MATCHES "e_unreadable\\.txt")
  fail("folder: stderr does not name the unreadable file:\n${folder_err}")
endif()
check_lines(folder "${folder_out}" ${file_count})
if(NOT folder_err MATCHES "c_binary\\.txt: binary data")
  fail("folder: the binary file is not reported on stderr:\n${folder_err}")
endif()

# --- the same with --output: the good result is still in the file -----------------
set(outfile ${WORK}/out.jsonl)
run(output 1 --output ${outfile} ${IN})
if(EXISTS ${outfile})
  file(READ ${outfile} written)
  check_lines(output "${written}" ${file_count})
else()
  fail("output: ${outfile} was not written")
endif()

# --- files one by one ----------------------------------------------------------------
run(good_only 0 ${IN}/a_good.txt)
check_lines(good_only "${good_only_out}" 1)
run(empty_only 0 ${IN}/b_empty.txt)
run(binary_only 1 ${IN}/c_binary.txt)
check_lines(binary_only "${binary_only_out}" 1)
if(have_elf)
  run(elf_only 1 ${IN}/d_elf.txt)
  check_lines(elf_only "${elf_only_out}" 1)
endif()
# a missing path is a failure, the good file is still written
run(missing 1 ${IN}/a_good.txt ${IN}/no_such_file.txt)
check_lines(missing "${missing_out}" 1)
if(unreadable)
  run(unreadable_only 1 ${IN}/e_unreadable.txt ${IN}/a_good.txt)
  check_lines(unreadable_only "${unreadable_only_out}" 2)
endif()
# the binary file through standard input
execute_process(COMMAND ${EXE} - INPUT_FILE ${IN}/c_binary.txt
                RESULT_VARIABLE stdin_rc OUTPUT_VARIABLE stdin_out ERROR_VARIABLE stdin_err TIMEOUT 120)
if(NOT stdin_rc EQUAL 1)
  fail("stdin: binary on standard input exited with '${stdin_rc}', expected 1\n${stdin_err}")
endif()
check_lines(stdin "${stdin_out}" 1)
if(NOT stdin_out MATCHES "^\\{\"error\":\"stdin: binary data")
  fail("stdin: expected one error line for stdin, got: ${stdin_out}")
endif()

if(unreadable)
  execute_process(COMMAND ${CHMOD} 600 ${IN}/e_unreadable.txt)  # so that the folder can be removed
endif()
get_property(failures GLOBAL PROPERTY hostile_failures)
if(failures)
  list(LENGTH failures n)
  message(FATAL_ERROR "${n} CLI hostile check(s) failed")
endif()
message(STATUS "cli_hostile: all checks passed")
