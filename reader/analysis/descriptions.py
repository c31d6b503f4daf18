"""Who a description stands for: "the Utah senator" is the senator the article named.

Each person gets a small table of the words that describe them in the article, read
only where the grammar ties them to the name: the title and role run written right
before a mention ("Utah Sen. Ana Vidal", "party nominee Ana Vidal"), an apposition
after one ("Ana Vidal, the former mayor of Lund,"), a party tag ("(D-Ore.)"), a place
("Ana Vidal of Utah") and an age (", 63,"). Words that merely stand near a name ("the
clip shows Vidal") describe nobody.

A description ("the 63-year-old Utah senator") is parsed into its head noun and its
modifiers; it fits a person whose table holds a word for the head and contradicts none
of the modifiers (another party, another age, another place, no "vice" where the
description says one).
"""

from __future__ import annotations

import re

from reader.analysis.cues import word_set
from reader.analysis.data.words import ROLE_NOUNS as JOB_NOUNS
from reader.analysis.model import Entity
from reader.analysis.roles import ROLE_NOUNS
from reader.analysis.speakers import TITLES, is_abbreviation, strip_possessive
from reader.records import Record
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Roles by which a news story names again the person it is about ("the senator", "the
# nominee"); other roles ("the judge", "the spokesman") as often bring in someone new,
# so they stand for the person before only with a word that singles that person out
# ("the 41-year-old lawyer", "Vidal's former aide").
_TOPIC_ROLES: Final = word_set(
    """senator congressman congresswoman representative lawmaker legislator governor
    president nominee candidate mayor secretary minister premier chancellor businessman
    businesswoman billionaire mogul tycoon king queen prince princess pope emperor
    dictator incumbent challenger frontrunner president-elect governor-elect ambassador
    chairman chairwoman speaker mp mep msp mla mpp"""
)
# Words that qualify a role without changing who holds it.
_MODIFIERS: Final = word_set(
    """former current then onetime longtime veteran retired acting interim presidential
    vice deputy assistant associate senior junior first top chief state federal national
    foreign defense defence finance interior justice campaign press party general senate
    house majority minority white executive managing news political communications
    policy security elected outgoing incoming embattled prime external affairs home
    trade"""
)
# Ranks that make another office: "the vice presidential nominee" is not the nominee.
_RANKS: Final = word_set("vice deputy assistant lieutenant")
# Party words, each to its party: "the Oregon Democrat" fits "(D-Ore.)".
_PARTIES: dict[str, str] = {
    **dict.fromkeys(word_set("democrat democratic democrats d dem"), "democratic"),
    **dict.fromkeys(word_set("republican republicans gop r"), "republican"),
    **dict.fromkeys(word_set("independent i"), "independent"),
    **dict.fromkeys(word_set("libertarian"), "libertarian"),
    **dict.fromkeys(word_set("green"), "green"),
}
# Capitalised words in a description that are no place: "the U.S. senator" fits any.
_NO_PLACE: Final = word_set(
    """the u.s u.s. us american federal state national former first new""") | frozenset(
    _PARTIES)
# Capitalised words before a name that open a clause, not a title run.
_STOP_CAPS: Final = word_set(
    """the a an and but or so if when while as at in on of for to by with from after
    before since then this that these those his her their its our my your he she they
    we it i there here what who why how where which meanwhile however also now even
    just only both all many most some several said says told""")
# The words in a person's table that make the person fit each head ("Sen." fits "the
# senator", "Rep." fits "the lawmaker"); a head not listed fits only itself.
ROLE_FITS: dict[str, frozenset[str]] = {
    head: word_set(fits) for head, fits in {
        "senator": "senator sen",
        "congressman": "congressman rep representative",
        "congresswoman": "congresswoman rep representative",
        "representative": "representative rep congressman congresswoman",
        "lawmaker": """lawmaker senator sen rep representative congressman
            congresswoman legislator mp mep msp mla mpp backbencher frontbencher
            assemblyman assemblywoman assemblymember parliamentarian""",
        "legislator": """legislator lawmaker senator sen rep representative mp mep msp
            mla mpp backbencher assemblyman assemblywoman assemblymember
            parliamentarian""",
        "backbencher": "backbencher mp msp mla mpp",
        "councillor": "councillor councilor councilman councilwoman",
        "councilor": "councillor councilor councilman councilwoman",
        "governor": "governor gov",
        "president": "president pres",
        "nominee": "nominee candidate",
        "candidate": "candidate nominee challenger incumbent contender hopeful",
        "spokesman": "spokesman spokesperson",
        "spokeswoman": "spokeswoman spokesperson",
        "spokesperson": "spokesperson spokesman spokeswoman",
        "chief": "chief head leader director secretary-general",
        "premier": "premier prime",
        "challenger": "challenger candidate nominee",
        "head": "head chief leader director",
        "secretary-general": "secretary-general",
        "chairman": "chairman chair",
        "chairwoman": "chairwoman chair",
        "chair": "chair chairman chairwoman chairperson",
        "judge": "judge justice",
        "jurist": "jurist judge justice",
        "prosecutor": "prosecutor attorney",
        "attorney": "attorney lawyer",
        "lawyer": "lawyer attorney",
        "ambassador": "ambassador amb envoy",
        "adviser": "adviser advisor",
        "advisor": "adviser advisor",
        "businessman": "businessman billionaire executive mogul tycoon",
        "businesswoman": "businesswoman billionaire executive mogul tycoon",
        "billionaire": "billionaire businessman businesswoman mogul tycoon",
        "mogul": "mogul billionaire businessman businesswoman tycoon",
        "executive": "executive ceo",
        "ceo": "ceo executive",
        "democrat": "democrat democratic d",
        "republican": "republican gop r",
        "independent": "independent i",
    }.items()
}

_TOKEN: Final = compiled(r"\S+")
_AGE_WORD: Final = compiled(r"(\d{1,3})-year-old")
# After a mention: ", the former mayor of Lund," / ", former secretary of state," /
# ", a Republican from Utah,".
_APPOSITION = compiled(r",\s+(?:(the|a|an)\s+)?([^,;:\n\"“”()]{1,80}?)(?=[,;:\n)]|\.\s|\.$|$)")
_PARTY_TAG: Final = compiled(r" \(([DRI])(?:[-–,]\s?([A-Z][\w.]*))?\)?")
# (Or a full stop: "met the treasurer, Tom Rask, 41. ...")
_AGE_AFTER: Final = compiled(r"(?:, | \()(\d{1,3})(?:[,)]|\.(?=\s|$))")
_PLACE_AFTER: Final = compiled(r" of ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")
# Words that end the head of an apposition: what follows says more about something else
# ("the mayor of Lund", "a friend of the senator").
_HEAD_ENDS: Final = word_set(
    """of for at in from to with on by who whom whose which that and or but since during
    after before""")
_RELATIVES: Final = word_set("who whom whose which that")
# A sentence opening with a role and a comma before a name: "The finance minister, ",
# "Ana Vidal's campaign manager, " (the possessor's own role is not this one); the
# sentence may open after a dateline's dash ("LIMA — Peru's finance minister, "), the
# possessor may be a phrase ("The city council's ", "The UK government's ") and the
# role may be capitalised ("The Treasury Cabinet Secretary, ") and say whose it is ("The
# leader of the dockers' union, ").
_ROLE_BEFORE: Final = compiled(
    r"(?:^|[.?!][\"”’)]*\s+|\n\s*|\s[—–]\s+)(?:The|Its|Their|His|Her|"
    r"(?:(?:The|Its|Their|His|Her)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[\w.-]+['’]s)"
    r"\s+((?:[A-Za-z][\w’'-]*\s+){0,3}[A-Za-z][\w’'-]*"
    r"(?:\s+of(?:\s+[A-Za-z][\w’'-]*){1,4})?),\s$")


def _norm(word: str) -> str:
    return strip_possessive(word.strip(",;:")).rstrip(".").lower()


# Abbreviated titles that name a role: "Sen." holds the office "the senator" names.
_ROLE_ABBREVIATIONS: Final = {"sen": "senator", "rep": "representative", "gov": "governor",
                       "pres": "president", "amb": "ambassador"}


# Records, not named tuples or frozen dataclasses: nothing on the analyser's road
# imports the dataclasses module or typing (reader/records.py says why; a class-based
# named tuple compiled by mypyc is built by typing's NamedTupleMeta), and compiled, a
# record is a native class whose fields are read in C. Neither is changed once made.
class Table(Record):
    """What the article says a person is: every describing word, and the roles among
    them (the nouns that say what the person does: "mayor", "teacher")."""

    __slots__ = ("words", "roles", "places")  # noqa: RUF023

    def __init__(self, words: frozenset[str], roles: frozenset[str],
                 places: frozenset[str] = frozenset()) -> None:
        self.words = words
        self.roles = roles
        # The describing words that were capitalised, where a place can be ("Utah" of
        # "Utah Sen. Ana Vidal"): a place the description names is contradicted only by
        # another place, not by "ranking" of "the committee's ranking Democrat".
        self.places = places


# Both, joined once (the union was made at each "of" read).
_ROLE_OR_TITLE: Final = ROLE_NOUNS | TITLES


def _title_run(text: str, start: int) -> list[str]:
    """The title and role words written right before a mention, nearest last:
    ["utah", "sen"] for "Utah Sen. Ana Vidal", ["former", "secretary", "of", "state"]."""
    chunk = text[max(0, start - 90):start]
    if not chunk.endswith(" ") or chunk.endswith("  "):
        return []
    # (what _TOKEN.findall gives: str.split() parts at the same white space, a native
    # call, where findall was a method call and a search)
    tokens = chunk.split()
    run: list[str] = []
    role = False
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        if len(run) >= 7 or tok[-1] in ",;:!?\"“”)(—–" or tok.endswith(("'s", "’s")):
            break
        if tok.endswith(".") and not is_abbreviation(tok[:-1]):
            break  # a sentence ends here
        low = tok.rstrip(".").lower()
        if low in ROLE_NOUNS or low in TITLES:
            role = True
            run.append(low)
        elif low in _MODIFIERS or _AGE_WORD.fullmatch(low):
            run.append(low)
        elif low == "of" and k >= 1 and tokens[k - 1].rstrip(".").lower() in _ROLE_OR_TITLE:
            run.append(low)  # "Secretary of State Ana Vidal"
        elif tok[:1].isupper() and low not in _STOP_CAPS and not low.isdigit():
            run.append(low)  # a place, party or body: "Utah", "Republican", "NBC"
        else:
            break
    return run[::-1] if role else []


def role_before(text: str, start: int) -> list[str]:
    """The words of a role set off by a comma before a mention that opens its sentence
    with it: ["finance", "minister"] for "The finance minister, Ana Vidal, said"."""
    return _role_before(text, start)[0]


def _role_before(text: str, start: int) -> tuple[list[str], list[str]]:
    """role_before's words, and those of them that were capitalised or name a country
    (where a place can be: "vermont" of "The Vermont senator, Tom Roe,")."""
    if text[start - 2:start] != ", ":
        return [], []
    m = _ROLE_BEFORE.search(text, max(0, start - 120), start)
    if m is None:
        return [], []
    return _role_words(text, m)


def role_set_off(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of a role in lower case set off by a comma before the mention
    text[start:end] inside a sentence, when a comma or the sentence's end closes the
    mention: ["treasurer"] for "met the treasurer, Tom Rask, on Monday" or "...," Roe's
    campaign manager, Tom Rask, said" (not "met the treasurer, Tom Rask and Ana Vidal":
    a list); and those that name a place, as _role_before's."""
    if text[start - 2:start] != ", " or text[end:end + 1] not in (",", ".", ";", ")"):
        return [], []
    m = _ROLE_SET_OFF.search(text, max(0, start - 120), start)
    return ([], []) if m is None else _role_words(text, m)


def _role_words(text: str, m: re.Match[str]) -> tuple[list[str], list[str]]:
    """The role words of a _ROLE_BEFORE or _ROLE_SET_OFF match (none when its head is no
    role), and those of them capitalised or naming a country."""
    tokens = m.group(1).split()
    words = [_norm(w) for w in tokens]
    # (the head is the last word, or the one before "of": "chief of staff")
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    if (head not in ROLE_NOUNS and head not in TITLES and head not in JOB_NOUNS
            and head not in ROLE_FITS):
        return [], []
    capitalised = [w for tok, w in zip(tokens, words, strict=True)
                   if tok[:1].isupper() and w != "the"]
    owner = _POSSESSOR_END.search(text, m.start(), m.start(1))
    if owner is not None and owner.group(1).lower() in _country_words():
        words.append(owner.group(1).lower())  # "India's foreign minister": of India
        capitalised.append(owner.group(1).lower())
    return _ranked(words), capitalised


_POSSESSOR_END: Final = compiled(r"([A-Z][\w.-]*)['’]s\s+$")
# Inside a sentence, the article or the possessor before a role in lower case, and the
# comma that sets it off: "met the treasurer, ", `"...," Roe's campaign manager, `.
_ROLE_SET_OFF: Final = compiled(
    r"(?<=\s)(?:the|his|her|its|their|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.-]*['’]s)"
    r"\s+((?:(?!(?:the|his|her|its|their|a|an)\s)[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*"
    r"(?:\s+of(?:\s+[A-Za-z][\w’'-]*){1,4})?),\s$")
_COUNTRY_WORDS: dict[str, str] = {}


def _country_words() -> dict[str, str]:
    """Each one-word name and demonym of a country, in lower case, to its code
    ("india" and "indian": "IN"), read once from the country table."""
    if not _COUNTRY_WORDS:
        from reader.analysis.data.countries import TABLE

        for line in TABLE.splitlines():
            parts = line.split("|")
            if len(parts) < 3:
                continue
            for name in parts[1].split(";") + parts[2].split(";"):
                if name and " " not in name:
                    _COUNTRY_WORDS.setdefault(name.lower().rstrip("."), parts[0])
    return _COUNTRY_WORDS


def _ranked(words: list[str]) -> list[str]:
    """The words of a role with each role noun that a rank comes before written as one
    ("deputy", "deputy+mayor" for "Deputy Mayor"): a deputy mayor is not "the mayor"."""
    out: list[str] = []
    rank: str | None = None
    for w in words:
        if w in _RANKS:
            rank = w
        elif rank is not None and w in ROLE_NOUNS:
            w = f"{rank}+{w}"
            rank = None
        out.append(w)
    return out


def _apposition(text: str, end: int) -> tuple[list[str], str | None, list[str]]:
    """The describing words of an apposition right after a mention, and its head noun
    (the last word before a preposition: "mayor" of "the former mayor of Lund")."""
    m = _APPOSITION.match(text, end, min(len(text), end + 100))
    if m is None:
        return [], None, []
    determiner = m.group(1)
    tokens = m.group(2).split()
    head: list[str] = []
    rest: list[str] = []
    capitalised: list[str] = []
    in_head = True
    for tok in tokens:
        low = _norm(tok)
        if not low:
            continue
        if in_head and low in _HEAD_ENDS:
            if low in _RELATIVES:
                break
            in_head = False
            continue
        if in_head:
            head.append(low)
            if tok[:1].isupper():
                capitalised.append(low)
        elif tok[:1].isupper() and low not in _STOP_CAPS:
            rest.append(low)  # "the mayor of Lund": the place
            capitalised.append(low)
    if not head:
        return [], None, []
    if determiner is None and not any(w in ROLE_NOUNS or w in TITLES for w in head):
        return [], None, []  # ", Vidal and Marsh", ", once more": no apposition
    if determiner is None and tokens[0][:1].isupper() and not any(
            w in ROLE_NOUNS for w in head):
        return [], None, []
    head = _ranked(head)
    return head + rest, head[-1], capitalised


def describing_words(text: str, ent: Entity, limit: int = 20) -> Table:
    """What `text` says a person is (see the module doc)."""
    found: set[str] = set()
    roles: set[str] = set()
    places: set[str] = set()
    if ent.role:
        role_words = _ranked([_norm(w) for w in ent.role.split()])
        if any(w in ROLE_NOUNS or w in TITLES for w in role_words):
            found.update(w for w in role_words if w)
            places.update(_norm(w) for w in ent.role.split() if w[:1].isupper())
    for start, end in ent.mentions[:limit]:
        run = _ranked(_title_run(text, start))
        found.update(run)
        places.update(run)  # (capitalised but for the modifiers, which no place is)
        before, capitalised = _role_before(text, start)
        if not before:
            before, capitalised = role_set_off(text, start, end)
        found.update(before)
        places.update(capitalised)
        words, head, capitalised = _apposition(text, end)
        found.update(words)
        places.update(capitalised)
        if head is not None:
            roles.add(head)
        m = _PARTY_TAG.match(text, end, min(len(text), end + 14))
        if m is not None:
            found.add(m.group(1).lower())  # "Ana Vidal (D-Ore.)" is "the Democrat"
            if m.group(2):
                found.add(m.group(2).rstrip(".").lower())
                places.add(m.group(2).rstrip(".").lower())
        m = _AGE_AFTER.match(text, end, min(len(text), end + 8))
        if m is not None:
            found.add(f"{m.group(1)}-year-old")  # "Ana Vidal, 24," is "the 24-year-old"
        m = _PLACE_AFTER.match(text, end, min(len(text), end + 40))
        if m is not None:
            found.update(w.rstrip(".").lower() for w in m.group(1).split())
            places.update(w.rstrip(".").lower() for w in m.group(1).split())
    for chamber, ranks, member in _CHAMBER_OFFICES:
        if chamber in found and not ranks.isdisjoint(found):
            found.add(member)  # "Senate Majority Leader Ana Roe" is "the senator"
    for w in found:
        if w in ROLE_NOUNS or "+" in w:
            roles.add(w)
        elif w in _ROLE_ABBREVIATIONS:
            roles.add(_ROLE_ABBREVIATIONS[w])
    return Table(frozenset(found), frozenset(roles), frozenset(places))


# Offices held only by a member of a chamber: the Senate's leaders and whips are
# senators, the House's speaker, leaders and whips are representatives.
_CHAMBER_OFFICES: Final = (
    ("senate", word_set("leader whip pro"), "senator"),
    ("house", word_set("speaker leader whip"), "representative"),
)


class Description(Record):
    """A description's parts, in lower case."""

    __slots__ = ("head", "places", "party", "age", "ranks", "definite",  # noqa: RUF023
                 "possessor_end", "modified", "owner")

    def __init__(self, head: str, places: frozenset[str], party: str | None, age: str | None,
                 ranks: frozenset[str], definite: bool, possessor_end: int | None,
                 modified: bool, owner: str | None = None) -> None:
        self.head = head
        self.places = places  # "utah" of "the Utah senator"
        self.party = party  # "republican"
        self.age = age  # "63-year-old"
        self.ranks = ranks  # "vice" of "the vice presidential nominee"
        self.definite = definite  # "the ..." or "Vidal's ..."
        self.possessor_end = possessor_end  # where "Vidal's" ends in "Vidal's former aide"
        self.modified = modified  # a word besides the article and the head: "the former aide"
        self.owner = owner  # "builders" of "the builders' lawyer" (a common noun's)

    def as_definite(self) -> Description:
        """The same description, definite (a role standing alone as a label)."""
        return Description(self.head, self.places, self.party, self.age, self.ranks, True,
                           self.possessor_end, self.modified, self.owner)

    @property
    def party_head(self) -> str | None:
        """The head when it is a party's member ("the Democrat"), else None."""
        return self.head if self.head in _PARTIES else None

    @property
    def names_topic(self) -> bool:
        """Whether the description can name again the person the text is about: a
        definite role ("the senator", not "the letter"), singled out by a modifier
        unless it is a role stories use for that ("the nominee", "the Utah lawyer")."""
        if not self.definite:
            return False
        if self.head in _TOPIC_ROLES or self.head in _PARTIES or _AGE_WORD.fullmatch(
                self.head):
            return True  # (an age names a person: "the 54-year-old said")
        return self.head in ROLE_NOUNS and self.modified


def parse_description(text: str, start: int, end: int, head: str) -> Description:
    """The parts of the description text[start:end] whose head noun is `head`."""
    places: set[str] = set()
    ranks: set[str] = set()
    age: str | None = None
    possessor_end: int | None = None
    owner: str | None = None
    definite = False
    modified = False
    party = _PARTIES.get(head)  # "the Democrat"
    if _AGE_WORD.fullmatch(head):
        age = head  # "the 41-year-old" is no one known to be 55
    past_head = False
    for k, m in enumerate(_TOKEN.finditer(text, start, end)):
        tok = m.group()
        low = _norm(tok)
        if k == 0 and low == "the":
            definite = True
            continue
        if low == head:
            past_head = True
            continue
        modified = True
        if tok.endswith(("'s", "’s", "s'", "s’")) and past_head:
            continue  # "a spokesman for the party's group": the group's, not the speaker's
        if tok.endswith(("'s", "’s", "s'", "s’")):
            definite = True
            possessor_end = m.end()
            owner = low if tok.islower() else None
            continue
        if low in _PARTIES:
            party = _PARTIES[low]
        elif _AGE_WORD.fullmatch(low):
            age = low
        elif low in _RANKS:
            ranks.add(low)
        elif tok[:1].isupper() and low not in _NO_PLACE and low not in ROLE_NOUNS:
            places.add(low)
    return Description(head, frozenset(places), party, age, frozenset(ranks), definite,
                       possessor_end, modified, owner)


def _parties(words: frozenset[str]) -> set[str]:
    return {_PARTIES[w] for w in words if w in _PARTIES}


def contradicts(desc: Description, table: Table) -> bool:
    """Whether a person described by `words` cannot be `desc`: another party, another
    age, another place, no rank the description names, or not the one whose role the
    possessor tells ("the builders' lawyer" is not "the city's lawyer")."""
    words = table.words
    if desc.owner is not None and desc.owner not in words:
        return True
    if desc.party is not None:
        parties = _parties(words)
        if parties and desc.party not in parties:
            return True
    if desc.age is not None:
        ages = {w for w in words if _AGE_WORD.fullmatch(w)}
        if ages and desc.age not in ages:
            return True
    if desc.ranks and not desc.ranks <= words:
        return True
    if desc.places:
        known = {w for w in table.places if w not in ROLE_NOUNS and w not in TITLES
                 and w not in _MODIFIERS and w not in _PARTIES and w != "of"
                 and not _AGE_WORD.fullmatch(w)}
        if known and not any(_same_place(a, b) for a in desc.places for b in known):
            return True
    return False


def _same_place(word: str, known: str) -> bool:
    """"oregon" and "ore", "vermont" and "vt": a place and its short form (the letters
    of the short form in order, from the same first letter)."""
    if word == known:
        return True
    countries = _country_words()
    if word in countries and countries.get(known) == countries[word]:
        return True  # "british" and "britain", "peruvian" and "peru"
    short, full = (known, word) if len(known) < len(word) else (word, known)
    short = short.replace(".", "")
    if len(short) > 5 or not short or short[0] != full[0]:
        return False
    at = 0
    for ch in short:
        at = full.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _wanted(desc: Description, words: frozenset[str]) -> frozenset[str]:
    """The words that make a person fit the description's head."""
    wanted = ROLE_FITS.get(desc.head) or frozenset({desc.head})
    if desc.ranks:
        # "the deputy mayor" fits one the article called "Deputy Mayor".
        wanted = wanted | {f"{rank}+{w}" for rank in desc.ranks for w in wanted}
    if desc.head in _PARTIES:
        wanted = wanted | {w for w in words if _PARTIES.get(w) == _PARTIES[desc.head]}
    if desc.head == "leader" and desc.places:
        wanted = wanted | _HEADS_OF_STATE  # "the Peruvian leader": its president
    return wanted


# The offices that make one "the <country's> leader".
_HEADS_OF_STATE: Final = word_set(
    "president premier prime chancellor king queen emir sultan monarch taoiseach")


def names_place(desc: Description, table: Table) -> bool:
    """Whether the person's table holds each place the description names ("the Utah
    senator" and "Sen. Ana Vidal of Utah")."""
    return bool(desc.places) and all(any(_same_place(p, w) for w in table.words)
                                     for p in desc.places)


def fits(desc: Description, table: Table) -> bool:
    """Whether a person described by `table` is one the description names."""
    wanted = _wanted(desc, table.words)
    return bool(wanted & table.words or _compound_of(wanted, table.words)) and not (
        contradicts(desc, table))


def _compound_of(wanted: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a describing word is a compound of a wanted head: "the teacher" for one
    called "a schoolteacher", "the farmer" for "a dairy-farmer" (heads of five letters
    or more, after three letters at least: not "man" in "chairman")."""
    return any(len(w) >= len(h) + 3 and w.endswith(h) and w[:-len(h)].rstrip("-").isalpha()
               for h in wanted if len(h) >= 5 for w in words)


def known_as_other(desc: Description, table: Table) -> bool:
    """Whether the article says the person is something the head is not: one known
    only as a teacher is not "the mayor"."""
    if not table.roles or desc.head not in ROLE_NOUNS:
        return False  # an age or a party is no role: "the 54-year-old", "the Democrat"
    return not (_wanted(desc, table.roles) & table.roles)
