"""Loading article files: discovery, refusals, sanitising, metadata, ids."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from reader.articles import (
    ArticleError,
    article_from_text,
    content_id,
    discover,
    load_article,
    load_articles,
)
from reader.articles.decoding import MAX_ARTICLE_BYTES
from reader.articles.sources.files import folders_without_articles


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def test_seed_article_metadata(seed_path: Path) -> None:
    article = load_article(seed_path)
    assert article.source == "Yonhap"
    assert article.title.startswith("The United States warned Wednesday against North Korea")
    assert article.title.endswith("…")
    # No short headline line: the body is the whole text, less the credit.
    assert article.body_start == 0
    assert article.body.endswith('including ones that it itself supported."')
    assert "(Yonhap)" not in article.body
    assert article.text.endswith("(Yonhap)")
    assert article.id == "file:seeds/000_fd2925097feaa98e.txt"
    # The id articles had before ids came from their place: what old stores hold.
    assert content_id(article.title, article.content_hash).startswith(
        "the-united-states-warned-wednesday-against-north-koreas-")
    assert content_id(article.title, article.content_hash).endswith(article.content_hash[:8])


def test_text_is_the_decoded_file_with_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Headline\r\n\r\nBody line one.\rBody two.\r\n")
    article = load_article(path)
    assert article.text == "Headline\n\nBody line one.\nBody two.\n"
    assert article.title == "Headline"
    assert article.body == "Body line one.\nBody two."


def test_ids_come_from_the_place_under_the_folder_opened(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    path = write(folder / "world" / "a.txt", "Same title\nBody one.")
    write(folder / "b.txt", "Same title\nBody one.")
    [first, second] = load_articles([folder])[0]
    assert (first.id, second.id) == ("file:news/b.txt", "file:news/world/a.txt")
    # Edited: the same id. Opened from elsewhere, by a relative path: the same id.
    write(path, "Another title\nBody changed.")
    monkeypatch.chdir(tmp_path / "news" / "world")
    [edited] = [a for a in load_articles([Path("..")])[0] if a.path and a.path.name == "a.txt"]
    assert edited.id == "file:news/world/a.txt" and edited.title == "Another title"
    # A file named by itself has the id it has when its folder is opened.
    assert load_article(Path("a.txt")).id == "file:world/a.txt"
    assert load_articles([Path(".")])[0][0].id == "file:world/a.txt"


def test_two_folders_of_one_name_keep_apart(tmp_path: Path) -> None:
    write(tmp_path / "one" / "news" / "a.txt", "First\nbody")
    write(tmp_path / "two" / "news" / "a.txt", "Second\nbody")
    articles, _ = load_articles([tmp_path / "one" / "news", tmp_path / "two" / "news"])
    assert [a.title for a in articles] == ["First", "Second"]
    assert articles[0].id == "file:news/a.txt"
    assert articles[1].id == f"file:{(tmp_path / 'two' / 'news' / 'a.txt').resolve().as_posix()}"


def test_control_characters_and_escapes_are_removed_at_load(tmp_path: Path) -> None:
    raw = "Big \x1b[31mnews\x1b[0m\u202e\nBody\x07 with \x1b]52;c;ZXZpbA==\x07clipboard\x9b.\n"
    article = load_article(write(tmp_path / "a.txt", raw))
    assert article.title == "Big news"
    assert article.body == "Body with clipboard."
    assert "\x1b" not in article.text and "\u202e" not in article.text


def test_markup_lookalikes_are_kept_literally(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "a.txt", "[VIDEO] Clip [/b]\n[@click=app.quit]x[/]"))
    assert article.title == "[VIDEO] Clip [/b]"
    assert article.body == "[@click=app.quit]x[/]"


def test_cp1252_file_is_decoded(tmp_path: Path) -> None:
    raw = "Café crème\nLe café de José coûte 5 € — « très cher », dit-il, naïf.".encode("cp1252")
    article = load_article(write(tmp_path / "a.txt", raw))
    assert article.title == "Café crème"
    assert "coûte 5 €" in article.body


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"\x1b[0m\x07\n \n", "no text"),
    ],
)
def test_unreadable_files_raise_article_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    with pytest.raises(ArticleError, match=reason) as info:
        load_article(path)
    assert info.value.path == path
    assert str(path) in str(info.value)


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 10)  # sparse: no real disk use
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)



@pytest.mark.parametrize("told_size", [0, 5])
def test_a_file_longer_than_its_size_says_is_read_whole_up_to_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told_size: int) -> None:
    # As /proc's files say 0, or as a file that grew after it was looked at: the read
    # goes past the size told, and the limit still holds.
    text = "Headline\n\nA body of text that goes on past the size told.\n"
    small = write(tmp_path / "small.txt", text)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"x")
        handle.truncate(MAX_ARTICLE_BYTES + 10)
    real_fstat = os.fstat

    def fstat_telling_less(fd: int) -> os.stat_result:
        info = list(real_fstat(fd))
        info[6] = told_size  # st_size
        return os.stat_result(info)

    monkeypatch.setattr(os, "fstat", fstat_telling_less)
    assert load_article(small).text == text
    with pytest.raises(ArticleError, match="too large"):
        load_article(big)

def test_missing_file_and_folder_raise_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot be read"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_front_matter_gives_title_source_and_date(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Summit ends\nsource: AP\ndate: 2026-11-20\n---\n"
        "# Summit ends\n\nLeaders left on Friday, Nov. 27, 2026. (Reuters)\n"
    )
    article = load_article(write(tmp_path / "a.md", text))
    assert (article.title, article.source, article.date) == (
        "Summit ends", "AP", dt.date(2026, 11, 20))
    assert article.body == "Leaders left on Friday, Nov. 27, 2026."


def test_front_matter_title_keeps_an_unrelated_first_line_in_the_body() -> None:
    text = "---\ntitle: Summit ends\n---\nShort opening line.\nMore text here."
    article = article_from_text(text)
    assert article.title == "Summit ends"
    assert article.body == "Short opening line.\nMore text here."


def test_dateline_date_then_file_date(tmp_path: Path) -> None:
    dated = load_article(write(tmp_path / "a.txt", "SOCCER - WIN\nLONDON 1996-08-30\nText."))
    assert dated.date == dt.date(1996, 8, 30)
    undated = write(tmp_path / "b.txt", "No date\nNothing here says when.")
    stamp = dt.datetime(2020, 5, 17, 12, 0).timestamp()
    os.utime(undated, (stamp, stamp))
    assert load_article(undated).date == dt.date(2020, 5, 17)


def _stamped(path: Path, when: dt.datetime) -> Path:
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


@pytest.mark.parametrize(("name", "date"), [
    ("wire_2016-10-12_summit.txt", dt.date(2016, 10, 12)),
    ("20161012-summit.md", dt.date(2016, 10, 12)),
    ("2016-10-12T0930_summit.txt", dt.date(2016, 10, 12)),
    ("summit.2016_10_12.txt", dt.date(2016, 10, 12)),
    ("2016-13-45_then_2017-01-02.txt", dt.date(2017, 1, 2)),  # the first valid one
])
def test_a_date_in_the_file_name_comes_before_the_text_and_the_file_date(
        tmp_path: Path, name: str, date: dt.date) -> None:
    path = _stamped(write(tmp_path / name, "Summit ends\nOSLO, March 3, 2021 - Talks."),
                    dt.datetime(2020, 5, 17, 12, 0))
    article = load_article(path)
    assert (article.date, article.file_dated, article.date_label) == (
        date, False, date.isoformat())


@pytest.mark.parametrize("name", ["id_120161012001.txt", "2016-1012.txt", "20161312.txt",
                                  "summit.txt"])
def test_no_date_in_a_name_without_one(tmp_path: Path, name: str) -> None:
    path = _stamped(write(tmp_path / name, "Summit ends\nOSLO, March 3, 2021 - Talks."),
                    dt.datetime(2020, 5, 17, 12, 0))
    assert load_article(path).date == dt.date(2021, 3, 3)  # the dateline's, not the file's


def test_front_matter_date_comes_before_the_file_name(tmp_path: Path) -> None:
    text = "---\ndate: 2015-02-03\n---\nSummit ends\nText."
    assert load_article(write(tmp_path / "2016-10-12_a.md", text)).date == dt.date(2015, 2, 3)


def test_the_file_date_is_marked_as_such(tmp_path: Path) -> None:
    path = _stamped(write(tmp_path / "plain.txt", "No date\nNothing here says when."),
                    dt.datetime(2020, 5, 17, 12, 0))
    article = load_article(path)
    assert article.date == dt.date(2020, 5, 17) and article.file_dated
    assert article.date_label == "2020-05-17 (file date)"
    assert not article_from_text("No date\nNothing.").file_dated  # no file: no date


def test_the_full_headline_is_kept_beside_the_cut_title() -> None:
    headline = "Harbour board " + "and the fishing fleet " * 6 + "agree on a new pier"
    article = article_from_text(f"{headline}\n\nBody text.")
    assert len(headline) > 100 and article.title.endswith("…")
    assert article.full_title == headline and article.title[:-1] in headline
    short = article_from_text("Short one\n\nBody.")
    assert short.full_title == short.title == "Short one" and short.headline == ""
    lede = "A " + "long first sentence without a headline " * 4 + "ends here. Then more."
    assert article_from_text(lede).full_title == lede.split(" Then")[0]


def test_empty_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    article = load_article(write(tmp_path / "my-story.txt", "#\n\nBody text."))
    assert article.title == "my-story"


def test_discover_walks_folders_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    a = write(tmp_path / "news" / "b.txt", "B\nb")
    b = write(tmp_path / "news" / "sub" / "a.MD", "A\na")
    write(tmp_path / "news" / "image.png", b"\x89PNG")
    write(tmp_path / "news" / ".hidden.txt", "h\nh")
    write(tmp_path / "news" / ".git" / "c.txt", "c\nc")
    single = write(tmp_path / "single.dat", "given by name")
    found = discover([tmp_path / "news", single, tmp_path / "news" / "b.txt"])
    assert found == [a, b, single]


def test_a_folder_lists_its_files_in_name_order_then_its_subfolders(tmp_path: Path) -> None:
    news = tmp_path / "news"
    d = write(news / "d.txt", "D\nd")
    b = write(news / "b.txt", "B\nb")
    in_c = write(news / "c" / "z.txt", "Z\nz")
    in_a = write(news / "a" / "y.md", "Y\ny")
    in_a_deeper = write(news / "a" / "x" / "w.txt", "W\nw")
    write(news / "a" / "notes.rst", "not an article")
    # Named by itself first, then met again in its folder: listed once, where named.
    assert discover([d, news]) == [d, b, in_a, in_a_deeper, in_c]
    assert discover([news, news / "a", d]) == [b, d, in_a, in_a_deeper, in_c]


@pytest.mark.parametrize("first_names", [1, 3, 8, 40])
def test_a_large_folder_gives_its_first_files_before_it_is_listed_whole_in_the_same_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_names: int) -> None:
    """A folder of many names gives its first article files from a quick look at their
    names (reader.articles.sources.files._first_files), then the rest once listed whole:
    the same files in the same order as a folder listed whole at once."""
    news = tmp_path / "news"
    # Names that sort before, between and after the article files, of every kind the
    # walker skips or descends into: hidden, other files, a folder named like an article.
    for name in ("0-image.png", ".0-hidden.txt", "b-notes.rst", "zz.dat"):
        write(news / name, "not an article")
    write(news / "a-folder.txt" / "inside.txt", "I\ni")
    write(news / "0-sub" / "deep.md", "D\nd")
    for n in (7, 1, 12, 3, 0, 9, 4, 11, 2, 10, 8, 5, 6):
        write(news / f"a{n:02d}.txt", f"T{n}\nt")
        write(news / f"c{n:02d}.MD", f"M{n}\nm")
    from reader.articles.sources import files

    monkeypatch.setattr(files, "QUICK_LOOK_NAMES", 1_000_000)  # every folder listed whole
    whole = discover([news])
    monkeypatch.setattr(files, "QUICK_LOOK_NAMES", 10)
    monkeypatch.setattr(files, "FIRST_NAMES", first_names)
    quick = files._first_files(str(news))
    assert quick is not None
    assert [news / name for name in quick] == whole[:len(quick)]  # its first files
    assert discover([news]) == whole
    assert [p.name for p in whole[:3]] == ["a00.txt", "a01.txt", "a02.txt"]
    assert [p.relative_to(news).as_posix() for p in whole[-3:]] == [
        "c12.MD", "0-sub/deep.md", "a-folder.txt/inside.txt"]


def test_an_empty_folder_is_one_the_walker_finds_nothing_in(tmp_path: Path) -> None:
    layouts = {
        "empty": {},
        "hidden only": {".draft.txt": "D\nd", ".git/c.txt": "C\nc"},
        "other files": {"image.png": "png", "notes.rst": "rst"},
        "deep": {"a/b/c/d.md": "D\nd", "a/readme": "r"},
        "flat": {f"{n:03d}.txt": "T\nt" for n in range(50)},
    }
    folders = []
    for name, files in layouts.items():
        folder = tmp_path / name
        folder.mkdir()
        for relative, text in files.items():
            write(folder / relative, text)
        folders.append(folder)
    looped = tmp_path / "looped"
    (looped / "inner").mkdir(parents=True)
    os.symlink(looped, looped / "inner" / "back")  # a loop, and no article in it
    linked = tmp_path / "linked"
    linked.mkdir()
    os.symlink(tmp_path / "deep", linked / "to-deep")  # an article only through a link
    folders += [looped, linked]
    expected = [folder for folder in folders if not discover([folder])]
    assert [f.name for f in expected] == ["empty", "hidden only", "other files", "looped"]
    assert folders_without_articles(folders) == expected


def test_load_articles_returns_errors_beside_articles(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Good\nbody")
    bad = write(tmp_path / "bad.txt", b"")
    articles, errors = load_articles([tmp_path])
    assert [a.title for a in articles] == ["Good"]
    assert [e.path for e in errors] == [bad]


def test_body_range_is_inside_text() -> None:
    for text in ["x", "(Yonhap)", "Title\n(AP)", "a.\n\n\n", "# \n(AP)"]:
        article = article_from_text(text)
        assert 0 <= article.body_start <= article.body_end <= len(article.text)
