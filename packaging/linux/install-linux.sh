#!/usr/bin/env sh
# Install the Co-Smart Werkstatt bundle this script sits in (the folder `cosmart`
# made by packaging/build.sh, or unpacked from cosmart-VERSION-linux-ARCH.tar.gz).
#
# Usage: ./install-linux.sh [--prefix DIR] [--uninstall]
#   default prefix: ~/.local (just for you, no root needed); /usr/local as root
# Copies the program to PREFIX/lib/cosmart-werkstatt, links PREFIX/bin/cosmart,
# and adds the menu entry, the icon, the AppStream data and the file type
# ".cosmart" (a workspace handed on, e.g. on a USB stick) under PREFIX/share.
set -eu
APP_ID=de.cosmart_werkstatt.Werkstatt
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX="$HOME/.local"; fi
UNINSTALL=0
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX=$2; shift 2 ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-linux.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
LIB="$PREFIX/lib/cosmart-werkstatt"
SHARE="$PREFIX/share"

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

files() {  # the files below share/ of the bundle, relative to it
    (cd "$HERE/share" && find . -type f | sed 's|^\./||')
}

if [ "$UNINSTALL" = 1 ]; then
    for f in $(files); do rm -f "$SHARE/$f"; done
    rm -f "$PREFIX/bin/cosmart"
    rm -rf "$LIB"
    refresh
    echo "Co-Smart Werkstatt removed from $PREFIX (your workspaces and settings are kept)."
    exit 0
fi

[ -x "$HERE/cosmart" ] || { echo "install-linux.sh: no program 'cosmart' next to this script" >&2; exit 1; }
if [ "$HERE" != "$LIB" ]; then
    rm -rf "$LIB"
    mkdir -p "$LIB"
    cp -a "$HERE/." "$LIB/"
fi
mkdir -p "$PREFIX/bin"
ln -sfn "$LIB/cosmart" "$PREFIX/bin/cosmart"
for f in $(files); do
    mkdir -p "$(dirname "$SHARE/$f")"
    cp "$HERE/share/$f" "$SHARE/$f"
done
# the menu entry starts this copy even where PREFIX/bin is not on PATH
desktop="$SHARE/applications/$APP_ID.desktop"
sed -e "s|^Exec=cosmart |Exec=\"$LIB/cosmart\" |" -e "s|^TryExec=cosmart$|TryExec=$LIB/cosmart|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$desktop"
refresh
echo "Co-Smart Werkstatt $("$LIB/cosmart" --version | cut -d' ' -f2) installed in $LIB"
echo "Start it from the applications menu or with: $PREFIX/bin/cosmart"
