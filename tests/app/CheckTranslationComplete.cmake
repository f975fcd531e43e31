# CTest: the translations are complete. Runs lupdate over the app's sources (the project file
# qt_add_translations wrote) into a copy of the Spanish .ts and, plural forms only, of the English
# one, then fails naming every message that is new (unfinished: a tr() string nobody translated)
# or gone (vanished: a translation left behind). Refresh the real files with `ninja
# needlepoint_app_lupdate` (Spanish) and `lupdate -pluralonly -project
# build/src/app/.lupdate/needlepoint_app_project.json -ts resources/translations/needlepoint_en.ts`
# (English), then translate what they mark.
file(MAKE_DIRECTORY ${WORK})
configure_file(${TS} ${WORK}/check.ts COPYONLY)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
  -P ${GENERATE_PROJECT} RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN}")
endif()
execute_process(COMMAND ${LUPDATE} -silent -project ${WORK}/project.json -ts ${WORK}/check.ts
  RESULT_VARIABLE updated)
# English: the plural forms only (lupdate -pluralonly, likewise into a copy).
configure_file(${TS_PLURALS} ${WORK}/plurals.ts COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -pluralonly -project ${WORK}/project.json -ts ${WORK}/plurals.ts
  RESULT_VARIABLE pluralsUpdated)
if(NOT updated EQUAL 0 OR NOT pluralsUpdated EQUAL 0)
  message(FATAL_ERROR "lupdate failed on ${WORK}/project.json")
endif()
file(READ ${WORK}/check.ts ts)
file(READ ${WORK}/plurals.ts plurals)
string(APPEND ts "${plurals}")
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"(unfinished|vanished|obsolete)\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" missing "${missing}")
  message(FATAL_ERROR "${count} messages not translated or left over (see the top of tests/app/CheckTranslationComplete.cmake):\n${missing}")
endif()
message(STATUS "every message of the sources has its Spanish translation, every plural its English forms")
