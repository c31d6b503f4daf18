"""HTML (a feed item's content, a web page's extracted part) to the plain text articles hold.

Paragraphs are kept (one blank line between blocks, a line break for <br>), quotes and
their marks are kept as written, and what is not reading matter is dropped with its
content: scripts, styles, navigation, forms, embedded frames. Character references are
decoded by the standard library's parser, which knows only HTML's own entities, so
nothing here can expand. The result then goes through the sanitiser, as a file's text
does, so the analyser and the reading pane see the same kind of text whatever its origin.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from reader.articles.sanitise import sanitise_line, sanitise_text

# Elements dropped with everything inside them.
_SKIPPED = frozenset({
    "script", "style", "nav", "noscript", "template", "head", "title", "svg", "math",
    "iframe", "object", "embed", "form", "button", "select", "textarea", "footer", "aside",
    "canvas", "audio", "video", "picture", "map",
})
# Elements that end a paragraph before and after them.
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "ul", "ol", "dl", "dt", "dd", "pre", "table", "tr", "figure", "figcaption",
    "hr", "address", "details", "summary", "center", "body", "html", "caption", "tbody",
    "thead", "tfoot",
})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area",
                   "base", "col", "embed", "param", "track"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_TAG_HINT = re.compile(r"<[a-zA-Z/!]|&[#a-zA-Z]")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip: list[str] = []  # the open skipped elements, innermost last
        self._pre = 0

    def _end_paragraph(self) -> None:
        text = "".join(self._current)
        self._current = []
        # Inside <pre> the indentation is the content; elsewhere it is markup layout.
        lines = [line.rstrip(" ") if self._pre else line.strip(" ") for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag in _SKIPPED and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIPPED:
            if tag not in _VOID:
                self._skip.append(tag)
            return
        if tag == "br":
            self._current.append("\n")
        elif tag == "li":
            self._end_paragraph()
            self._current.append("• ")
        elif tag in ("td", "th"):
            self._current.append(" ")
        elif tag in _BLOCKS:
            self._end_paragraph()
            if tag == "pre":
                self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/> and the like: a start without content.
        if not self._skip and tag == "br":
            self._current.append("\n")
        elif not self._skip and tag in _BLOCKS:
            self._end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:
                # Close up to the matching open element (HTML allows sloppy nesting).
                while self._skip and self._skip.pop() != tag:
                    pass
            return
        if tag in _BLOCKS or tag == "li":
            self._end_paragraph()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            self._current.append(data.replace("\r\n", "\n"))
        else:
            self._current.append(_SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._end_paragraph()


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment or page: paragraphs separated by a blank line."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # the stdlib parser's reactions to broken markup
        collector._end_paragraph()
    text = "\n\n".join(collector.paragraphs)
    return sanitise_text(text).strip()


def html_line(value: str) -> str:
    """A title or name given as HTML (tags, character references), as one plain line."""
    if _TAG_HINT.search(value):
        value = html_to_text(value)
    return sanitise_line(value)
