"""The handbook (docs/handbuch, German; docs/handbook, English) stays true to
the program: every link and picture resolves, both indexes list the same
chapters in the same order, every picture is one that ``cosmart screenshots``
makes, and every ``cosmart …`` command in a code span parses: its subcommand,
its export/import kind and its options exist in the real argument parser."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from cosmart_desktop import cli

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "docs" / "handbuch"
ENGLISH = ROOT / "docs" / "handbook"
SCREENSHOTS = ROOT / "docs" / "screenshots"
FOLDERS = (GERMAN, ENGLISH)

FENCE = re.compile(r"^(```|~~~).*?^\1\s*$", re.MULTILINE | re.DOTALL)
INLINE_CODE = re.compile(r"(`+)(.+?)\1", re.DOTALL)
LINK = re.compile(r"(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
CHAPTER = re.compile(r"^(\d\d)-[a-z0-9-]+\.md$")
PROGRAM_NAMES = frozenset({"cosmart", "cosmart.exe", "cosmartw.exe"})
COMMAND_END = frozenset({"|", "||", "&&", ";", ">", "<"})


@dataclass(frozen=True)
class Link:
    source: Path
    image: bool
    text: str
    target: str


def markdown_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md"))


def strip_code(text: str) -> str:
    """The prose of a Markdown text: fenced blocks and inline code removed."""
    return INLINE_CODE.sub("", FENCE.sub("", text))


def code_spans(text: str) -> list[str]:
    """Every inline code span, and every line of every fenced block."""
    spans: list[str] = []
    for block in FENCE.finditer(text):
        spans.extend(block.group(0).splitlines()[1:-1])
    spans.extend(m.group(2) for m in INLINE_CODE.finditer(FENCE.sub("", text)))
    return spans


def links_in(path: Path) -> list[Link]:
    prose = strip_code(path.read_text(encoding="utf-8"))
    return [Link(path, m.group(1) == "!", m.group(2), m.group(3)) for m in LINK.finditer(prose)]


def is_relative(target: str) -> bool:
    return not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) and not target.startswith(
        "#"
    )


def broken_links(files: list[Path]) -> list[str]:
    """Relative links and images whose file does not exist; images without alt text."""
    problems = []
    for path in files:
        for link in links_in(path):
            if link.image and not link.text.strip():
                problems.append(f"{path.name}: image {link.target} has no alt text")
            if not is_relative(link.target):
                continue
            target = (path.parent / link.target.split("#", 1)[0]).resolve()
            if not target.exists():
                problems.append(f"{path.name}: {link.target} does not exist")
    return problems


def index_chapters(folder: Path) -> list[str]:
    """The chapter files the folder's README links to, in their order."""
    found = []
    for link in links_in(folder / "README.md"):
        name = link.target.split("#", 1)[0]
        if "/" not in name and CHAPTER.match(name) and name not in found:
            found.append(name)
    return found


def index_problems(german: Path, english: Path) -> list[str]:
    """Both indexes list the same chapters (by number) in the same order, each
    chapter file of a folder is in its index, and the numbers run 01, 02, …"""
    problems = []
    chapters = {folder: index_chapters(folder) for folder in (german, english)}
    numbers = {folder: [name[:2] for name in names] for folder, names in chapters.items()}
    if not chapters[german]:
        problems.append(f"{german.name}/README.md links to no chapter")
    if numbers[german] != numbers[english]:
        problems.append(f"chapters differ: {chapters[german]} vs {chapters[english]}")
    for folder, names in chapters.items():
        expected = [f"{n:02d}" for n in range(1, len(names) + 1)]
        if numbers[folder] != expected:
            problems.append(f"{folder.name}: chapters out of order: {names}")
        on_disk = sorted(p.name for p in folder.glob("*.md") if CHAPTER.match(p.name))
        missing = sorted(set(on_disk) - set(names))
        if missing:
            problems.append(f"{folder.name}/README.md does not list {missing}")
    return problems


