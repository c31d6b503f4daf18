"""The guard that keeps a stale compiled analyser from running (reader/analysis/__init__.py)
and the stamp the build writes for it (hatch_build.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader.analysis import SourcesFirst, compiled_copy_is_current


def _package(tmp_path: Path) -> Path:
    folder = tmp_path / "reader" / "analysis"
    folder.mkdir(parents=True)
    (folder / "__init__.py").write_text("", encoding="utf-8")
    (folder / "alpha.py").write_text("VALUE = 1\n", encoding="utf-8")
    (folder / "beta.py").write_text("VALUE = 2\n", encoding="utf-8")
    return folder


def test_no_stamp_means_nothing_to_check(tmp_path: Path) -> None:
    assert compiled_copy_is_current(str(_package(tmp_path)))


def test_the_build_stamp_matches_until_a_source_changes(tmp_path: Path,
                                                        build_hook: ModuleType) -> None:
    hook = build_hook
    folder = _package(tmp_path)
    sources = hook.native_sources(tmp_path)
    assert [path.name for path in sources] == ["alpha.py", "beta.py"]  # not __init__.py
    (folder / "_native_sources.txt").write_text(
        hook.stamp_lines(tmp_path, sources), encoding="utf-8")
    assert compiled_copy_is_current(str(folder))
    info = (folder / "beta.py").stat()
    os.utime(folder / "beta.py", ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    assert not compiled_copy_is_current(str(folder))


def test_a_damaged_stamp_counts_as_stale(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    (folder / "_native_sources.txt").write_text("alpha.py not-a-size\n", encoding="utf-8")
    assert not compiled_copy_is_current(str(folder))
    (folder / "_native_sources.txt").write_text("gone.py 1 2\n", encoding="utf-8")
    assert not compiled_copy_is_current(str(folder))


def test_sources_first_reads_the_py_file(tmp_path: Path) -> None:
    folder = _package(tmp_path)
    finder = SourcesFirst("pkg_for_guard", str(folder))
    spec = finder.find_spec("pkg_for_guard.alpha")
    assert spec is not None and str(spec.origin) == str(folder / "alpha.py")
    assert finder.find_spec("pkg_for_guard.missing") is None
    assert finder.find_spec("other.alpha") is None
    assert "pkg_for_guard.alpha" not in sys.modules


def test_pure_python_is_asked_for_by_the_variable(monkeypatch: pytest.MonkeyPatch,
                                                  build_hook: ModuleType) -> None:
    hook = build_hook
    monkeypatch.setenv("READER_PURE_PYTHON", "1")
    assert not hook.wants_native()
    monkeypatch.delenv("READER_PURE_PYTHON")
    assert hook.wants_native()
