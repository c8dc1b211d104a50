#!/usr/bin/env bash
# Per-user install of the unpacked tarball (no root): the app to ~/.local/opt/gestor-territorial,
# `gestor` on ~/.local/bin, menu entry, icons and the .gtbundle file type. Run it again to update.
# Uninstall: ./install.sh --uninstall (user data in ~/.local/share/GestorTerritorial is kept).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt="$HOME/.local/opt/gestor-territorial"
bin="$HOME/.local/bin"
files=("$bin/gestor" "$data/applications/gestor-territorial.desktop"
       "$data/icons/hicolor/256x256/apps/gestor-territorial.png"
       "$data/icons/hicolor/256x256/mimetypes/gestor-bundle.png"
       "$data/mime/packages/gestor-territorial-mime.xml")
refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "${files[@]}"
  refresh
  echo "Gestor Territorial desinstalado (los datos del usuario se conservan)."
  exit 0
fi
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps" \
         "$data/icons/hicolor/256x256/mimetypes" "$data/mime/packages"
rm -rf "$opt" && cp -a "$here/gestor-territorial" "$opt"
ln -sf "$opt/gestor" "$bin/gestor"
sed "s|^Exec=gestor|Exec=$opt/gestor|; s|^TryExec=gestor|TryExec=$opt/gestor|" \
  "$here/gestor-territorial.desktop" > "$data/applications/gestor-territorial.desktop"
cp "$here/gestor-territorial.png" "$data/icons/hicolor/256x256/apps/gestor-territorial.png"
cp "$here/gestor-bundle.png" "$data/icons/hicolor/256x256/mimetypes/gestor-bundle.png"
cp "$here/gestor-territorial-mime.xml" "$data/mime/packages/gestor-territorial-mime.xml"
refresh
echo "Gestor Territorial instalado en $opt (menú: Oficina → Gestor Territorial; comando: gestor)."
