"""Entity ids: "person:patrick-ryder", "country:kp", "organization:state-department"."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# What python-slugify does to a name of plain ASCII with no "&" (an HTML entity) and no
# comma (dropped between digits): lower case, each run of other characters one hyphen.
# Nearly every name is such a name, and the package's import (its entity table, its
# transliteration) is then left out of a process's start.
_NOT_SLUG: Final = compiled(r"[^a-z0-9]+")

# A name with accents ("Émile Zöllner", "Łukasz" aside) is transliterated by
# python-slugify as its NFKD form with these combining marks dropped and these
# apostrophes and dashes as the ASCII ones (its transliteration table, text_unidecode's,
# maps each mark to nothing, each of these to "'" or "-"/"--", every ASCII character to
# itself), after its runs of apostrophes became hyphens; the package and its table (a
# fifth of a process's start, at the first such name) are then not needed.
_MARKS: Final = compiled("[\u0300-\u034e]+")
_ASCII_FORMS: Final = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "–": "-", "—": "-"})
_APOSTROPHES: Final = compiled("[']+")
# What the package changes besides: an HTML entity ("&amp;", "&#38;") and a comma
# between digits ("3,000"). Without a ";" after an "&", and no such comma, neither is
# there.
_NUMBER_COMMA: Final = compiled(r"\d,\d")


def _plain_slug(ascii_name: str) -> str | None:
    """The slug of an ASCII name as python-slugify makes it, or None when the name has
    what the package changes besides (then it is asked)."""
    if "&" in ascii_name and ";" in ascii_name[ascii_name.index("&"):]:
        return None
    bare = ascii_name.replace("'", "")  # (as the package drops them, before the commas)
    if "," in bare and _NUMBER_COMMA.search(bare) is not None:
        return None
    lowered = bare.lower()
    if lowered.replace(" ", "").isalnum():
        # Letters and digits between spaces (most names): the words joined by hyphens
        # are what the substitution makes, for a tenth of its cost.
        return "-".join(lowered.split())
    return _NOT_SLUG.sub("-", lowered).strip("-")


@lru_cache(maxsize=4096)
def entity_id(kind: str, name: str) -> str:
    """The stable id of an entity of `kind` called `name`."""
    return f"{kind}:{slug(name) or 'unnamed'}"


def slug(name: str) -> str:
    """python-slugify's `slugify(name)`, without importing it for plain names and names
    of accented Latin letters."""
    if name.isascii():
        ascii_name: str | None = _APOSTROPHES.sub("-", name) if "'" in name else name
    else:
        decomposed = unicodedata.normalize(
            "NFKD", _APOSTROPHES.sub("-", name) if "'" in name else name)
        ascii_name = _MARKS.sub("", decomposed).translate(_ASCII_FORMS)
        if not ascii_name.isascii():
            ascii_name = None
    found = _plain_slug(ascii_name) if ascii_name is not None else None
    if found is not None:
        return found
    from slugify import slugify

    return slugify(name)
