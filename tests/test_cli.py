"""The command line: version, help, and the analyse contract's shape."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader import __version__
from reader.__main__ import main
from reader.commands.analyze import run_analyze


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_analyze_json_is_one_line_per_file_in_order(seed_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Short title\r\nBody line one.\r\n", encoding="utf-8")
    out = io.StringIO()
    assert run_analyze([str(seed_path), str(other)], as_json=True, out=out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["path"] == str(seed_path)
    assert first["text"] == seed_path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert second["text"] == "Short title\nBody line one.\n"
    for record in (first, second):
        assert set(record) >= {"path", "title", "text", "entities", "quotes"}


def test_analyze_reports_unreadable_file_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    out = io.StringIO()
    assert run_analyze([str(missing)], as_json=True, out=out) == 1
    record = json.loads(out.getvalue())
    assert record["path"] == str(missing) and record["error"]
    assert "Traceback" not in capsys.readouterr().err


def test_analyze_json_quotes_carry_their_source_span(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Bridge vote delayed\n\n"
                       '"We need more time," the harbour master said on Tuesday.\n',
                       encoding="utf-8")
    out = io.StringIO()
    assert run_analyze([str(article)], as_json=True, out=out) == 0
    record = json.loads(out.getvalue())
    (quote,) = record["quotes"]
    assert set(quote) >= {"start", "end", "text", "speaker", "source", "cue"}
    start, end = quote["source"]
    assert record["text"][start:end].endswith("master")
    assert quote["cue"] == "said"
