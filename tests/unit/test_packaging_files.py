"""The desktop-integration files in packaging/ agree with the program: the file
type they register is what ``cosmart FILE`` opens and what a workspace file
carries, the AppStream release is the package version, and the Windows
installer associates the same extension. (tests/e2e/test_bundle.py builds and
runs the bundle itself.)"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cosmart_desktop import __version__, cli
from cosmart_desktop.storage.guard import APPLICATION_ID
from cosmart_desktop.storage.workspace import open_workspace

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "de.cosmart_werkstatt.Werkstatt"
LINUX = PACKAGING / "linux"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_opens_files_with_the_program() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Icon"] == APP_ID
    assert entry["Exec"] == "cosmart %f"  # one file, handed over as `cosmart FILE`
    assert entry["MimeType"] == "application/x-cosmart-workspace;"
    assert entry["Terminal"] == "false"
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(
            ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stdout + out.stderr


def test_the_mime_type_matches_real_workspace_files(tmp_path: Path) -> None:
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    mime = root.find(f"{MIME}mime-type")
    assert mime is not None and mime.get("type") == "application/x-cosmart-workspace"
    globs = [g.get("pattern") for g in mime.iter(f"{MIME}glob")]
    assert globs == ["*" + cli.WORKSPACE_SUFFIXES[0]]
    outer = mime.find(f"{MIME}magic/{MIME}match")
    inner = outer.find(f"{MIME}match") if outer is not None else None
    assert outer is not None and inner is not None
    # the magic must recognise a workspace this version writes
    path = tmp_path / "veranstaltung.cosmart"
    open_workspace(path).close()
    head = path.read_bytes()[:100]
    assert head.startswith(outer.get("value", "").encode("ascii"))
    offset, value = int(inner.get("offset", "-1")), int(inner.get("value", "0"), 16)
    assert value == APPLICATION_ID == int.from_bytes(head[offset : offset + 4], "big")
    assert cli.parse([str(path)]).db == path


def test_appstream_metadata_names_this_release() -> None:
    path = LINUX / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    for tag in ("name", "summary", "metadata_license", "project_license"):
        assert (root.findtext(tag) or "").strip(), tag
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == "application/x-cosmart-workspace"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__, "add the new version to <releases>"
    if shutil.which("appstreamcli"):
        out = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stdout + out.stderr


def test_windows_installer_associates_the_same_file_type() -> None:
    iss = (PACKAGING / "windows" / "cosmart.iss").read_text(encoding="utf-8")
    ext = re.search(r'#define AssocExt "([^"]+)"', iss)
    assert ext is not None and ext.group(1) == cli.WORKSPACE_SUFFIXES[0]
    assert re.search(
        r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", iss
    )
    assert '""{app}\\{#AppExe}"" ""%1""' in iss  # the file path, quoted, as `cosmart FILE`
    assert '#define AppExe "cosmartw.exe"' in iss
    spec = (PACKAGING / "cosmart.spec").read_text(encoding="utf-8")
    assert 'program("cosmartw", console=False)' in spec
    assert "from cosmart_desktop import __version__ as VERSION" in spec


@pytest.mark.parametrize("script", ["build.sh", "linux/install-linux.sh"])
def test_shell_scripts_parse(script: str) -> None:
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    shell = "bash" if path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash") else "sh"
    out = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
