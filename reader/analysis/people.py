"""People: full names with their role, and every later short form of them.

A run of capitalised words is a person's name when something says so: a title or rank
before it ("Maj. Gen.", "Mr.", "President"), a role word ("spokesperson", "striker"), a
known given name or an initial first ("Patrick Ryder", "J. Quell"), an East Asian family
name first ("Park Min-jun"), a frequent surname last ("Imran Wilson"), a reporting verb
after it ("Quellbach said"), or the notation of sports results ("Jane Roe (Canada)", "c Roe
b Doe"). Later, a lone surname or first name of a person already found is a mention of
that person ("Ryder", "Mr. Hale", "Jane"), also in ALL-CAPS headlines ("QUELLBACH").

The passes live apart, on the state of people_state.py: runs (people_runs.py, with the
cues of people_cues.py), short forms (people_short_forms.py), lists (people_lists.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.model import Entity
from reader.analysis.people_runs import RunReader
from reader.analysis.tokens import Token


class _Finder(RunReader):
    """The four passes over one text. (Each pass is a class on the one before it,
    FinderState -> RunCues -> NameLists -> ShortForms -> RunReader: the analyser is
    compiled with mypyc, whose classes have a single base.)"""


def find_people(text: str, tokens: list[Token], claims: list[str | None],
                organizations: list[Entity], countries: list[Entity],
                lower_words: set[str] | None = None,
                capitalised: Sequence[int] | None = None) -> list[Entity]:
    """Every person named in the text; organisations found on the way join `organizations`.

    Country mentions that turn out to be a person's name ("Jordan" of Jane Jordan) are
    taken out of `countries`. `lower_words` are the words the text writes in lower case
    (as `tokenize` collects them); they are found here when not given, as are
    `capitalised`, the indexes of the capitalised tokens (tokens.capitalised_tokens).
    """
    finder = _Finder(text, tokens, claims, organizations, countries, lower_words, capitalised)
    finder.caps_bylines()
    finder.runs()
    finder.short_forms()
    finder.name_lists()
    finder.coordinated_names()
    finder.shared_surnames()
    finder.fold_particle_tails()
    finder.particles_before()
    finder.nicknames()
    finder.known_as()
    finder.merge_shortened()
    return finder.entities()
