#!/usr/bin/env bash
# Qt needs a few system libraries. Install the missing ones with apt-get when we can (root on
# Debian/Ubuntu); otherwise name them in one clear message.
set -u
need=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libfreetype6)
if [ "${1:-}" = "--window" ]; then
  need+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
         libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: trust the system
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries Qt needs: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null && exit 0
fi
echo "Evidence Desk needs these system libraries for Qt: ${missing[*]}" >&2
echo "Install them with: sudo apt-get install ${missing[*]}" >&2
exit 1
