"""Store addresses, the network-file-system refusal, the merge rule, and the
``cosmart sync`` command line (exit codes 0/2/1, JSON, no password shown)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cosmart_desktop import app
from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.sync import parse_address
from cosmart_desktop.services.sync.address import DRIVE_REMOTE, filesystem_of, network_reason
from cosmart_desktop.services.sync.merge import Write, resolve


def _mounts(tmp_path: Path, fstype: str, point: Path) -> Path:
    table = tmp_path / "mounts"
    escaped = str(point).replace(" ", "\\040")
    table.write_text(
        f"/dev/sda1 / ext4 rw,relatime 0 0\n//nas/team {escaped} {fstype} rw,vers=3.0 0 0\n",
        encoding="utf-8",
    )
    return table


@pytest.mark.parametrize("fstype", ["cifs", "nfs4", "smb3", "fuse.sshfs"])
def test_an_sqlite_store_on_a_network_share_is_refused(tmp_path, fstype):
    share = tmp_path / "Netz Laufwerk"
    share.mkdir()
    mounts = _mounts(tmp_path, fstype, share)
    with pytest.raises(Refused, match=f"network file system \\({fstype}") as caught:
        parse_address(f"sqlite:///{share}/team/store.sqlite", mounts=mounts)
    assert "PostgreSQL" in str(caught.value) and "locking" in str(caught.value)
    assert not (share / "team").exists()
    local = parse_address(f"sqlite:///{tmp_path}/local/store.sqlite", mounts=mounts)
    assert local.kind == "sqlite" and local.path == tmp_path / "local" / "store.sqlite"


@pytest.mark.parametrize(
    "unc", ["sqlite://///server/share/store.sqlite", "sqlite:///\\\\server\\share\\s.db"]
)
def test_unc_paths_are_refused(unc):
    with pytest.raises(Refused, match="UNC"):
        parse_address(unc)


def test_a_windows_drive_letter_mapped_to_a_share_is_refused():
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return DRIVE_REMOTE if root == "Z:\\" else 3  # 3: a fixed local disk

    reason = network_reason("Z:\\Projektbuero\\store.sqlite", drive_type=drive_type)
    assert reason is not None  # a Message: raised as Refused(reason), translated in the window
    assert "Z:, a network drive" in str(reason) and "\n" not in str(reason)
    assert reason.params["drive"] == "Z:" and "{drive}" in reason.template
    assert network_reason("C:\\Daten\\store.sqlite", drive_type=drive_type) is None
    assert asked == ["Z:\\", "C:\\"]


def test_the_real_mount_table_is_read():
    found = filesystem_of(Path("/proc/self"))
    assert found is not None and found[1] == "proc"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no store address"),
        ("mysql://server/db", "unsupported store"),
        ("postgresql+psycopg://server", "names no database"),
        ("sqlite://", "needs a file path"),
        ("sqlite:///:memory:", "needs a file path"),
        ("kein url", "not a store address"),
    ],
)
def test_bad_addresses_are_refused_with_one_line(text, message):
    with pytest.raises(Refused, match=message) as caught:
        parse_address(text)
    assert "\n" not in str(caught.value)


def test_postgresql_addresses_use_psycopg_and_hide_the_password():
    address = parse_address("postgresql://anna:s3cr%40t@db:5432/cosmart")
    assert address.url.drivername == "postgresql+psycopg"
    assert address.password == "s3cr@t"
    assert "s3cr" not in address.display and "***" in address.display
    assert address.without_password == "postgresql+psycopg://anna@db:5432/cosmart"
    assert address.with_password(None).password is None


def w(value: str, hlc: str, site: str, base: str = "") -> Write:
    return Write("title", value, hlc, site, base)


def test_last_writer_wins_by_stamp_then_site_and_concurrent_losers_are_kept():
    a = w('"A"', "0000000000000010-00000", "site-a")
    b = w('"B"', "0000000000000010-00000", "site-b")  # same stamp: the site id decides
    res = resolve([a, b])
    assert res.winner == b and res.losers == (a,)
    c = w('"C"', "0000000000000020-00000", "site-a", base=b.key)  # built on B: B is no conflict
    res = resolve([a, b, c])
    assert res.winner == c and res.losers == (a,)
    same = w('"C"', "0000000000000015-00000", "site-c")  # concurrent but the same value
    assert resolve([a, b, c, same]).losers == (a,)


def test_a_tombstone_wins_over_a_concurrent_undelete_but_not_over_one_that_saw_it():
    born = Write("deleted", "false", "0000000000000001-00000", "s1", "")
    dead = Write("deleted", "true", "0000000000000005-00000", "s2", born.key)
    back = Write("deleted", "false", "0000000000000009-00000", "s3", born.key)
    assert resolve([born, dead, back], delete_wins=True).winner == dead
    seen = Write("deleted", "false", "0000000000000009-00000", "s3", dead.key)
    assert resolve([born, dead, seen], delete_wins=True).winner == seen


def test_cli_sync_exit_codes_and_json(tmp_path, capsys):
    db = tmp_path / "ws.sqlite"
    assert app.main(["demo", "--db", str(db), "--cards", "5"]) == 0
    capsys.readouterr()
    store = tmp_path / "store.sqlite"
    assert app.main(["sync", "--db", str(db), "--store", f"sqlite:///{store}", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["pushed"] > 50 and {"pulled", "conflicts", "refused"} <= set(doc)
    assert app.main(["sync", "--db", str(db), "--store", "mysql://x/y"]) == 2
    assert "unsupported store" in capsys.readouterr().err
    assert (
        app.main(["sync", "--db", str(tmp_path / "none.sqlite"), "--store", f"sqlite:///{store}"])
        == 2
    )


def test_cli_sync_unreachable_store_fails_without_showing_the_password(tmp_path):
    db = tmp_path / "ws.sqlite"
    assert app.main(["demo", "--db", str(db)]) == 0
    done = subprocess.run(
        [sys.executable, "-m", "cosmart_desktop", "sync", "--db", str(db),
         "--store", "postgresql+psycopg://anna:geheim-42@127.0.0.1:9/cosmart"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot reach the store" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "geheim-42" not in done.stderr + done.stdout
