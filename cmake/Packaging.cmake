# Installation and the Debian package: `cpack -G DEB` in the build folder makes
# needlepoint_<version>_<arch>.deb with both programs, the catalogue, templates, care texts and
# translations under /usr/share/needlepoint, the user guide, the desktop entry, icons, AppStream
# metainfo and man pages. Its dependencies are found by dpkg-shlibdeps, plus the Qt plug-ins
# the programs load at run time (which no ELF file names).
include(GNUInstallDirs)

set(NEEDLEPOINT_SHARE ${CMAKE_INSTALL_DATADIR}/needlepoint)
set(_np_packaging ${PROJECT_SOURCE_DIR}/resources/packaging)
set(_np_docdir ${CMAKE_INSTALL_DATADIR}/doc/needlepoint)

install(TARGETS needlepoint needlepoint-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The data the programs carry compiled in, as files a clinic reads, copies and edits.
install(FILES ${PROJECT_SOURCE_DIR}/resources/protocols/microneedling.json DESTINATION ${NEEDLEPOINT_SHARE}/protocols)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/templates/ DESTINATION ${NEEDLEPOINT_SHARE}/templates)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/care/ DESTINATION ${NEEDLEPOINT_SHARE}/care)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/examples/ DESTINATION ${NEEDLEPOINT_SHARE}/examples)
install(FILES ${PROJECT_BINARY_DIR}/src/app/needlepoint_es.qm ${PROJECT_BINARY_DIR}/src/app/i18n/needlepoint_en.qm
  DESTINATION ${NEEDLEPOINT_SHARE}/translations)
# The user guide Help > User Guide opens (src/app/help/UserGuide.cpp looks here, beside the program).
install(FILES ${PROJECT_SOURCE_DIR}/docs/user-guide.md DESTINATION ${NEEDLEPOINT_SHARE}/help)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${NEEDLEPOINT_SHARE}/help)

# The desktop's menu: entry, icons (scalable and each bitmap size), AppStream metainfo.
install(FILES ${_np_packaging}/needlepoint.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_np_packaging}/org.needlepoint.Needlepoint.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/needlepoint.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(_size 16 24 32 48 64 128 256)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${_size}x${_size}/needlepoint.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()

# Man pages and the changelog, compressed as Debian wants them (gzip -9n: no name, no time stamp).
set(_np_gz)
foreach(_file needlepoint.1 needlepoint-cli.1 changelog.Debian)
  add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/packaging/${_file}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
    COMMAND gzip -9n -c ${_np_packaging}/${_file} > ${PROJECT_BINARY_DIR}/packaging/${_file}.gz
    DEPENDS ${_np_packaging}/${_file}
    VERBATIM)
  list(APPEND _np_gz ${PROJECT_BINARY_DIR}/packaging/${_file}.gz)
endforeach()
add_custom_target(needlepoint_packaging ALL DEPENDS ${_np_gz})
install(FILES ${PROJECT_BINARY_DIR}/packaging/needlepoint.1.gz ${PROJECT_BINARY_DIR}/packaging/needlepoint-cli.1.gz
  DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A native package (no Debian revision): its changelog is changelog.gz.
install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.Debian.gz
  DESTINATION ${_np_docdir} RENAME changelog.gz)
install(FILES ${_np_packaging}/copyright DESTINATION ${_np_docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME needlepoint)
set(CPACK_PACKAGE_VENDOR "Needlepoint Developers")
set(CPACK_PACKAGE_CONTACT "Needlepoint Developers <dev@needlepoint.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "treatment planning for microneedling clinics")
set(CPACK_PACKAGE_DESCRIPTION "Needlepoint screens patients for contraindications, plans and books
series of microneedling sessions into the clinic's calendar, charts each
session and prints post-care instructions, consent forms, appointment cards
and the day sheet. needlepoint-cli does the same from scripts, in JSON.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as a plug-in, so dpkg-shlibdeps cannot see it: Qt's SQLite driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
