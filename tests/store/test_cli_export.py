"""`reader export` and `reader import` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.store import NoteTarget, open_store


def test_export_import_cli_round_trip(data_dir: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(data_dir) as store:
        store.bookmark_article("a-1", "A title")
        store.set_note(NoteTarget.article("a-1", "A title"), "my note")
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "-o", str(out), "--data-dir", str(data_dir)]) == 0
    other = tmp_path / "other"
    assert main(["import", str(out), "--data-dir", str(other)]) == 0
    assert "2 added" in capsys.readouterr().err
    assert main(["export", "--format", "markdown", "--data-dir", str(other)]) == 0
    markdown = capsys.readouterr().out
    assert "## A title" in markdown and "my note" in markdown
    assert main(["export", "--format", "readwise", "--data-dir", str(other)]) == 0
    assert capsys.readouterr().out.startswith("Highlight,Title,Author,URL,Note,Location,Date")
    assert len(json.loads(out.read_text(encoding="utf-8"))["bookmarks"]) == 1


def test_import_of_a_non_export_says_so(data_dir: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["import", str(bad), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "not a reader JSON export" in err and "Traceback" not in err


def test_import_while_store_busy_says_busy(data_dir: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.commands.import_store as import_command

    monkeypatch.setattr(import_command, "BUSY_WAIT_SECONDS", 0.2)
    exported = tmp_path / "e.json"
    with open_store(data_dir):
        assert main(["export", "--format", "json", "-o", str(exported),
                     "--data-dir", str(data_dir)]) == 0  # export reads while busy
        assert main(["import", str(exported), "--data-dir", str(data_dir)]) == 1
    assert "busy" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["json", "markdown", "readwise"])
def test_an_export_of_a_damaged_store_without_backup_writes_nothing(
        fmt: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A nightly `reader export -o notes.json` must not replace yesterday's good export
    with an empty one because today's store file does not parse."""
    out = tmp_path / "notes.export"
    out.write_text("yesterday's export", encoding="utf-8")
    (data_dir / "store.json").write_bytes(b'{"format": "reader-store", "schema_ver')
    assert main(["export", "--format", fmt, "-o", str(out), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "is not valid JSON" in err and "nothing exported" in err
    assert out.read_text(encoding="utf-8") == "yesterday's export"
    assert main(["export", "--format", fmt, "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().out == ""
    assert (data_dir / "store.json").read_bytes().startswith(b'{"format"')  # left as it was


def test_an_export_of_a_damaged_store_shows_the_backup(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(data_dir) as store:  # the first open of the day writes a backup
        store.bookmark_article("a-1", "Kept in the backup")
    with open_store(data_dir) as store:
        store.bookmark_article("a-2", "Written after it")
    (data_dir / "store.json").write_bytes(b"garbage")
    assert main(["export", "--format", "markdown", "--data-dir", str(data_dir)]) == 0
    captured = capsys.readouterr()
    assert "Showing the backup" in captured.err
    assert "Kept in the backup" in captured.out


def test_import_refuses_a_file_far_larger_than_any_export_without_reading_it(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`reader import disk.img` (or /dev/zero) must not read gigabytes into memory."""
    from reader.commands import import_store

    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: nothing is written to the disk
        handle.truncate(import_store.MAX_IMPORT_BYTES + 1)
    assert main(["import", str(huge), "--data-dir", str(data_dir)]) == 1
    assert "larger than 256 MB" in capsys.readouterr().err
    monkeypatch.setattr(import_store, "MAX_IMPORT_BYTES", 1000)
    assert main(["import", "/dev/zero", "--data-dir", str(data_dir)]) == 1
    assert "nothing was imported: /dev/zero is larger than" in capsys.readouterr().err
    with open_store(data_dir, read_only=True) as store:
        assert store.bookmarks() == []


def test_import_of_a_file_that_is_not_utf8_says_so(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "utf16.json"
    odd.write_bytes('{"format": "reader-export"}'.encode("utf-16"))
    assert main(["import", str(odd), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "not UTF-8 text" in err and "Traceback" not in err
    assert main(["import", str(tmp_path), "--data-dir", str(data_dir)]) == 1
    assert f"cannot read {tmp_path}: Is a directory" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["export"], ["export", "--format", "json"],
                                     ["opml", "export"]])
def test_an_export_into_a_folder_that_does_not_exist_is_refused(
        command: list[str], data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A typo in `-o` must not leave a stray tree of folders: it is said, with status 1."""
    with open_store(data_dir) as store:
        store.bookmark_article("a-1", "A title")
    target = tmp_path / "missing" / "dir" / "x.md"
    assert main([*command, "-o", str(target), "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path / 'missing' / 'dir'} does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "missing").exists()
    (tmp_path / "afile").write_text("", encoding="utf-8")
    assert main([*command, "-o", str(tmp_path / "afile" / "x.md"),
                 "--data-dir", str(data_dir)]) == 1
    assert "is not a folder" in capsys.readouterr().err
