; Inno Setup script: wraps dist\Kuaidan (built by installer\kuaidan.spec) into an installer.
[Setup]
AppName=Kuaidan 快单
AppVersion=0.1.0
DefaultDirName={autopf}\Kuaidan
DefaultGroupName=Kuaidan
OutputBaseFilename=Kuaidan-Setup
SetupIconFile=..\..\resources\icons\kuaidan.ico

[Files]
Source: "..\..\dist\Kuaidan\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\Kuaidan 快单"; Filename: "{app}\Kuaidan.exe"
Name: "{autodesktop}\Kuaidan 快单"; Filename: "{app}\Kuaidan.exe"