def images(files: list[Path]) -> dict[str, list[str]]:
    """Picture file name → the handbook files that show it."""
    shown: dict[str, list[str]] = {}
    for path in files:
        for link in links_in(path):
            if link.image:
                shown.setdefault(Path(link.target).name, []).append(path.name)
    return shown


def unregistered_images(files: list[Path], shots: set[str]) -> list[str]:
    """Pictures that are not in docs/screenshots or not made by ``cosmart screenshots``."""
    problems = []
    for path in files:
        for link in links_in(path):
            if not link.image:
                continue
            target = Path(link.target)
            if target.suffix != ".png" or target.stem not in shots:
                problems.append(f"{path.name}: {link.target} is not a registered screenshot")
            elif (path.parent / target).resolve().parent != SCREENSHOTS.resolve():
                problems.append(f"{path.name}: {link.target} is not in docs/screenshots")
    return problems


def subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def options(parser: argparse.ArgumentParser) -> dict[str, bool]:
    """Option string → whether it takes a value."""
    return {o: action.nargs != 0 for action in parser._actions for o in action.option_strings}


def positional_choices(parser: argparse.ArgumentParser) -> set[str] | None:
    for action in parser._actions:
        if not action.option_strings and action.choices is not None:
            return {str(c) for c in action.choices}
    return None


def commands_in(span: str) -> list[list[str]]:
    """The argument lists that follow a ``cosmart`` program name in a code span."""
    words = span.replace("[", " ").replace("]", " ").split()
    found = []
    for i, word in enumerate(words):
        if re.split(r"[\\/]", word)[-1] in PROGRAM_NAMES:
            rest = []
            for arg in words[i + 1 :]:
                if arg in COMMAND_END:
                    break
                rest.append(arg)
            found.append(rest)
    return found


