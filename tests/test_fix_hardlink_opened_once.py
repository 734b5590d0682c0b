"""A fix written into a file with more than one name (a hard link) opens the file once, for reading and writing: the
one read that compares it with what was read comes after its backup is on disk, just before the write, through the
descriptor the write goes through. Until now the file was opened and read to compare, then opened and read again to
write (writes.py's _replace_in, then _write_in_place)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from validator.run.writes import NotFixable, write_atomically

from conftest import counted_calls


def _opens_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The base name of each path os.open opens from now on (relative to a directory's descriptor, as writes.py does)."""
    opened: list[str] = []
    real = os.open

    def counted(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        opened.append(os.path.basename(path))
        return real(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", counted)
    monkeypatch.setattr(os, "supports_dir_fd", {*os.supports_dir_fd, counted})
    return opened


def test_a_hard_linked_file_is_opened_once_and_both_names_see_the_fix(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"what was read")
    os.link(body, tmp_path / "q.json")
    opened = _opens_counted(monkeypatch)
    synced = counted_calls(monkeypatch, os, "fsync")
    write_atomically(str(body), b"what was read", b"fixed")
    assert body.read_bytes() == (tmp_path / "q.json").read_bytes() == b"fixed" and os.path.samefile(body, tmp_path / "q.json")
    backups = [name for name in opened if name.endswith(".flowlint-backup")]
    assert opened.count("p.json") == 1 and len(backups) == 1, opened
    assert len(synced) == 2  # the backup, then the file, on disk
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "q.json"]  # the backup removed


def test_a_hard_linked_file_changed_meanwhile_is_left_and_no_backup_stays(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"changed meanwhile")
    os.link(body, tmp_path / "q.json")
    opened = _opens_counted(monkeypatch)
    with pytest.raises(NotFixable, match="changed on disk"):
        write_atomically(str(body), b"what was read", b"fixed")
    assert opened.count("p.json") == 1 and body.read_bytes() == b"changed meanwhile"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "q.json"]


def test_a_hard_linked_file_whose_backup_cannot_be_written_is_left_and_no_backup_stays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"what was read")
    os.link(body, tmp_path / "q.json")
    synced: list[int] = []

    def full_disk(fd: int) -> None:
        synced.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(NotFixable, match=r"^cannot write it: No space left on device$"):
        write_atomically(str(body), b"what was read", b"fixed")
    assert len(synced) == 1  # reached: the backup's, before the file is written
    assert body.read_bytes() == b"what was read"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "q.json"]


def test_a_hard_linked_file_that_cannot_be_opened_for_writing_is_left_and_no_backup_stays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"what was read")
    os.link(body, tmp_path / "q.json")
    real = os.open
    refused: list[str] = []

    def read_only(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        if os.path.basename(path) == "p.json" and flags & os.O_RDWR:
            refused.append(path)
            raise OSError(errno.EACCES, "Permission denied")
        return real(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", read_only)
    monkeypatch.setattr(os, "supports_dir_fd", {*os.supports_dir_fd, read_only})
    with pytest.raises(NotFixable, match=r"^cannot write it: Permission denied$"):
        write_atomically(str(body), b"what was read", b"fixed")
    assert refused  # reached
    assert body.read_bytes() == b"what was read"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.json", "q.json"]


def test_a_file_of_one_name_is_opened_once_and_replaced_by_a_rename(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    body = tmp_path / "p.json"
    body.write_bytes(b"what was read")
    inode = body.stat().st_ino
    opened = _opens_counted(monkeypatch)
    write_atomically(str(body), b"what was read", b"fixed")
    assert body.read_bytes() == b"fixed" and body.stat().st_ino != inode and opened.count("p.json") == 1
