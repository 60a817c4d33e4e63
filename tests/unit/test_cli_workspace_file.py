"""``cosmart FILE``: how a file manager opens a workspace handed on as a
``.cosmart`` file (the Linux desktop file runs ``cosmart %f``, the Windows file
association ``cosmart.exe "%1"``). It means ``cosmart --db FILE``; everything
else on the command line keeps its meaning, and a mistyped command stays an
error instead of becoming a new workspace file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cosmart_desktop import cli


def test_a_cosmart_file_is_the_workspace_of_the_window(tmp_path: Path) -> None:
    target = tmp_path / "Veranstaltung Kirchditmold.cosmart"
    args = cli.parse([str(target)])
    assert args.command is None
    assert args.db == target
    assert cli.resolve_db(args) == target


def test_options_before_the_file_keep_their_meaning(tmp_path: Path) -> None:
    target = tmp_path / "vom-stick.cosmart"
    args = cli.parse(["--lang", "en", "--open-session", "abc", str(target)])
    assert (args.db, args.lang, args.open_session, args.command) == (target, "en", "abc", None)


def test_an_existing_file_with_any_name_is_opened(tmp_path: Path) -> None:
    existing = tmp_path / "workspace-backup"
    existing.write_bytes(b"")
    assert cli.parse([str(existing)]).db == existing


def test_subcommands_are_untouched(tmp_path: Path) -> None:
    db = tmp_path / "demo.cosmart"
    args = cli.parse(["demo", "--db", str(db), "--seed", "3"])
    assert (args.command, args.db, args.seed) == ("demo", db, 3)
    args = cli.parse(["--lang", "de", "list", "--db", str(db)])
    assert (args.command, args.db) == ("list", db)


def test_a_command_named_like_an_existing_file_is_still_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("list").write_text("not a workspace", encoding="utf-8")
    args = cli.parse(["list", "--db", "x.sqlite"])
    assert (args.command, args.db) == ("list", Path("x.sqlite"))


def test_a_mistyped_command_is_an_error_not_a_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        cli.parse(["dmeo", "--db", "x.sqlite"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "dmeo" in err[0]
    assert list(tmp_path.iterdir()) == []


def test_the_workspace_given_twice_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["--db", str(tmp_path / "a.sqlite"), str(tmp_path / "b.cosmart")],
        [str(tmp_path / "b.cosmart"), f"--db={tmp_path / 'a.sqlite'}"],
    ):
        with pytest.raises(SystemExit) as exc:
            cli.parse(argv)
        assert exc.value.code == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "b.cosmart" in err[0] and "--db" in err[0]


def test_help_mentions_the_file_form(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.parse(["--help"])
    assert exc.value.code == 0
    assert "cosmart FILE.cosmart" in capsys.readouterr().out
