"""Named entities: people, countries and organisations, with every mention of each.

Three passes over the word tokens:
1. phrase tables (countries.py, lexicon.py): country names, demonyms, capitals and known
   bodies claim their tokens, ambiguous names decided from the words around them;
2. runs of capitalised words (people.py): a person when a title, a role word, a known
   given name, an East Asian family name or a reporting verb says so; an organisation
   when the run ends in a word such as "Department" or "Council";
3. short forms: a lone surname or first name of a person already found, "Mr. Miller",
   "the North" in an article about Korea.
"""

from __future__ import annotations

from reader.analysis import countries as _countries
from reader.analysis import name_cues as _name_cues
from reader.analysis.countries import find_countries
from reader.analysis.data.words import HONORIFICS, TITLE_MODIFIERS
from reader.analysis.model import Entity
from reader.analysis.names import CORE_GIVEN_NAMES
from reader.analysis.organizations import complete_organizations, people_named_as_bodies
from reader.analysis.people import find_people
from reader.analysis.tokens import capitalised_tokens, tokenize

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Lower-case words the finders look at; all other lower-case words are left out of the
# token list.
_KEEP_LOWER: Final = _countries.KEEP_LOWER | _name_cues.KEEP_LOWER

# Words that begin a new list item when run together with the word before ("RoeRep.").
# (One- and two-letter titles such as Burmese "U" are left out: too many words hold them.)
_SPLIT_BEFORE: Final = frozenset(
    w for w in HONORIFICS if w not in TITLE_MODIFIERS and len(w) > 2) | CORE_GIVEN_NAMES


def find_entities(text: str) -> list[Entity]:
    """Every person, country and organisation named in `text`, with all their mentions."""
    lower_words: set[str] = set()
    tokens = tokenize(text, _KEEP_LOWER, _SPLIT_BEFORE, lower_words)
    claims: list[str | None] = [None] * len(tokens)
    capitalised = capitalised_tokens(tokens)
    countries, organizations = find_countries(text, tokens, claims, lower_words, capitalised)
    people = find_people(text, tokens, claims, organizations, countries, lower_words,
                         capitalised)
    complete_organizations(text, tokens, claims, organizations, lower_words)
    people = people_named_as_bodies(text, people, organizations)
    entities = [e for e in people + countries + organizations if e.mentions]
    for entity in entities:
        entity.mentions.sort()
    return entities
