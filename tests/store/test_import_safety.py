"""Import under hostile files (issue 11, points 1-4, 9, 10): nothing lost, nothing wrongly
merged, a bad file rejected whole with a message, the store file and memory unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.__main__ import main
from reader.store import (
    ArticleBookmark,
    ImportRejected,
    Note,
    NoteTarget,
    Store,
    StoreError,
    StoreIdClashError,
    StoreWriteError,
    export_json,
    import_json,
    open_store,
)
from reader.store.importing import EXPORT_VERSION

ZONED = "2026-11-30T10:00:00+00:00"


def _export(*, bookmarks: list[dict[str, Any]] | None = None,
            notes: list[dict[str, Any]] | None = None, **extra: Any) -> str:
    doc: dict[str, Any] = {"format": "reader-export", "version": 1,
                           "bookmarks": bookmarks or [], "notes": notes or []}
    doc.update(extra)
    return json.dumps(doc)


def _snapshot(store: Store, data_dir: Path) -> tuple[bytes, bytes | None, list[Any], Any]:
    state = data_dir / "state.json"
    return ((data_dir / "store.json").read_bytes(),
            state.read_bytes() if state.exists() else None,
            store.records(), store.state.to_dict())


def _seeded(store: Store) -> tuple[ArticleBookmark, Note]:
    bookmark = store.bookmark_article("a-1", "An article")
    note = store.set_note(NoteTarget.article("a-1", "An article"), "my own words, kept")
    return bookmark, note


# -- 1. ids unique across the store ---------------------------------------------------

def test_note_with_a_bookmarks_id_is_a_conflict_never_a_deletion(store: Store) -> None:
    bookmark, _ = _seeded(store)
    clash = Note(NoteTarget.entity("e:1", "E"), "intruder", id=bookmark.id).to_dict()
    result = import_json(store, _export(notes=[clash]))
    assert result.updated == 0 and result.added == 0
    assert len(result.conflicts) == 1 and bookmark.id in result.conflicts[0]
    assert store.get(bookmark.id) == bookmark and store.notes(entity_id="e:1") == []
    assert store.delete_note(bookmark.id) is None  # not a note: nothing deleted
    assert store.get(bookmark.id) == bookmark


def test_store_refuses_a_record_whose_id_is_in_the_other_table(store: Store) -> None:
    bookmark, _ = _seeded(store)
    before = store.records()
    with pytest.raises(StoreIdClashError):
        store.restore(Note(NoteTarget.entity("e:1", "E"), "x", id=bookmark.id))
    with pytest.raises(StoreIdClashError):
        store.restore_many([Note(NoteTarget.entity("e:2", "E"), "y", id=bookmark.id)])
    assert store.records() == before


def test_a_file_with_a_note_and_a_bookmark_sharing_an_id_is_repaired_at_open(
        data_dir: Path) -> None:
    with open_store(data_dir) as store:
        bookmark, note = _seeded(store)
    doc = json.loads((data_dir / "store.json").read_bytes())
    notes = doc["tables"]["notes"]
    moved = notes.pop(note.id)
    moved["id"] = bookmark.id
    notes[bookmark.id] = moved  # as an older reader's import could leave it
    (data_dir / "store.json").write_text(json.dumps(doc), encoding="utf-8")
    with open_store(data_dir) as store:
        assert any("given new ids" in m for m in store.messages)
        assert store.get(bookmark.id) == bookmark
        [kept] = store.notes()
        assert kept.text == note.text and kept.id != bookmark.id


# -- 2. a conflicting edit keeps both texts; times are validated ------------------------

def test_same_id_with_a_later_updated_string_never_replaces_a_note(store: Store) -> None:
    _, note = _seeded(store)
    incoming = dict(note.to_dict(), text="their words", updated="2999-01-01T00:00:00+00:00")
    result = import_json(store, _export(notes=[incoming]))
    kept = store.get(note.id)
    assert isinstance(kept, Note)
    assert "my own words, kept" in kept.text and "their words" in kept.text
    assert len(result.conflicts) == 1 and "both texts are kept" in result.conflicts[0]


@pytest.mark.parametrize("updated", ["9999", "2026-11-30T10:00:00", "yesterday", ""])
def test_times_without_a_zone_or_not_iso_reject_the_file(store: Store, updated: str) -> None:
    _, note = _seeded(store)
    incoming = dict(note.to_dict(), text="their words", updated=updated)
    with pytest.raises(ImportRejected, match="ISO 8601 time with a zone"):
        import_json(store, _export(notes=[incoming]))
    assert store.get(note.id) == note


# -- 3. only an identical record is already present -------------------------------------

def test_note_whose_text_is_a_substring_is_not_dropped(store: Store) -> None:
    _, note = _seeded(store)
    other = Note(NoteTarget.article("a-1", "An article"), "own words", created=ZONED,
                 updated=ZONED)
    result = import_json(store, _export(notes=[other.to_dict()]))
    assert result.merged == 1
    kept = store.note_for(NoteTarget.article("a-1", "x"))
    assert kept is not None and kept.text.endswith("\nown words")
    assert import_json(store, _export(notes=[other.to_dict()])).merged == 0  # idempotent
    identical = import_json(store, _export(notes=[store.get(note.id).to_dict()]))  # type: ignore[union-attr]
    assert identical.unchanged == 1 and identical.merged == 0


# -- 4. one write: all or none ----------------------------------------------------------

def test_import_is_a_single_write_of_both_tables_and_the_reading_state(
        store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[str] = []
    real = os.replace

    def counting(src: Any, dst: Any) -> None:
        writes.append(Path(dst).name)
        real(src, dst)

    source = _export(bookmarks=[ArticleBookmark("b-1", "B", created=ZONED).to_dict()],
                     notes=[Note(NoteTarget.entity("e:1", "E"), "n", created=ZONED).to_dict()],
                     reading_state={"format": "reader-state", "schema_version": 1,
                                    "articles": {"b-1": {"read": True}},
                                    "last_article": None, "settings": {}})
    monkeypatch.setattr(os, "replace", counting)
    import_json(store, source)
    # One write of the store file holds the records and the reading state; the state
    # file and the store file's pending entry follow (either may be redone at next open).
    assert writes[0] == "store.json" and "state.json" in writes
    assert store.state.is_read("b-1")
    doc = json.loads((data_dir / "store.json").read_bytes())
    assert doc["tables"]["pending_imports"] == {}


def test_reading_state_that_cannot_be_saved_writes_nothing(
        store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _seeded(store)
    before = _snapshot(store, data_dir)
    real = os.replace

    def full_disk(src: Any, dst: Any) -> None:
        if Path(dst).name == "store.json":
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    source = _export(bookmarks=[ArticleBookmark("b-1", "B", created=ZONED).to_dict()],
                     reading_state={"format": "reader-state", "schema_version": 1,
                                    "articles": {"b-1": {"read": True}},
                                    "last_article": None, "settings": {}})
    with pytest.raises(StoreWriteError):
        import_json(store, source)
    assert _snapshot(store, data_dir) == before


def test_interrupted_reading_state_merge_is_finished_at_the_next_open(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _export(bookmarks=[ArticleBookmark("b-1", "B", created=ZONED).to_dict()],
                     reading_state={"format": "reader-state", "schema_version": 1,
                                    "articles": {"b-1": {"read": True}},
                                    "last_article": None, "settings": {}})
    real = os.replace
    with open_store(data_dir) as store:
        def state_fails(src: Any, dst: Any) -> None:
            if Path(dst).name == "state.json":
                raise OSError(28, "No space left on device")
            real(src, dst)

        monkeypatch.setattr(os, "replace", state_fails)
        result = import_json(store, source)
        assert result.added == 1 and "next time" in result.messages[0]
        monkeypatch.setattr(os, "replace", real)
    with open_store(data_dir) as store:
        assert store.state.is_read("b-1") and store.is_bookmarked("b-1")
        doc = json.loads((data_dir / "store.json").read_bytes())
        assert doc["tables"]["pending_imports"] == {}


# -- 9 and 10: tracebacks become messages; memory and disk as they were -----------------

def _bad_files() -> dict[str, str]:
    good = Note(NoteTarget.entity("e:1", "E"), "fine", created=ZONED).to_dict()
    big = ArticleBookmark("b-1", "B", created=ZONED).to_dict()
    anchor_big = {"id": "6f1c9a8e-5d3b-4b7a-9c2e-1a2b3c4d5e6f", "kind": "quote",
                  "article_id": "a", "article_title": "t", "speaker": None,
                  "speaker_id": None, "source": None, "url": None, "author": None,
                  "created": ZONED, "updated": ZONED,
                  "anchor": {"quote": "q", "start": 2**70, "end": 2**70 + 1, "prefix": "",
                             "suffix": "", "content_hash": ""}}
    surrogate = json.dumps(dict(good, text="x")).replace('"text": "x"', '"text": "\\ud800"')
    return {
        "deep": "[" * 100_000 + "]" * 100_000,
        "deep object": '{"format": "reader-export", "version": 1, "notes": '
                       + "[" * 50_000 + "]" * 50_000 + "}",
        "big int": _export(bookmarks=[big, anchor_big]),
        "surrogate": '{"format": "reader-export", "version": 1, "notes": [' + surrogate + "]}",
        "version string": _export(version="1"),
        "version true": _export(version=True),
        "version negative": _export(version=-5),
        "version huge": _export(version=10**400),
        "version newer": _export(version=EXPORT_VERSION + 1),
        "duplicate key": '{"format": "reader-export", "version": 1, "version": 1}',
        "nan": _export(reading_state={"format": "reader-state", "schema_version": 1,
                                      "articles": {"x": {"position": float("nan")}},
                                      "last_article": None, "settings": {}}),
        "one bad record": _export(notes=[good, {"kind": "note"}]),
    }


BAD_MESSAGES = {
    "deep": "nested too deeply", "deep object": "nested too deeply",
    "big int": "beyond 64 bits", "surrogate": "lone surrogate",
    "version string": "not a whole number", "version true": "not a whole number",
    "version negative": "versions start at 1", "version huge": "401 digits",
    "version newer": "Upgrade reader", "duplicate key": "appears twice",
    "nan": "not valid JSON", "one bad record": "not valid",
}


@pytest.mark.parametrize("name", sorted(BAD_MESSAGES))
def test_bad_file_is_rejected_whole_with_a_message(store: Store, data_dir: Path,
                                                   name: str) -> None:
    _seeded(store)
    before = _snapshot(store, data_dir)
    with pytest.raises(ImportRejected) as caught:
        import_json(store, _bad_files()[name])
    assert BAD_MESSAGES[name] in str(caught.value)
    assert str(caught.value).startswith("Nothing was imported")
    assert _snapshot(store, data_dir) == before
    store.bookmark_article("later", "Later")  # and later writes still work


def test_cli_rejects_bad_files_without_a_traceback(data_dir: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in _bad_files().items():
        source = tmp_path / f"{name}.json"
        source.write_text(text, encoding="utf-8", errors="surrogatepass")
        assert main(["import", str(source), "--data-dir", str(data_dir)]) == 1, name
        err = capsys.readouterr().err
        assert "Traceback" not in err and "reader:" in err, name


# -- the property: any JSON value is imported whole or rejected whole -------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**80, max_value=2**80)
    | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                               max_size=4),
    max_leaves=12)
FIELD_VALUES = st.one_of(JSON, st.sampled_from([ZONED, "9999", "", "quote", "note", "article",
                                                "entity", "6f1c9a8e-5d3b-4b7a-9c2e-1a2b3c4d5e6f"]))


FIXED_IDS = ["6f1c9a8e-5d3b-4b7a-9c2e-1a2b3c4d5e6f", "0b7c2d3e-4f50-4a61-8b72-93a4b5c6d7e8"]
IDS = st.one_of(st.sampled_from(FIXED_IDS), st.uuids().map(str))
TIMES = st.sampled_from([ZONED, "2026-12-01T09:30:00.123456+02:00", "2025-01-01T00:00:00Z"])


def _valid_record() -> st.SearchStrategy[dict[str, Any]]:
    target = st.one_of(
        st.builds(NoteTarget.entity, st.sampled_from(["e:1", "e:2"]), st.text(max_size=5)),
        st.builds(NoteTarget.article, st.sampled_from(["a-1", "a-2"]), st.text(max_size=5)))
    note = st.builds(lambda t, text, i, c, u: Note(t, text, id=i, created=c, updated=u),
                     target, st.text(max_size=12), IDS, TIMES, TIMES)
    bookmark = st.builds(lambda a, title, i, c: ArticleBookmark(a, title, id=i, created=c),
                         st.sampled_from(["a-1", "a-2", "a-3"]), st.text(max_size=8), IDS,
                         TIMES)
    return st.one_of(note, bookmark).map(lambda r: r.to_dict())


def _record_like() -> st.SearchStrategy[Any]:
    """Valid records, and records with a field replaced or dropped."""
    broken = st.dictionaries(st.sampled_from(
        ["id", "kind", "text", "created", "updated", "target", "title", "article_id",
         "merged_from"]), FIELD_VALUES, min_size=1, max_size=2)
    return st.tuples(_valid_record(), st.one_of(st.just({}), st.just({}), broken),
                     st.booleans()).map(
        lambda t: {k: v for k, v in {**t[0], **t[1]}.items()
                   if not (t[2] and t[1] and k == "title")})


DOCUMENTS = st.one_of(
    JSON,
    st.fixed_dictionaries({"format": st.just("reader-export"),
                           "version": st.one_of(st.just(1), JSON),
                           "bookmarks": st.lists(_record_like(), max_size=3).map(
                               lambda rs: [r for r in rs if r.get("kind") != "note"]),
                           "notes": st.lists(_record_like(), max_size=3).map(
                               lambda rs: [r for r in rs if r.get("kind") != "article"])}),
)


@settings(max_examples=int(os.environ.get("READER_IMPORT_EXAMPLES", "80")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(doc=DOCUMENTS)
def test_any_json_value_is_imported_whole_or_rejected_whole(store: Store, data_dir: Path,
                                                            doc: Any) -> None:
    if not store.bookmarks():
        _seeded(store)
    before = _snapshot(store, data_dir)
    text = json.dumps(doc)
    try:
        result = import_json(store, text)
    except StoreError as exc:
        event("rejected")
        assert str(exc).startswith("Nothing was imported"), exc
        assert _snapshot(store, data_dir) == before
        return
    event(f"imported: {result.added} added, {len(result.conflicts)} conflicts")
    # Imported: every record of the file is now in the store (as it is, or joined into a
    # note, or reported as a conflict); nothing that was there is gone.
    after = {r.id: r for r in store.records()}
    assert {r.id for r in before[2]} <= set(after)
    for old in before[2]:
        if isinstance(old, Note):
            assert old.text in after[old.id].text  # (a note is only ever added to)
    kept = json.loads(export_json(store))
    kept_ids = {r["id"] for r in kept["bookmarks"] + kept["notes"]}
    absorbed = {i for n in kept["notes"] for i in n.get("merged_from", {})}
    with open_store(data_dir, read_only=True) as on_disk:  # memory equals the file
        assert sorted(map(repr, on_disk.records())) == sorted(map(repr, after.values()))
    for raw in doc["bookmarks"] + doc["notes"]:
        assert (raw["id"] in kept_ids or raw["id"] in absorbed
                or any(raw["id"] in c for c in result.conflicts)
                or _twin_present(store, raw)), raw


def _twin_present(store: Store, raw: dict[str, Any]) -> bool:
    if raw["kind"] == "article":
        return store.is_bookmarked(raw["article_id"])
    if raw["kind"] == "note":
        return store.note_for(NoteTarget.from_dict(raw["target"])) is not None
    return False
