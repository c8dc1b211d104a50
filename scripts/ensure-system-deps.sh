#!/usr/bin/env bash
# Qt and QtWebEngine need a few shared libraries that a minimal Debian may lack.
# Installs only what is missing, and only when we can (root + apt-get); silent otherwise.
set -u
pkgs=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libnss3 libfontconfig1 libasound2 libxcomposite1
      libxdamage1 libxrandr2 libxtst6 libxshmfence1 libgbm1 libdbus-1-3 fonts-dejavu-core
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libxcb-xkb1)
command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Instalando bibliotecas del sistema: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Aviso: faltan bibliotecas del sistema (${missing[*]}); instálelas con apt-get." >&2
fi
exit 0
