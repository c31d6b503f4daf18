"""From sanitised text to an Article: title, body range, source credit, date and id.

Every source (files today, feeds next) turns its text into an Article here, so the
headline, credit and date rules are the same whatever the text came from.
"""

from __future__ import annotations

from reader.articles.metadata import (
    DATE_WINDOW_CHARS,
    TITLE_MAX_CHARS,
    FrontMatter,
    find_date,
    find_dateline_credit,
    find_file_name_date,
    find_headline,
    find_source_credit,
    parse_date,
    parse_front_matter,
    shorten,
)
from reader.articles.sanitise import sanitise_line

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from reader.articles.model import Article

# Characters of the content hash in a content-derived id: with the title's slug in
# front, a clash needs two same-titled articles whose hashes agree here.
ID_HASH_CHARS = 8
SLUG_MAX_CHARS = 60
_SLUG_REPLACEMENTS = [["'", ""], ["’", ""]]


def content_id(title: str, content_hash: str) -> str:
    """The slug of the title plus a short content hash: the id of an article that has no
    location of its own (and the id every article had before ids came from sources)."""
    # save_order keeps the truncated slug a prefix of the title's words; apostrophes
    # vanish ("north-koreas", not "north-korea-s").
    from slugify import slugify  # only for articles without a source's id (start-up time)

    slug = slugify(title, max_length=SLUG_MAX_CHARS, word_boundary=True, save_order=True,
                   replacements=_SLUG_REPLACEMENTS) or "article"
    return f"{slug}-{content_hash[:ID_HASH_CHARS]}"


def text_hash(text: str) -> str:
    """An Article's `content_hash`: the hex SHA-256 of its text as UTF-8."""
    import hashlib  # here: `reader analyze` hashes nothing, and OpenSSL's start is costly

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_from_text(
    text: str, *, path: Path | None = None, file_date: dt.date | None = None,
    article_id: str | None = None,
) -> Article:
    """The Article for already sanitised `text`. `article_id` is the source's stable id
    for it; without one the id is derived from the title and content (`content_id`)."""
    content_hash = text_hash(text)
    front = parse_front_matter(text)
    content_start = front.end if front else 0
    fields = front.fields if front else {}
    title, full_title, body_start = _titles(text, path, front)

    body_end = len(text.rstrip())
    source = sanitise_line(fields.get("source", "")) or None
    credit = find_source_credit(text, body_start, body_end)
    if credit is not None:
        body_end = credit.body_end
        source = source or credit.source
    if source is None:
        source = find_dateline_credit(text, body_start)

    # The article's own date first: its front matter, its file's name, its first lines;
    # only then the file's modification date, which says when the file was copied.
    date = parse_date(fields["date"]) if fields.get("date") else None
    if date is None and path is not None:
        date = find_file_name_date(path.name)
    if date is None:
        date = find_date(text, content_start, content_start + DATE_WINDOW_CHARS)
    file_dated = date is None and file_date is not None
    date = date or file_date

    # Here, not at the top: `reader analyze` reads titles with this module and never
    # makes an Article (the model's dataclass and packing are most of an import).
    from reader.articles.model import Article

    return Article(
        id=article_id or content_id(title, content_hash),
        title=title,
        headline=full_title if full_title != title else "",
        text=text,
        content_hash=content_hash,
        body_start=body_start,
        body_end=max(body_end, body_start),
        source=source,
        date=date,
        file_dated=file_dated,
        path=path,
    )


def article_title(text: str, path: Path | str | None = None) -> str:
    """The `title` that `article_from_text` gives the same text and path, and nothing
    else of the Article (`reader analyze` needs only the title and the text). A str
    path is one that Path() would write as it is (`reader analyze` gives such names
    as they are, without importing pathlib)."""
    return _titles(text, path, parse_front_matter(text))[0]


def path_stem(path: Path | str) -> str:
    """`Path(path).stem` (the file name without its last suffix; "a." and ".profile"
    keep theirs), of a str that Path() would write as it is."""
    if not isinstance(path, str):
        return path.stem
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _titles(text: str, path: Path | str | None, front: FrontMatter | None
            ) -> tuple[str, str, int]:
    """The title (cut for lists), the full headline and where the body starts."""
    content_start = front.end if front else 0
    fields = front.fields if front else {}
    headline = find_headline(text, content_start)
    title, full_title = headline.title, headline.full
    body_start = headline.body_start
    front_full = sanitise_line(fields.get("title", ""))
    front_title = shorten(front_full, TITLE_MAX_CHARS)
    if front_title:
        # The front matter names the title; the first line is left out of the body
        # only when it is a Markdown heading or that same title again.
        if not (headline.marked or _same_words(headline.title, front_title)):
            body_start = _first_content(text, content_start)
        title, full_title = front_title, front_full
    if not title:
        title = full_title = sanitise_line(path_stem(path)) if path else ""
    return title or "Untitled", full_title, body_start


def _first_content(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\n":
        start += 1
    return start


def _same_words(a: str, b: str) -> bool:
    return a.rstrip("…").casefold().split() == b.rstrip("…").casefold().split()
