; Inno Setup 6 script: the Windows installer of Co-Smart Werkstatt.
;
; packaging/build.sh runs it on Windows (Git Bash) after PyInstaller when Inno
; Setup's ISCC.exe is found, passing the defines below; by hand, from the
; repository folder after packaging/build.sh made dist\cosmart:
;
;   iscc packaging\windows\cosmart.iss
;
; Defines (/DName=value), all optional:
;   BundleDir   the PyInstaller bundle          (default: ..\..\dist\cosmart)
;   IconFile    the .ico rendered at build time (default: ..\..\build\pyinstaller\cosmart\icons\cosmart.ico)
;   OutputDir   where the setup .exe goes       (default: ..\..\dist)
;   AppVersion  the version shown and in the file name (default: read from
;               cosmart.exe, whose version resource the PyInstaller spec fills
;               from cosmart_desktop.__version__)
;
; What it installs: the bundle into Program Files (all users, with admin rights)
; or the user's own programs folder (no admin rights needed; the default, since
; facilitators' laptops are often locked down), a start menu entry, optionally a
; desktop icon, and the file type ".cosmart": a Co-Smart Werkstatt workspace
; handed on (for example on a USB stick), opened by a double click with
; "cosmartw.exe FILE" (the same as "cosmart --db FILE"). Workspaces and settings
; live in the user's folders and are left alone by the uninstaller.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible, HKA)
#endif

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\cosmart"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\pyinstaller\cosmart\icons\cosmart.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if !FileExists(BundleDir + "\cosmart.exe") || !FileExists(BundleDir + "\cosmartw.exe")
  #error No bundle in BundleDir: run packaging/build.sh first (it makes dist\cosmart)
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\cosmart.exe", "ProductVersion")
#endif
#if AppVersion == ""
  #error cosmart.exe carries no version: build it with packaging/cosmart.spec
#endif
#define NumericVersion GetVersionNumbersString(BundleDir + "\cosmart.exe")

#define AppName "Co-Smart Werkstatt"
#define AppExe "cosmartw.exe"
#define AssocExt ".cosmart"
#define AssocProgId "CosmartWerkstatt.Workspace"

[Setup]
; AppId identifies this application for updates and uninstall: never change it
AppId={{85EBB133-E451-42BF-B158-3D1925FF957A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Co-Smart Werkstatt contributors
VersionInfoVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=cosmart-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
german.AssocTask=.cosmart-Dateien (weitergegebene Arbeitsbereiche) mit {#AppName} öffnen
english.AssocTask=Open .cosmart files (workspaces handed on) with {#AppName}
german.AssocGroup=Dateitypen:
english.AssocGroup=File types:
german.AssocName=Co-Smart-Werkstatt-Arbeitsbereich
english.AssocName=Co-Smart Werkstatt workspace

[Tasks]
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; the file type .cosmart → our ProgID (HKA: per user, or all users in admin mode)
Root: HKA; Subkey: "Software\Classes\{#AssocExt}"; ValueType: string; ValueName: ""; ValueData: "{#AssocProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AssocExt}\OpenWithProgids"; ValueType: string; ValueName: "{#AssocProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AssocProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AssocProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#AssocProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#AssocExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
