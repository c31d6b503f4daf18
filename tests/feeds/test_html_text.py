"""Item HTML to plain text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.articles.html_text import html_line, html_to_text
from reader.articles.sanitise import sanitise_text


def test_paragraphs_breaks_and_lists() -> None:
    html = ("<h2>Storm &amp; tide</h2><p>Line one<br>line two</p>"
            "<ul><li>first</li><li>second</li></ul><p>  spaced\n   out  </p>")
    assert html_to_text(html) == ("Storm & tide\n\nLine one\nline two\n\n• first\n\n• second"
                                  "\n\nspaced out")


def test_quotes_stay_and_boilerplate_goes() -> None:
    html = ("<nav><a href='/'>Home</a></nav><script>var s = '<p>no</p>';</script>"
            "<style>p { color: red }</style><form><input name=q><button>Go</button></form>"
            "<p>\u201cWe will rebuild,\u201d she said.</p>"
            "<blockquote><p>'Never again,' he wrote.</p></blockquote>"
            "<footer>Copyright</footer><aside>Related</aside><iframe src=x>frame</iframe>")
    assert html_to_text(html) == ("\u201cWe will rebuild,\u201d she said.\n\n"
                                  "'Never again,' he wrote.")


def test_preformatted_text_keeps_its_lines() -> None:
    assert html_to_text("<pre>a  b\n  c</pre>") == "a  b\n  c"


def test_broken_markup_still_gives_text() -> None:
    assert html_to_text("<p>open <b>bold <nav>menu</p> after") == "open bold"
    assert html_to_text("<div><p>one<p>two</div>") == "one\n\ntwo"
    assert html_to_text("text &notanentity; &#0; &#x110000; done") .startswith("text")


def test_markup_like_text_and_escapes() -> None:
    html = "<p>[VIDEO] Clip [/b] \x1b[31mred\x1b[0m &lt;b&gt;</p>"
    assert html_to_text(html) == "[VIDEO] Clip [/b] red <b>"


def test_html_line() -> None:
    assert html_line("A &amp; <i>B</i>\n  C") == "A & B C"
    assert html_line("[@click=app.quit]x") == "[@click=app.quit]x"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_input_gives_sanitised_text(html: str) -> None:
    text = html_to_text(html)
    assert sanitise_text(text) == text
    assert "\x1b" not in text
