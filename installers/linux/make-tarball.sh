#!/usr/bin/env bash
# Package the one-folder build as dist/gestor-territorial-<version>-linux-x86_64.tar.gz:
#   gestor-territorial-<version>/{gestor-territorial/, gestor-territorial.desktop, gestor-territorial.png,
#                                 gestor-territorial-mime.xml, gestor-bundle.png, install.sh}
set -euo pipefail
app_dir=$1 version=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
base="gestor-territorial-$version"
stage="$root/build/tar/$base"
rm -rf "$root/build/tar" && mkdir -p "$stage"
cp -a "$app_dir" "$stage/gestor-territorial"
cp "$here/gestor-territorial.desktop" "$here/gestor-territorial-mime.xml" "$here/install.sh" "$stage/"
cp "$root/resources/icons/gestor-territorial-256.png" "$stage/gestor-territorial.png"
cp "$root/resources/icons/gestor-bundle-256.png" "$stage/gestor-bundle.png"
chmod +x "$stage/install.sh"
tar -C "$root/build/tar" -czf "$root/dist/$base-linux-x86_64.tar.gz" "$base"
echo "dist/$base-linux-x86_64.tar.gz ($(du -h "$root/dist/$base-linux-x86_64.tar.gz" | cut -f1))"
