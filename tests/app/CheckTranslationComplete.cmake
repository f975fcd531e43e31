# CTest: the Spanish translation is complete. Runs lupdate over the app's sources (the project file
# qt_add_translations wrote) into a copy of the .ts, then fails naming every message that is new
# (unfinished: a tr() string nobody translated) or gone (vanished: a translation left behind).
# Refresh the real file with `ninja needlepoint_app_lupdate`, then translate what it marks.
file(MAKE_DIRECTORY ${WORK})
configure_file(${TS} ${WORK}/check.ts COPYONLY)
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK}/project.json
  -P ${GENERATE_PROJECT} RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN}")
endif()
execute_process(COMMAND ${LUPDATE} -silent -project ${WORK}/project.json -ts ${WORK}/check.ts
  RESULT_VARIABLE updated)
if(NOT updated EQUAL 0)
  message(FATAL_ERROR "lupdate failed on ${WORK}/project.json")
endif()
file(READ ${WORK}/check.ts ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"(unfinished|vanished|obsolete)\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" missing "${missing}")
  message(FATAL_ERROR "${count} Spanish messages not translated or left over (run ninja needlepoint_app_lupdate):\n${missing}")
endif()
message(STATUS "every message of the sources has its Spanish translation")
