"""Atomic writes keep normal permissions for documents, owner-only for private data."""

from __future__ import annotations

import os
import stat

import pytest

from cosmart_desktop.services.atomic import atomic_output, write_bytes_atomic


def test_documents_get_the_usual_permissions_and_private_files_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "protokoll.pdf", b"%PDF")
        write_bytes_atomic(tmp_path / "kontakte.csv", b"x", private=True)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "protokoll.pdf").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "kontakte.csv").stat().st_mode) == 0o600


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_part_file(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"alt")
    with pytest.raises(OSError, match="disk full"), atomic_output(target) as fh:
        fh.write(b"neu, halb")
        raise OSError("disk full")
    assert target.read_bytes() == b"alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
