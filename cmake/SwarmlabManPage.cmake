# Makes one man page from a program's --help with help2man, at install time (install(CODE) in
# SwarmlabPackaging.cmake sets HELP2MAN PROGRAM SUMMARY VERSION OUT DEST). The page is kept in
# OUT (<build>/man, for a cross build's packages) and installed into DEST, gzipped as Debian's.
get_filename_component(_dir "${OUT}" DIRECTORY)
get_filename_component(_name "${PROGRAM}" NAME)
file(MAKE_DIRECTORY "${_dir}")
# The console needs a Qt platform even for --help; offscreen needs no display.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES=qt.qpa.*=false
          LANG=C.UTF-8 LANGUAGE=
          "${HELP2MAN}" --no-info --locale=C.UTF-8 "--version-string=${VERSION}"
          "--name=${SUMMARY}" "--output=${_dir}/${_name}.1" "${PROGRAM}"
  RESULT_VARIABLE _rc ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "man page of ${_name}: help2man failed (${_rc}): ${_err}")
endif()
# -n: no name or time stamp in the gzip header, so the package is reproducible.
execute_process(COMMAND gzip -9nf "${_dir}/${_name}.1" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "man page of ${_name}: gzip failed (${_rc})")
endif()
# file(INSTALL) puts DESTDIR before DEST itself.
file(INSTALL "${OUT}" DESTINATION "${DEST}")
