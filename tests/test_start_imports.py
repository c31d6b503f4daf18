"""What `reader analyze` imports: none of the standard modules its start once paid for
(reader/records.py, reader/__main__.py's help formatter, reader/gc_pause.py), and the
stand-ins it uses instead behave as the originals."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles.build import path_stem
from reader.command_line import terminal_columns
from reader.commands import analyze
from reader.records import NamedTuple

# Modules `reader analyze` used to import for little: typing (aliases and NamedTuple),
# dataclasses (with inspect and ast), threading (one lock), datetime (the dates of the
# app's Article, not the analyser's), shutil (argparse's measure of the terminal),
# pathlib (with urllib.parse and ipaddress: the command's paths are used as str).
# The compiled analyser holds no named tuple (mypyc builds a class-based one with
# typing's NamedTupleMeta, so any one of them imports typing); mypy_extensions, whose
# mark two of its classes carry, is read only by mypyc (they call
# reader.analysis.compile_marks' at run time).
_NOT_IMPORTED = ("typing", "mypy_extensions", "dataclasses", "threading", "datetime",
                 "shutil", "pathlib", "urllib.parse", "argparse", "gettext", "locale")


def test_reader_analyze_imports_none_of_the_modules_it_does_without(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Harbour works\n\nMayor Tilda Varne said the pier opens in May.\n",
                       encoding="utf-8")
    code = (
        "import sys, io, contextlib\n"
        "from reader.__main__ import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    main(['analyze', '--json', {str(article)!r}])\n"
        "print(out.getvalue().strip())\n"
        f"print([m for m in {_NOT_IMPORTED!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    line, imported = result.stdout.strip().splitlines()
    assert json.loads(line)["entities"], "the analysis ran"
    assert imported == "[]"


class _Ours(NamedTuple):
    """A record of ours."""

    name: str
    size: int = 3

    def doubled(self) -> int:
        return self.size * 2


class _Typings(typing.NamedTuple):
    """A record of ours."""

    name: str
    size: int = 3

    def doubled(self) -> int:
        return self.size * 2


def test_the_named_tuple_of_records_makes_what_typing_makes() -> None:
    ours, theirs = _Ours("quay"), _Typings("quay")
    assert ours == theirs == ("quay", 3)
    assert repr(ours) == repr(theirs).replace("_Typings", "_Ours")
    assert _Ours._fields == _Typings._fields
    assert _Ours._field_defaults == _Typings._field_defaults
    assert _Ours.__doc__ == _Typings.__doc__
    assert _Ours.__module__ == _Typings.__module__
    assert ours.doubled() == theirs.doubled() == 6
    assert _Ours("dock", 5)._replace(size=1) == ("dock", 1)
    assert isinstance(ours, tuple)


def test_the_terminal_width_is_shutils(monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    for columns in ("57", "0", "wide", None):
        if columns is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", columns)
        assert terminal_columns() == shutil.get_terminal_size().columns


# Names of files and folders as a command line may give them: parts that Path() drops or
# keeps ("", ".", "..", doubled and trailing slashes), suffixes and dots in every place.
_NAME_PARTS = st.sampled_from(["a", "b.txt", ".", "..", "", "/", "//", ".profile", "a.", "x.y.z",
                               "é.md", " ", ".txt"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PARTS, max_size=6).map("".join))
def test_a_name_taken_as_it_is_is_the_name_path_writes(name: str) -> None:
    if analyze._as_path_writes_it(name):
        assert str(Path(name)) == name
        assert path_stem(name) == Path(name).stem
    assert str(analyze._path(name)) == str(Path(name))


def test_is_dir_answers_as_path_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("folder", "folder/", "./folder", "file.txt", "file.txt/", "missing",
                 "missing/x", "file.txt/x", "a\0b", "", ".", str(tmp_path / "folder")):
        assert analyze._is_dir(name) == Path(name).is_dir(), name


def test_a_message_names_the_path_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert analyze.run_analyze(["./missing.txt", "a//missing.txt", "gone.txt"], as_json=True,
                               out=out) == 1
    errors = [json.loads(line)["error"] for line in out.getvalue().splitlines()]
    assert [e.split(":")[0] for e in errors] == ["missing.txt", "a/missing.txt", "gone.txt"]
    assert "cannot be read" in capsys.readouterr().err


# Words a command line may hold, among them what argparse reads as options or refuses.
_LINE_WORDS = st.sampled_from(["analyze", "--json", "a.txt", "b c.md", "", "-", "--", "-5",
                               "--js", "-h", "--data-dir", "folder", "--json=1", "x-y"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE_WORDS, max_size=6))
def test_a_line_run_without_argparse_is_read_as_argparse_reads_it(words: list[str]) -> None:
    from reader.__main__ import plain_analyze
    from reader.command_line import command_options
    from reader.commands import command_named

    line = ["analyze", *words]
    plain = plain_analyze(line)
    if plain is None:
        return  # argparse reads it
    spec = command_named("analyze")
    assert spec is not None
    opts = command_options(spec, line[1:])  # (exits, failing the test, if refused)
    assert plain == (opts.paths, opts.json)


def test_the_lines_argparse_reads_are_left_to_it() -> None:
    from reader.__main__ import plain_analyze

    assert plain_analyze(["analyze", "--json", "a.txt", "b.txt"]) == (["a.txt", "b.txt"], True)
    assert plain_analyze(["analyze", "a.txt", "--json"]) == (["a.txt"], True)
    assert plain_analyze(["analyze", "a.txt"]) == (["a.txt"], False)
    for line in (["analyze"], ["analyze", "--json"], ["analyze", "a", "--json", "b"],
                 ["analyze", "--help"], ["analyze", "--data-dir", "d", "a"],
                 ["--data-dir", "d", "analyze", "a"], ["search", "a"], []):
        assert plain_analyze(line) is None, line