def command_problems(args: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """What in ``cosmart ARGS`` the parser does not know (placeholders are fine)."""
    problems: list[str] = []
    top, subs = options(parser), subparsers(parser)
    i = 0
    while i < len(args) and args[i].startswith("-"):
        name = args[i].split("=", 1)[0]
        if name not in top:
            return [f"unknown option {name}"]  # whether it takes a value is unknown
        i += 2 if top.get(name) and "=" not in args[i] else 1
    if i >= len(args) or args[i] in ("…", "..."):
        return problems
    command = args[i]
    if command.lower().endswith(cli.WORKSPACE_SUFFIXES):
        return problems
    if command not in subs:
        return [*problems, f"unknown subcommand {command!r}"]
    sub = subs[command]
    known, kinds = options(sub), positional_choices(sub)
    rest = args[i + 1 :]
    if kinds is not None and rest and not rest[0].startswith("-"):
        problems += [
            f"cosmart {command}: unknown kind {kind!r}"
            for kind in rest[0].split("|")
            if kind not in kinds and kind not in ("…", "...", "KIND")
        ]
    for arg in rest:
        for part in arg.split("|"):
            name = part.split("=", 1)[0]
            if name.startswith("--") and name not in known:
                problems.append(f"cosmart {command}: unknown option {name}")
    return problems


def cli_problems(files: list[Path], parser: argparse.ArgumentParser) -> list[str]:
    problems = []
    for path in files:
        for span in code_spans(path.read_text(encoding="utf-8")):
            for args in commands_in(span):
                where = f"{path.name}: `{span.strip()}`"
                problems += [f"{where}: {p}" for p in command_problems(args, parser)]
    return problems


def all_files() -> list[Path]:
    return [p for folder in FOLDERS for p in markdown_files(folder)]


# -- the handbook as it is ------------------------------------------------------------------
def test_both_handbooks_exist_with_chapters() -> None:
    for folder in FOLDERS:
        assert (folder / "README.md").is_file(), folder
        assert len(index_chapters(folder)) >= 6, folder


def test_every_relative_link_and_image_resolves() -> None:
    assert broken_links(all_files()) == []


def test_indexes_list_the_same_chapters_in_order() -> None:
    assert index_problems(GERMAN, ENGLISH) == []


def test_images_are_registered_screenshots() -> None:
    from cosmart_desktop.ui.screenshots import SHOTS

    assert unregistered_images(all_files(), set(SHOTS)) == []


def test_german_handbook_shows_every_screenshot() -> None:
    shown = images(markdown_files(GERMAN))
    on_disk = sorted(p.name for p in SCREENSHOTS.glob("*.png"))
    assert on_disk, "docs/screenshots is empty: run cosmart screenshots"
    assert [name for name in on_disk if name not in shown] == []


def test_cosmart_commands_exist_in_the_parser() -> None:
    parser = cli.build_parser()
    assert {"demo", "export", "restore", "sync", "check"} <= set(subparsers(parser))
    spans = [s for p in all_files() for s in code_spans(p.read_text(encoding="utf-8"))]
    assert sum(len(commands_in(s)) for s in spans) >= 20  # the handbook does show commands
    assert cli_problems(all_files(), parser) == []


# -- the checks find what is wrong --------------------------------------------------------------
def _write(folder: Path, files: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return markdown_files(folder)


def test_broken_links_and_missing_alt_text_are_found(tmp_path: Path) -> None:
    files = _write(
        tmp_path / "book",
        {
            "README.md": "[ok](01-a.md) [gone](02-missing.md#x) [web](https://example.org)\n"
            "`[in code](nowhere.md)`\n![](01-a.md)\n",
            "01-a.md": "# A\n",
        },
    )
    assert broken_links(files) == [
        "README.md: 02-missing.md#x does not exist",
        "README.md: image 01-a.md has no alt text",
    ]


def test_index_mismatches_are_found(tmp_path: Path) -> None:
    de = tmp_path / "de"
    en = tmp_path / "en"
    _write(de, {"README.md": "1. [A](01-a.md)\n2. [B](02-b.md)\n", "01-a.md": "", "02-b.md": ""})
    _write(en, {"README.md": "1. [B](02-b.md)\n2. [A](01-a.md)\n", "01-a.md": "", "02-b.md": ""})
    assert any("chapters differ" in p for p in index_problems(de, en))
    _write(en, {"README.md": "1. [A](01-a.md)\n2. [B](02-b.md)\n", "03-c.md": ""})
    assert index_problems(de, en) == ["en/README.md does not list ['03-c.md']"]
    _write(en, {"README.md": "1. [A](01-a.md)\n2. [B](02-b.md)\n3. [C](03-c.md)\n"})
    assert any("chapters differ" in p for p in index_problems(de, en))


def test_unregistered_images_are_found(tmp_path: Path) -> None:
    files = _write(
        tmp_path / "book",
        {"README.md": "![Board](../screenshots/board.png) ![Old](../screenshots/old_view.png)\n"},
    )
    problems = unregistered_images(files, {"board"})
    assert len(problems) == 2  # old_view is not registered; neither is in docs/screenshots
    assert "old_view.png is not a registered screenshot" in problems[1]


def test_unknown_commands_kinds_and_options_are_found(tmp_path: Path) -> None:
    files = _write(
        tmp_path / "book",
        {
            "README.md": "`cosmart frobnicate --db x`, `cosmart export pdf --db x --out y`,\n"
            "`.venv/bin/cosmart sync --db x --server y`, `cosmart --colour x`\n"
            "```sh\ncosmart check --db a.sqlite && cosmart list --db a.sqlite\n"
            "cosmart export protocol|csv --db x --session ID|--event ID --out f\n"
            "cosmart --db x --lang en\ncosmart event.cosmart\n```\n",
        },
    )
    assert [p.split(": ", 2)[2] for p in cli_problems(files, cli.build_parser())] == [
        "unknown subcommand 'frobnicate'",
        "cosmart export: unknown kind 'pdf'",
        "cosmart sync: unknown option --server",
        "unknown option --colour",
    ]


@pytest.mark.parametrize("span", ["cosmart restore --db w.sqlite --backup b.sqlite", "cosmart"])
def test_valid_commands_pass(span: str) -> None:
    assert [command_problems(a, cli.build_parser()) for a in commands_in(span)] == [[]]
