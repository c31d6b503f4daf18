"""The Library: batches in, changes out to subscribers; refresh; read marks."""

from __future__ import annotations

from pathlib import Path

from reader.articles import Batch, FilesSource, LoadFailure, article_from_text
from reader.library import Library, LibraryChange


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_subscribers_hear_every_batch_and_the_end(tmp_path: Path) -> None:
    for n in range(5):
        _write(tmp_path, f"{n}.txt", f"Title {n}\nBody {n}.")
    _write(tmp_path, "empty.txt", "")
    library = Library([FilesSource([tmp_path])])
    heard: list[LibraryChange] = []
    unsubscribe = library.subscribe(heard.append)
    for batch in library.read_batches(first=2, size=3):
        library.add(batch)
    library.finish()
    assert [len(c.added) for c in heard if c.added] == [2, 3]
    assert [f.path.name for c in heard for f in c.failures if f.path] == ["empty.txt"]
    assert heard[-1].finished and not library.loading
    assert [a.title for a in library] == [f"Title {n}" for n in range(5)]
    unsubscribe()
    library.mark_read(library.articles()[0].id)
    assert not heard[-1].read  # no longer subscribed


def test_the_same_article_twice_is_listed_once() -> None:
    article = article_from_text("One\nbody")
    library = Library([])
    assert library.add(Batch([article])).added == [article]
    assert library.add(Batch([article])).added == []
    assert len(library) == 1


def test_refresh_reports_changed_and_removed_articles() -> None:
    a, b = article_from_text("A\nbody", article_id="a"), article_from_text("B\nx", article_id="b")
    library = Library([])
    library.add(Batch([a, b]))
    library.finish()
    heard: list[LibraryChange] = []
    library.subscribe(heard.append)
    edited = article_from_text("A\nnew body", article_id="a")
    library.begin_refresh()
    library.add(Batch([edited], [LoadFailure("b.txt", "b.txt: gone")]))
    library.finish()
    assert heard[0].changed == [edited] and heard[0].added == []
    assert heard[-1].removed == ["b"]
    assert library.get("a") == edited and "b" not in library


def test_read_marks_are_published() -> None:
    library = Library([])
    heard: list[LibraryChange] = []
    library.subscribe(heard.append)
    library.set_read_ids(frozenset({"x", "y"}))
    library.mark_read("x")  # already read: nothing to say
    library.mark_read("z")
    library.mark_read("y", False)
    assert [set(c.read) for c in heard] == [{"x", "y"}, {"z"}, {"y"}]
    assert library.read_ids == {"x", "z"}


def test_filtered_uses_the_query_module() -> None:
    library = Library([])
    library.add(Batch([article_from_text("Zebras cross\nIn Kenya."),
                       article_from_text("Markets calm\nFlat.")]))
    assert [a.title for a in library.filtered("kenya zebras")] == ["Zebras cross"]


def test_the_library_keeps_the_analysis_cache_it_is_given(tmp_path: Path,
                                                          seed_path: Path) -> None:
    from reader.app import make_services
    from reader.articles import load_article

    services = make_services([seed_path], tmp_path / "data", tmp_path / "cache")
    article = load_article(seed_path)
    services.analyse(article)  # the real analyser, the first time
    assert services.library.analyses.file_for(article) is not None
    again = make_services([seed_path], tmp_path / "data", tmp_path / "cache")
    assert again.library.analyses._read(article) is not None  # a new run reads it back
