; Inno Setup 6 script: wraps dist\Kuaidan (built by installer\kuaidan.spec) into
; dist\Kuaidan-Setup-<version>.exe. See installer\README.md:
;   iscc installer\windows\kuaidan.iss                      (the version below)
;   iscc /DAppVersion=0.2.0 installer\windows\kuaidan.iss   (another)
; Installs for the current user without administrator rights (%LOCALAPPDATA%\Programs\Kuaidan),
; or for all users into Program Files when run as administrator or chosen in the dialog.
; The data folder, %LOCALAPPDATA%\Kuaidan (database, backups, logs, labels, config.json), belongs
; to the app, not to the installer: no upgrade and no uninstall deletes it.
; Saved as UTF-8 with a BOM: Inno Setup before 6.3 reads a file without one as ANSI.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Never change the AppId: an upgrade finds the installed version (and its folder) by it.
AppId={{07F24A2B-C612-4900-8554-F0E3D209C548}
AppName=Kuaidan 快单
AppVersion={#AppVersion}
AppVerName=Kuaidan 快单 {#AppVersion}
AppPublisher=Kuaidan
DefaultDirName={autopf}\Kuaidan
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Kuaidan-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\kuaidan.ico
UninstallDisplayIcon={app}\Kuaidan.exe
UninstallDisplayName=Kuaidan 快单
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running Kuaidan holds its files: Setup and the uninstaller ask to close it first.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) ships with Inno Setup 6.5+; older ones need the unofficial .isl in
; their Languages folder. Without it the wizard is in English (the app itself is not affected).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous version's libraries and migrations, so that no file it
; had and this version has not (a renamed or re-chained migration above all) is left to load.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; Kuaidan.exe (the desktop app), kuaidan-cli.exe (commands, with output in the console) and
; _internal (Python, Qt, resources, migrations).
Source: "..\..\dist\Kuaidan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Kuaidan 快单"; Filename: "{app}\Kuaidan.exe"
Name: "{autodesktop}\Kuaidan 快单"; Filename: "{app}\Kuaidan.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Kuaidan.exe"; Description: "{cm:LaunchProgram,Kuaidan 快单}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what [Files] installed and nothing else.
