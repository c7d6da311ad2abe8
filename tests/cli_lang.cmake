# The language of each document in jumpa-extract: detected by default, from a
# JSONL line's "lang", or from --lang; an unknown --lang is a usage error.
#
#   cmake -DEXE=<jumpa-extract> -DWORK=<scratch dir> -P cli_lang.cmake
if(NOT EXE OR NOT WORK)
  message(FATAL_ERROR "usage: cmake -DEXE=<jumpa-extract> -DWORK=<dir> -P cli_lang.cmake")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

set(failures 0)
macro(run name expected)
  execute_process(COMMAND ${EXE} ${ARGN} WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE ${name}_rc OUTPUT_VARIABLE ${name}_out ERROR_VARIABLE ${name}_err)
  if(NOT "${${name}_rc}" STREQUAL "${expected}")
    message(SEND_ERROR "FAIL: ${name}: exit ${${name}_rc}, expected ${expected}\n${${name}_out}\n${${name}_err}")
    math(EXPR failures "${failures} + 1")
  endif()
endmacro()
macro(expect name var regex)
  if(NOT "${${var}}" MATCHES "${regex}")
    message(SEND_ERROR "FAIL: ${name}: no match for '${regex}' in:\n${${var}}")
    math(EXPR failures "${failures} + 1")
  endif()
endmacro()

file(WRITE ${WORK}/en.txt "Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi.\n")
file(WRITE ${WORK}/id.txt "Perdana Menteri Kamboja Hun Manet bertemu dengan Perdana Menteri Vietnam Pham Minh Chinh di Hanoi.\n")
file(WRITE ${WORK}/mixed.jsonl
  "{\"id\":\"a\",\"text\":\"Perdana Menteri Kamboja Hun Manet bertemu dengan Perdana Menteri Vietnam Pham Minh Chinh di Hanoi.\"}\n"
  "{\"id\":\"b\",\"text\":\"Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi.\"}\n"
  "{\"id\":\"c\",\"lang\":\"id\",\"text\":\"Cambodian Prime Minister Hun Manet met Vietnamese Prime Minister Pham Minh Chinh in Hanoi.\"}\n")

# Detected per document, in one run.
run(detect 0 --format jsonl en.txt id.txt)
expect(detect detect_out "\"doc\":\"en.txt\",\"lang\":\"en\"")
expect(detect detect_out "\"doc\":\"id.txt\",\"lang\":\"id\"")
# JSONL "lang" wins over detection; lines without it are detected.
run(jsonl 0 --format jsonl --input-format jsonl mixed.jsonl)
expect(jsonl jsonl_out "\"doc\":\"a\",\"lang\":\"id\"")
expect(jsonl jsonl_out "\"doc\":\"b\",\"lang\":\"en\"")
expect(jsonl jsonl_out "\"doc\":\"c\",\"lang\":\"id\"")
# --lang fixes the language of documents that name none.
run(fixed 0 --format jsonl --lang id en.txt)
expect(fixed fixed_out "\"lang\":\"id\"")
run(auto 0 --format jsonl --lang auto en.txt)
expect(auto auto_out "\"lang\":\"en\"")
# An unknown language is a usage error naming it.
run(unknown 2 --lang xx en.txt)
expect(unknown unknown_err "xx")

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} language check(s) failed")
endif()
