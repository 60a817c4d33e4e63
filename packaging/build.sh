#!/usr/bin/env bash
# Build Co-Smart Werkstatt as a one-folder bundle: dist/cosmart/ (packaging/README.md).
#
# Usage: packaging/build.sh [--venv DIR | --fresh-venv] [--dist DIR] [--work DIR]
#                           [--clean] [--archive]
#   --venv DIR     build with this virtual environment (made, with the package, if missing)
#   --fresh-venv   build with a new, clean environment in build/venv (release builds)
#                  default: .venv (scripts/setup.sh makes it) or, if absent, build/venv
#   --dist DIR     where the bundle goes (default: dist; the bundle is DIR/cosmart)
#   --work DIR     PyInstaller's work folder and cache (default: build/pyinstaller)
#   --clean        start from an empty work folder and cache
#   --archive      Linux: also pack DIST/cosmart-VERSION-linux-ARCH.tar.gz
# On Windows (Git Bash/MSYS) with Inno Setup's ISCC.exe on PATH or in its default
# folder, the installer DIST/cosmart-VERSION-setup.exe is made as well.
# Nothing is cached outside the work folder; PyInstaller comes from PyPI
# (packaging/requirements-build.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

VENV=""
FRESH=0
DIST=dist
WORK=build/pyinstaller
CLEAN=()
ARCHIVE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --venv) VENV=$2; shift 2 ;;
        --fresh-venv) FRESH=1; shift ;;
        --dist) DIST=$2; shift 2 ;;
        --work) WORK=$2; shift 2 ;;
        --clean) CLEAN=(--clean); shift ;;
        --archive) ARCHIVE=1; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
mkdir -p "$DIST" "$WORK"
DIST=$(cd "$DIST" && pwd)
WORK=$(cd "$WORK" && pwd)

venv_python() {  # the interpreter of a venv, Linux/macOS or Windows layout
    if [ -x "$1/bin/python" ]; then echo "$1/bin/python"; else echo "$1/Scripts/python.exe"; fi
}

if [ "$FRESH" = 1 ]; then
    VENV=build/venv
    rm -rf "$VENV"
elif [ -z "$VENV" ]; then
    if [ -x "$(venv_python .venv)" ]; then VENV=.venv; else VENV=build/venv; fi
fi
PY=$(venv_python "$VENV")
if [ ! -x "$PY" ]; then
    echo "== build.sh: making the build environment $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
    PY=$(venv_python "$VENV")
    "$PY" -m pip install -q --upgrade pip
    "$PY" -m pip install -q "$ROOT"
fi
if ! "$PY" -c "import cosmart_desktop" 2>/dev/null; then
    "$PY" -m pip install -q "$ROOT"
fi
"$PY" -m pip install -q -r packaging/requirements-build.txt

VERSION=$("$PY" -c "import cosmart_desktop; print(cosmart_desktop.__version__)")
APP_ID=de.cosmart_werkstatt.Werkstatt
echo "== build.sh: Co-Smart Werkstatt $VERSION with $("$PY" -m PyInstaller --version) from $VENV"

# PyInstaller's cache stays in the work folder, not in the home directory
export PYINSTALLER_CONFIG_DIR="$WORK/config"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
    --distpath "$DIST" --workpath "$WORK" packaging/cosmart.spec
BUNDLE="$DIST/cosmart"
ICONS="$WORK/cosmart/icons"

case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) EXE="$BUNDLE/cosmart.exe"; OS=windows ;;
    Darwin) EXE="$BUNDLE/cosmart"; OS=macos ;;
    *) EXE="$BUNDLE/cosmart"; OS=linux ;;
esac

# the bundle must start and know its version
got=$("$EXE" --version)
if [ "$got" != "cosmart $VERSION" ]; then
    echo "build.sh: the bundle says '$got', expected 'cosmart $VERSION'" >&2
    exit 1
fi

if [ "$OS" = linux ]; then
    # desktop integration next to the program; install-linux.sh puts it in place
    share="$BUNDLE/share"
    rm -rf "$share"
    install -Dm644 packaging/linux/$APP_ID.desktop "$share/applications/$APP_ID.desktop"
    install -Dm644 packaging/linux/$APP_ID.metainfo.xml "$share/metainfo/$APP_ID.metainfo.xml"
    install -Dm644 packaging/linux/$APP_ID.mime.xml "$share/mime/packages/$APP_ID.xml"
    install -Dm644 cosmart_desktop/resources/icons/cosmart.svg \
        "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in 16 24 32 48 64 128 256 512; do
        install -Dm644 "$ICONS/cosmart-$size.png" \
            "$share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    install -m755 packaging/linux/install-linux.sh "$BUNDLE/install-linux.sh"
    if [ "$ARCHIVE" = 1 ]; then
        tarball="$DIST/cosmart-$VERSION-linux-$(uname -m).tar.gz"
        tar -C "$DIST" -czf "$tarball" cosmart
        echo "== build.sh: $tarball"
    fi
fi

if [ "$OS" = windows ]; then
    ISCC=$(command -v iscc || command -v ISCC.exe || true)
    for guess in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe"; do
        [ -z "$ISCC" ] && [ -x "$guess" ] && ISCC=$guess
    done
    if [ -n "$ISCC" ]; then
        "$ISCC" /Q "/DAppVersion=$VERSION" "/DBundleDir=$(cygpath -w "$BUNDLE")" \
            "/DIconFile=$(cygpath -w "$ICONS/cosmart.ico")" "/DOutputDir=$(cygpath -w "$DIST")" \
            packaging/windows/cosmart.iss
        echo "== build.sh: $DIST/cosmart-$VERSION-setup.exe"
    else
        echo "== build.sh: Inno Setup (ISCC.exe) not found: no installer, only the bundle"
    fi
fi

size=$(du -sh "$BUNDLE" | cut -f1)
echo "== build.sh: $BUNDLE ($size) in $(( $(date +%s) - start )) s"
