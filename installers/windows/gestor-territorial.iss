; Inno Setup 6 script: per-user installer of Gestor Territorial for Windows (no admin rights).
; Build (see installers/README.md): first `make dist` (or the PyInstaller command) on Windows, then
;   iscc /DAppVersion=0.1.0 installers\windows\gestor-territorial.iss
; Output: dist\gestor-territorial-<version>-windows-x86_64-setup.exe
; User data lives in the platformdirs folder (%LOCALAPPDATA%\GestorTerritorial\GestorTerritorial),
; outside {app}: the uninstaller removes only what it installed, so the data is kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Gestor Territorial"
#define AppExe "gestor.exe"
#define BundleProgId "GestorTerritorial.Bundle"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
AppId={{7C1E3A52-4B8D-4E0F-9C67-2F3A9B1D5E84}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Departamento de Seguridad Municipal
AppVerName={#AppName} {#AppVersion}
DefaultDirName={localappdata}\Programs\Gestor Territorial
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=gestor-territorial-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#Root}\resources\icons\gestor-territorial.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "Crear un acceso directo en el escritorio"; GroupDescription: "Accesos directos:"

[Files]
Source: "{#Root}\dist\gestor-territorial\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\resources\icons\gestor-bundle.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Mapa participativo, diagnóstico, plan de acción y actas, sin internet"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .gtbundle file type, per user (HKCU\Software\Classes): double-click opens the import preview.
Root: HKCU; Subkey: "Software\Classes\.gtbundle"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "Paquete de sincronización de Gestor Territorial"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\gestor-bundle.ico"
Root: HKCU; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --import-bundle ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "Abrir Gestor Territorial"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing of the user's: only files the app may have written inside its own folder.
Type: filesandordirs; Name: "{app}\__pycache__"
