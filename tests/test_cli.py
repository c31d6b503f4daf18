"""The command line: version, help, and the analyse contract's shape."""

from __future__ import annotations

import gc
import io
import json
from collections.abc import Callable
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


@pytest.mark.parametrize("before", [True, False])
def test_global_options_work_before_and_after_a_subcommand(
    before: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.app
    from reader.store import open_store

    def app_must_not_start(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app was started for a subcommand")

    monkeypatch.setattr(reader.app, "run_app", app_must_not_start)
    source, target = tmp_path / "source", tmp_path / "target"
    with open_store(source) as store:
        store.bookmark_article("an-article", "An invented headline")
    out = tmp_path / "out.json"

    def with_data_dir(folder: Path, command: list[str]) -> list[str]:
        option = ["--data-dir", str(folder)]
        return [*option, *command] if before else [*command, *option]

    assert main(with_data_dir(source, ["export", "--format", "json", "-o", str(out)])) == 0
    assert main(with_data_dir(target, ["import", str(out)])) == 0
    assert "1 added" in capsys.readouterr().err
    with open_store(target, read_only=True) as store:
        assert [b.title for b in store.bookmarks()] == ["An invented headline"]


@pytest.mark.parametrize("command", [["feeds", "list", "--json"], ["opml", "export"],
                                     ["feeds", "tag", "https://example.test/rss", "news"]])
def test_the_data_dir_works_after_an_action_of_a_command_too(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`reader feeds list --data-dir DIR` is where a user types the option last: the
    action's own parser must take it, and the action work on that folder."""
    from reader.feeds.storage import FeedStore
    from reader.library import Database

    folder = tmp_path / "data"
    with Database.open(folder) as database:  # a feed only that folder has
        FeedStore(database).add_feed("https://example.test/rss", title="Only Here Gazette")
    code = main([*command, "--data-dir", str(folder)])
    captured = capsys.readouterr()
    assert "unrecognized arguments" not in captured.err
    assert code == 0
    if command[1] == "tag":
        with Database.open(folder) as database:
            feed = FeedStore(database).feed("https://example.test/rss")
        assert feed is not None and feed.tags == ("news",)
    else:
        assert "Only Here Gazette" in captured.out


def test_a_file_type_the_app_does_not_open_is_reported_not_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reader.app

    def app_must_not_start(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app was started on a JSON file")

    monkeypatch.setattr(reader.app, "run_app", app_must_not_start)
    export = tmp_path / "export.json"
    export.write_text("{}", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path), str(export)]) == 2
    err = capsys.readouterr().err
    assert "not an article file" in err and "reader import" in err


def test_paths_and_data_dir_reach_the_app(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.app

    seen: dict[str, object] = {}

    def fake_run_app(paths: list[str], data_dir: str | None = None,
                     refresh_on_start: bool = True,
                     resume_collector: Callable[[], None] | None = None) -> int:
        # The collector is paused from before the app's imports; the app resumes it.
        seen.update(paths=list(paths), data_dir=data_dir, collecting=gc.isenabled())
        assert resume_collector is not None
        resume_collector()
        seen.update(collecting_after=gc.isenabled())
        return 0

    monkeypatch.setattr(reader.app, "run_app", fake_run_app)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody.\n", encoding="utf-8")
    gc.enable()
    assert main([str(article), "--data-dir", str(tmp_path / "d")]) == 0
    assert seen == {"paths": [str(article)], "data_dir": str(tmp_path / "d"),
                    "collecting": False, "collecting_after": True}
    assert gc.isenabled()


def test_the_collector_runs_again_when_the_app_does_not_resume_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.app

    def failing_app(paths: list[str], **kwargs: object) -> int:
        raise RuntimeError("the terminal went away")

    monkeypatch.setattr(reader.app, "run_app", failing_app)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody.\n", encoding="utf-8")
    gc.enable()
    with pytest.raises(RuntimeError):
        main([str(article), "--data-dir", str(tmp_path / "d")])
    assert gc.isenabled()


def test_analyze_takes_folders_as_the_app_does(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "news"
    (folder / "inner").mkdir(parents=True)
    (folder / "b.txt").write_text("Second\n\nText two.\n", encoding="utf-8")
    (folder / "inner" / "a.md").write_text("First\n\nText one.\n", encoding="utf-8")
    (folder / "skip.json").write_text("{}", encoding="utf-8")
    assert main(["analyze", "--json", str(folder)]) == 0
    paths = [json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()]
    assert paths == [str(folder / "b.txt"), str(folder / "inner" / "a.md")]


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.commands import COMMANDS

    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert all(spec.name in out for spec in COMMANDS)


def test_read_marks_travel_through_export_and_import(tmp_path: Path) -> None:
    # The app keeps read marks in the library database, not in the store's state.json:
    # a JSON export must carry them and an import must bring them back there.
    from reader.library import Database, ReadState
    from reader.store import open_store

    source, target = tmp_path / "source", tmp_path / "target"
    with open_store(source) as store:
        store.bookmark_article("kept", "An invented headline")
    with Database.open(source) as database:
        ReadState(database).set_read_many(["read-one", "read-two"])
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "-o", str(out), "--data-dir", str(source)]) == 0
    articles = json.loads(out.read_text(encoding="utf-8"))["reading_state"]["articles"]
    assert {a for a, entry in articles.items() if entry.get("read")} == {"read-one",
                                                                         "read-two"}
    assert main(["import", str(out), "--data-dir", str(target)]) == 0
    with Database.open(target) as database:
        assert ReadState(database, read_only=True).read_ids() == {"read-one", "read-two"}


@pytest.mark.parametrize("content", [
    "Short title\nBody line one.\n",
    "# A Markdown heading\n\nThe body.\n",
    "---\ntitle: From the front matter\n---\nA first line\n\nThe body.\n",
    "---\ntitle: Same words\n---\n# Same words\n\nThe body.\n",
    "\n\n   \nAfter blank lines comes a long first line that goes on. And then more of it "
    "follows in a second sentence that makes the line too long to be a headline.\n",
    "---\ndate: 2024-01-02\n---\n",
])
def test_analyze_title_is_the_articles_title(tmp_path: Path, content: str) -> None:
    # `reader analyze` reads the text and title without building an Article: both must
    # be what the app's Article for the same file has.
    from reader.articles import load_article

    path = tmp_path / "fallback-name.md"
    path.write_text(content, encoding="utf-8")
    out = io.StringIO()
    run_analyze([str(path)], as_json=True, out=out)
    record = json.loads(out.getvalue())
    article = load_article(path)
    assert (record["title"], record["text"]) == (article.title, article.text)


def test_analyze_ends_its_process_at_once_only_when_it_is_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # From the command line the process ends right after the command, its output
    # written, without the interpreter's teardown; a caller's process (these tests) is
    # left running.
    import os

    article = tmp_path / "a.txt"
    article.write_text("Title\n\nAna Vidal said hello.\n", encoding="utf-8")
    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    assert main(["analyze", "--json", str(article)]) == 0
    assert ended == []
    monkeypatch.setattr("sys.argv", ["reader", "analyze", "--json", str(article), "nowhere.txt"])
    assert main() == 1
    assert ended == [1]
    assert json.loads(capsys.readouterr().out.splitlines()[-2])["path"] == str(article)


def test_analyze_from_the_command_line_writes_everything_and_its_exit_code(
        tmp_path: Path) -> None:
    import subprocess
    import sys

    articles = []
    for n in range(3):
        articles.append(tmp_path / f"{n}.txt")
        articles[-1].write_text(f"Title {n}\n\nAna Vidal said hello {n}.\n", encoding="utf-8")
    args = [sys.executable, "-c", "import sys; from reader.__main__ import main; sys.exit(main())",
            "analyze", "--json", *map(str, articles)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    paths = [json.loads(line)["path"] for line in done.stdout.splitlines()]
    assert paths == list(map(str, articles))
    done = subprocess.run([*args, str(tmp_path / "missing.txt")], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 4 and "missing.txt" in done.stderr


@pytest.mark.parametrize("command", [["export"], ["opml", "export"]])
def test_output_into_a_pipe_closed_early_ends_without_a_traceback(
        command: list[str], tmp_path: Path) -> None:
    """`reader export | head -1`: the reader of the pipe leaves before reader has written
    everything; reader stops quietly (as SIGPIPE would end a C program), no traceback."""
    import subprocess
    import sys

    from reader.store import open_store

    with open_store(tmp_path / "data") as store:
        for n in range(300):
            store.bookmark_article(f"article-{n}", f"An invented headline number {n}")
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path / "data"), *command],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # long before the export is written: the interpreter starts
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode()
    assert process.returncode == 141


@pytest.mark.parametrize("command", [["feeds", "list"], ["export"], ["opml", "export"],
                                     ["list", "--feed", "https://example.test/rss"],
                                     ["refresh"], ["search", "harbour"]])
def test_a_data_folder_that_is_a_file_is_said_plainly_by_every_command(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Was "[Errno 17] File exists" from some commands and "Not a directory ... chmod
    600" from others; every command now says what `reader import` said."""
    occupied = tmp_path / "data"
    occupied.write_text("not a folder", encoding="utf-8")
    main(["--data-dir", str(occupied), *command])
    err = capsys.readouterr().err
    assert f"The data folder {occupied} is a file, not a folder" in err
    assert "Errno" not in err and "chmod" not in err
    assert occupied.read_text(encoding="utf-8") == "not a folder"


def test_list_marks_a_date_taken_from_the_files_own_date_as_the_app_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    news = tmp_path / "news"
    news.mkdir()
    undated = news / "pier.txt"
    undated.write_text("Pier reopens\n\nThe old pier opened again.\n", encoding="utf-8")
    stamp = 1589716800  # 2020-05-17 12:00 UTC: the file's own date is all it has
    os.utime(undated, (stamp, stamp))
    dated = news / "wire_2016-10-12_summit.txt"
    dated.write_text("Summit ends\n\nThe summit ended.\n", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["list", str(news), "--data-dir", str(data)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [pier] = [line for line in lines if "Pier reopens" in line]
    [summit] = [line for line in lines if "Summit ends" in line]
    assert "2020-05-17 (file)" in pier
    assert "2016-10-12" in summit and "(file)" not in summit
    assert pier.index("Pier reopens") == summit.index("Summit ends")  # columns still line up
    assert main(["list", str(news), "--json", "--data-dir", str(data)]) == 0
    records = {r["title"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records["Pier reopens"]["date_from_file"] is True
    assert records["Pier reopens"]["date"] == "2020-05-17"
    assert records["Summit ends"]["date_from_file"] is False
