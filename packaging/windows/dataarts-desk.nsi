; DataArts Desk installer for Windows (NSIS 3, Modern UI 2).
; Built by .github/workflows/desktop-packages.yml:
;   makensis /DVERSION=x.y.z /DSTAGE=<folder prepared by windeployqt> /DOUTFILE=<exe> dataarts-desk.nsi
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass /DSTAGE=<staging folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "DataArtsDesk-${VERSION}-win64.exe"
!endif

!define APPNAME "DataArts Desk"
!define REGKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\DataArtsDesk"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\DataArts Desk"
InstallDirRegKey HKLM "Software\DataArtsDesk" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "${STAGE}\dataarts-desk.ico"
!define MUI_UNICON "${STAGE}\dataarts-desk.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\dataarts-desk.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString SHORTCUT_NAME ${LANG_ENGLISH} "DataArts Desk"
LangString SHORTCUT_NAME ${LANG_SIMPCHINESE} "DataArts Desk 数据治理助手"
LangString UNINSTALL_NAME ${LANG_ENGLISH} "Uninstall DataArts Desk"
LangString UNINSTALL_NAME ${LANG_SIMPCHINESE} "卸载 DataArts Desk"
LangString DESCRIPTION ${LANG_ENGLISH} "Bulk governance work for Huawei Cloud DataArts Studio"
LangString DESCRIPTION ${LANG_SIMPCHINESE} "华为云 DataArts Studio 批量数据治理工具"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Install"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\DataArts Desk"
  CreateShortcut "$SMPROGRAMS\DataArts Desk\$(SHORTCUT_NAME).lnk" "$INSTDIR\dataarts-desk.exe" "" "$INSTDIR\dataarts-desk.ico"
  CreateShortcut "$SMPROGRAMS\DataArts Desk\$(UNINSTALL_NAME).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "Software\DataArtsDesk" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${REGKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${REGKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${REGKEY}" "Publisher" "The DataArts Desk developers"
  WriteRegStr HKLM "${REGKEY}" "Comments" "$(DESCRIPTION)"
  WriteRegStr HKLM "${REGKEY}" "DisplayIcon" "$INSTDIR\dataarts-desk.ico"
  WriteRegStr HKLM "${REGKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${REGKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${REGKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  RMDir /r "$SMPROGRAMS\DataArts Desk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${REGKEY}"
  DeleteRegKey HKLM "Software\DataArtsDesk"
SectionEnd
