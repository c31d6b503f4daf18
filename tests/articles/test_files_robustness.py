"""The files source never blocks and never stops: FIFOs, sockets, devices, link loops and
oversized files are each skipped with their message while the other files open."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.articles import FilesSource, LoadFailure, load_article
from reader.articles.decoding import MAX_ARTICLE_BYTES
from reader.articles.sources.files import ArticleError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file kinds")


def _good(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text("A good article\nIt opens.", encoding="utf-8")
    return path


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "news"
    folder.mkdir()
    _good(folder, "a_good.txt")
    os.mkfifo(folder / "b_pipe.txt")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / "c_socket.txt"))
    (folder / "d_zero.txt").symlink_to("/dev/zero")
    (folder / "e_loop.txt").symlink_to(folder / "f_loop.txt")
    (folder / "f_loop.txt").symlink_to(folder / "e_loop.txt")
    with (folder / "g_big.txt").open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES * 3)  # sparse: no real disk use
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)  # a folder loop
    _good(folder / "sub", "z_good.txt")
    try:
        yield folder
    finally:
        server.close()


def _read(folder: Path) -> tuple[list[str], dict[str, str]]:
    titles: list[str] = []
    failures: dict[str, str] = {}
    for batch in FilesSource([folder]).batches(first=2, size=3):
        titles.extend(a.title for a in batch.articles)
        for failure in batch.failures:
            assert isinstance(failure, LoadFailure)
            assert failure.location not in failures, "each problem is reported once"
            failures[Path(failure.location).name] = failure.message
    return titles, failures


def test_every_kind_of_bad_file_is_skipped_with_its_message(hostile_folder: Path) -> None:
    titles, failures = _read(hostile_folder)
    assert titles == ["A good article", "A good article"]
    assert "named pipe" in failures.pop("b_pipe.txt")
    assert "socket" in failures.pop("c_socket.txt")
    assert "device" in failures.pop("d_zero.txt")
    loop = failures.pop("e_loop.txt")
    assert "loop of symbolic links" in loop and "f_loop.txt" in loop  # said once, for both
    big = failures.pop("g_big.txt")
    assert f"{MAX_ARTICLE_BYTES * 3:,} bytes" in big and "12.0 MB" in big  # the real size
    assert "already being read" in failures.pop("back")  # the folder loop, once
    assert failures == {}


def test_a_fifo_named_directly_is_refused_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # No writer: opening it for reading would block forever; the stat refuses it first.
    with pytest.raises(ArticleError, match="named pipe"):
        load_article(fifo)


def test_reader_analyze_on_a_fifo_exits_with_a_message(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # The bound only keeps a regression from hanging the run; it takes ~0.3 s.
    result = subprocess.run([sys.executable, "-m", "reader", "analyze", str(fifo)],
                            capture_output=True, text=True, timeout=30,
                            env={**os.environ, "READER_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1
    assert "named pipe" in result.stderr and str(fifo) in result.stderr
    assert "Traceback" not in result.stderr
