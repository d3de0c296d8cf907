#!/usr/bin/env bash
# The system packages the app and its checks need. Install the missing ones with apt-get when we can
# (root on Debian/Ubuntu); otherwise name them in one clear message.
#   (no flag)  the libraries Qt needs offscreen
#   --window   and those it needs to show a window on a desktop
#   --test     and the tools the test suite uses: pdftotext (poppler-utils) reads the PDF dossier,
#              desktop-file-validate and appstreamcli check the desktop entry and AppStream metadata
set -u
need=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libfreetype6)
case "${1:-}" in
  --window)
    need+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-image0
           libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core) ;;
  --test)
    need+=(poppler-utils desktop-file-utils appstream) ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: trust the system
missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null && exit 0
fi
echo "Evidence Desk needs these system packages: ${missing[*]}" >&2
echo "Install them with: sudo apt-get install ${missing[*]}" >&2
exit 1
