"""Credit lines: the lines of a story that name who wrote it or took its pictures.

    By JANE ROE and TOM DOE
    Reporting by Jane Roe; Editing by Tom Doe
    Photo: Jane Roe
    (Photo by Jane Roe/Quell Press)
    JANE ROE, Herald Staff
    Follow Jane Roe on Twitter

The people they name are people of the story's page, never its subjects: no "he" or
"she" of the story refers to them, and none of them said its quotes.
"""

from __future__ import annotations

from reader.analysis.name_cues import CREDIT_LINE
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# A whole line of credit: a credit's words, then names, desks and agencies with no
# sentence's end nor quotation mark ("By Tuesday, Ana Roe had won." is a sentence).
_CREDIT: Final = compiled(
    r"[ \t]*\(?(?:(?:Story|Words|Text|Reporting|Reported|Written|Writing|Editing|Edited"
    r"|Compiled|Additional reporting|Photos?|Photographs?|Pictures?|Images?|Video"
    r"|Produced|Illustrations?|Graphics?) by |By |BY "
    r"|(?:Photo|Photograph|Picture|Image|Credit|Illustration|Graphic)s?: "
    r"|[A-Z]{2,5} Photo/)"
    r"(?:[^\n.!?\"“”]|(?<=[A-Z])\.){0,120}\)?[ \t]*$")
# A credit in brackets after a caption, inside its line: "(Photo by Jane Roe/Quell Press)".
_CREDIT_IN_BRACKETS: Final = compiled(
    r"\((?:[A-Z]{2,5} )?(?:Photo|Photograph|Picture|Image)s?(?: by |/|: )[^()\n]*$")
# "Follow Jane Roe on Twitter": a writer's account.
_FOLLOW: Final = compiled(r"[ \t]*Follow [^\n.!?\"“”]{2,60} on (?:Twitter|X|Instagram|Facebook"
                   r"|Threads|Bluesky|LinkedIn|TikTok|Mastodon)\b[^\n]{0,40}$")


def in_credit_line(text: str, pos: int) -> bool:
    """Whether offset `pos` (a name's start) lies in a credit line of `text`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    if end - start > 160:
        return False  # a paragraph, not a line of credit
    if (_CREDIT.match(text, start, end) is not None
            or _FOLLOW.match(text, start, end) is not None):
        return True
    credit = CREDIT_LINE.match(text, start, end)
    if credit is not None and pos < credit.end():
        return True
    return "(" in text[start:pos] and _CREDIT_IN_BRACKETS.search(text, start, pos) is not None
