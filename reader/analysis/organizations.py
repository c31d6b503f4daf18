"""Organisations named by a run of capitalised words ending in a word such as "Department",
"Council" or "Party", with the "of X" after it ("Ministry of Defence") and a known body
right before it ("U.N. Fisheries Council"). Known bodies and news agencies themselves come
from the phrase tables (lexicon.py).
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.compile_marks import mypyc_attr
from reader.analysis.data.words import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    NEVER_NAME,
    NOT_FIRST,
    ORG_HEADS,
    TITLE_MODIFIERS,
    TRADE_HEADS,
)
from reader.analysis.model import Entity
from reader.analysis.name_cues import joined
from reader.analysis.names import CITIES, GIVEN_NAMES, SURNAMES, WORLD_SURNAMES
from reader.analysis.slugs import entity_id
from reader.analysis.text_at import ends_at, starts_at
from reader.analysis.tokens import Token
from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Head words that alone name no body in particular ("Police said", "the Union called a
# strike", "the Cabinet met"): only with a name of their own are they one.
_GENERIC_HEADS: Final = frozenset("""
Police Union Cabinet Court Group Committee Council Commission Government Army Navy
Ministry Department Agency Office Bureau Service Company Bank Fund Board Party Club
Campaign Coalition Alliance Movement Front Network Unit Units Squad Tribunal Authority
Association Foundation Institute League Federation School University College Embassy
Consulate Corps Brigade Battalion Regiment Division Command Force Forces Guard Guards
Administration Assembly Center Centre Society Trust Organisation Organization
Corporation Holdings Media Partners Caucus Directorate Secretariat Services Press Forum
FC AFC Mission Hospital Hospitals Clinic Infirmary Confederation Community Academy Polytechnic
Consortium Syndicate Cartel Constabulary Gendarmerie Inspectorate Conservatory Orchestra
Brotherhood
""".split()) | TRADE_HEADS  # noqa: SIM905  (a word list reads best as a block)
# A newspaper's last word, by which it is named again: "the Elston Post ... the Post".
_PAPER_HEADS: Final = frozenset("""
Post Times Journal Herald Tribune Guardian Telegraph Observer Mirror Chronicle Courier
Examiner Inquirer Monitor Globe Gazette Ledger Dispatch Bulletin Standard Independent
""".split())  # noqa: SIM905  (a word list reads best as a block)
# Last words of an event's name, which no body's name ends in: "the Elston Clay Court Open",
# "the Quell Club Championship", "the Marbeck Motor Club Rally".
_EVENT_WORDS: Final = frozenset("""
Open Cup Championship Championships Games Trophy Classic Masters Marathon Rally Tournament
Prix Series Festival Awards Derby Stakes Slam Invitational
""".split())  # noqa: SIM905  (a word list reads best as a block)
# Heads of parties and blocs, which "of" may follow with their leader's name: "the Coastal
# Alliance of Ana Quell won 19 seats".
_LEADER_HEADS: Final = frozenset({"Party", "Alliance", "Movement", "Front", "Bloc", "Coalition",
                           "List", "Rally", "Union", "League", "Platform"})
# Heads after which "to" goes on with the body's name: "Committee to Protect Reporters".
_TO_HEADS: Final = frozenset({"Committee", "Campaign", "Coalition", "Movement", "Alliance",
                       "Fund", "Foundation", "Society", "Council", "Center", "Centre"})
# " for " or " on " right after a body's head, before a capitalised word ("Council on
# Foreign Relations", "Office for the Coordination of ..."): the tokenizer keeps neither
# word (but keeps "the").
_FOR_ON: Final = compiled(r" (?:for|on) (?:the )?(?=[^\W\d_])")


# Last words of a club's name that are also places' ("City", "United"), and what says a
# club plays: a result before or after its name ("beat Quell City 2-1", "Marbeck United
# drew 0-0").
_CLUB_WORDS: Final = frozenset({"United", "City", "County", "Town", "Athletic", "Rovers",
                         "Wanderers", "Albion", "Rangers", "Olympic", "Club"})
# First words of clubs' names that are no word of English nor a given name: a club's name
# wherever it stands ("Spartak Quell signed a striker"); people_runs reads them so.
CLUB_ONLY_FIRST_WORDS: Final = frozenset({
    "Atlético", "Atletico", "Deportivo", "Olympique", "Olympiakos", "Dynamo", "Dinamo",
    "Lokomotiv", "Spartak", "Clube", "Esporte", "Independiente", "Hapoel", "Maccabi",
    "Beitar", "Slavia", "FC", "SC", "CF", "CD", "SV", "VfB", "VfL", "Sporting",
})
# First words of clubs' names in many languages: "Atlético Quellby", "Dynamo Marbeck";
# those past the club-only ones are also words or names ("Real", "Union", "Al").
CLUB_FIRST_WORDS: Final = CLUB_ONLY_FIRST_WORDS | frozenset({
    "Real", "Racing", "Club", "Unión", "Union", "Athletic", "Rapid", "Sparta", "Al", "AC", "AS",
})
_MATCH_AFTER: Final = compiled(r" (?:beat|drew|lost|won|defeated|thrashed|edged|\d{1,3}-\d{1,3}\b"
                        # a line of results or a table's row: "Quell City 2 Marbeck 1",
                        # "... 2 (Roe 12)", "Quell City 10 7 2 1 20 8 23"
                        r"|\d{1,3}(?: \(| [A-Z]|[ \t]*(?:\n|$)| \d{1,3} \d{1,3} \d{1,3}))")
# Last words of a place's name that only clubs end in (no town is "Quell Wanderers").
CLUB_ONLY_WORDS: Final = frozenset({"United", "Wanderers", "Rovers", "Albion", "Athletic"})
_MATCH_BEFORE: Final = compiled(r"(?:beat|drew with|lost to|defeated|thrashed|edged|against) $")


def plays_a_match(text: str, start: int, end: int, last: str | None) -> bool:
    """True when text[start:end], ending in a club's word such as "United" (`last`; None
    for a place's name), is a club playing a match ("Marbeck United beat ...", "... lost
    to Quell City 1-0"); a name ending in a word only clubs end in ("Marbeck United",
    "Quell Wanderers") is one wherever it stands ("Marbeck United signed a defender")."""
    if last in CLUB_ONLY_WORDS:
        return True
    return (last is None or last in _CLUB_WORDS) and (
        _MATCH_AFTER.match(text, end) is not None
        or _MATCH_BEFORE.search(text, max(0, start - 10), start) is not None)


def possessive_tail(text: str, tokens: list[Token], claims: list[str | None], end: int) -> int:
    """The end of a company's or club's name that goes on after "'s" with capitalised
    words ("Quell's Old Boys"), or `end` when none follow ("Quellbor's profit")."""
    n = len(tokens)
    if (end + 1 >= n or tokens[end].text != "s"
            or not starts_at(text, ("'s ", "\u2019s "), tokens[end - 1].end)):
        return end
    k = end + 1
    while (k < n and tokens[k].cap and claims[k] is None and not tokens[k].caps_line
           and tokens[k].text not in NEVER_NAME and tokens[k].text not in HONORIFICS
           and tokens[k].text not in GIVEN_NAMES and joined(text, tokens[k - 1], tokens[k])):
        k += 1
    return k if k > end + 1 else end


def _continued_at(text: str, tokens: list[Token], claims: list[str | None],
                  j: int) -> int | None:
    """The token that goes on with a body's name ending at token j-1 after "of", "for",
    "on" or "to" ("Ministry of Defence", "Court of Arbitration for Sport"), or None."""
    n = len(tokens)
    last, tok = tokens[j - 1], tokens[j]
    if tok.text == "of" or (tok.text == "to" and last.text in _TO_HEADS):
        if j + 1 >= n or not joined(text, last, tok) or not joined(text, tok, tokens[j + 1]):
            return None
        nxt = j + 1
        if tok.text == "to" and (tokens[nxt].text in ORG_HEADS or claims[nxt] is not None):
            return None  # "sent by the Council to Parliament"
        if (tok.text == "of" and tokens[nxt].text == "the" and nxt + 1 < n
                and tokens[nxt + 1].cap and joined(text, tokens[nxt], tokens[nxt + 1])
                and claims[nxt + 1] in (None, "organization")):
            nxt += 1  # "Committee of the Red Cross", "Union of the Democratic Left"
    else:
        m = _FOR_ON.match(text, last.end)
        if m is None:
            return None
        if tok.start == m.end():
            nxt = j
        elif tok.text == "the" and j + 1 < n and tokens[j + 1].start == m.end():
            nxt = j + 1  # "the Society for the Protection of ..."
        else:
            return None
    after = tokens[nxt]
    if claims[nxt] == "country" and not (
            nxt + 1 < n and tokens[nxt + 1].cap and joined(text, after, tokens[nxt + 1])):
        # "Karlsruhe of Ruritania": the country keeps its mention (but "the Center for
        # Ruritanian Progress" goes on past it)
        return None
    if not after.cap or after.text in NEVER_NAME or (
            tok.text != "of" and after.text in GIVEN_NAMES):
        return None  # "the Committee on Monday", "the Fund for Jane Roe"
    if (last.text in _LEADER_HEADS and after.text in GIVEN_NAMES and nxt + 1 < n
            and tokens[nxt + 1].cap and joined(text, after, tokens[nxt + 1])
            and tokens[nxt + 1].text not in ORG_HEADS):
        return None  # "the Coastal Alliance of Ana Quell": the party's leader, not its name
    return nxt


def _and_more(text: str, tokens: list[Token], claims: list[str | None], j: int) -> int:
    """The number of capitalised words (one or two) after "and" at token j that end an "of"
    chain ("... of Trade and Industry", "... of Foreign Affairs and International
    Cooperation", "... of Health and Human Services"); 0 for a second body or a person
    ("... of Defence and Jane Roe", "... of Defence and the Bank of ...")."""
    if tokens[j].text != "and" or not joined(text, tokens[j - 1], tokens[j]):
        return 0
    n = len(tokens)
    count = 0
    k = j + 1
    while k < n and count < 3:
        word = tokens[k]
        if (not word.cap or claims[k] is not None or not joined(text, tokens[k - 1], word)
                or word.text in NEVER_NAME or word.text in GIVEN_NAMES):
            break
        count += 1
        k += 1
    if count == 0 or count > 2:
        return 0  # (three capitalised words go on with another name)
    first = tokens[j + 1].text
    if first in ORG_HEADS or (count == 1 and _name_word(first)):
        return 0
    last = tokens[j + 2].text if count == 2 else ""
    if count == 2 and (last in HONORIFICS or (
            (_name_word(first) or _name_word(last)) and last not in ORG_HEADS)):
        return 0  # ("... and Roe Quell": a person; but "... and Human Services")
    return count


def _describes(word: str) -> bool:
    """A compound that describes what follows: "Elston-based", "state-owned"."""
    return "-" in word and word.rsplit("-", 1)[1] in _DESCRIPTIVE_ENDS


_DESCRIPTIVE_ENDS: Final = frozenset({"based", "listed", "owned", "run", "backed", "controlled",
                               "registered", "led", "funded", "born"})


def _and_one_before(text: str, tokens: list[Token], claims: list[str | None], i: int) -> bool:
    """True when one capitalised word and "and" come right before token i, the first word
    of a body's name ("Energy and Mines Ministry"): not a person or a second body."""
    word, conj = tokens[i - 2], tokens[i - 1]
    return (word.cap and (claims[i - 2] is None
                          or (claims[i - 2] == "other" and word.text in _GENERIC_HEADS))
            and joined(text, word, conj)
            and joined(text, conj, tokens[i]) and word.text not in NEVER_NAME
            and (word.text not in ORG_HEADS or word.text in TRADE_HEADS)  # ("Energy and ...")
            and (not _name_word(word.text) or (
                # a surname that is a common noun too, after "the": "the Coffee and Cocoa
                # Board" (no one is "the Roe"); a given name never ("Jane and ...")
                i > 2 and tokens[i - 3].text in ("the", "The") and word.text not in GIVEN_NAMES
                and joined(text, tokens[i - 3], word)))
            and not (i > 2 and tokens[i - 3].cap and tokens[i - 3].text not in NEVER_NAME
                     # (a country's name or demonym opens the body's: "the Elstonian
                     # Energy and Mines Ministry")
                     and claims[i - 3] != "country"
                     and not _opens_after_the(text, tokens, claims, i - 3)
                     and joined(text, tokens[i - 3], word)))


def _opens_after_the(text: str, tokens: list[Token], claims: list[str | None], k: int) -> bool:
    """True when token k, right after "the", is a word that opens a body's name before
    "X and Y <head>" ("the Independent Electoral and Boundaries Commission"): no name
    word, title or word that begins no name, claimed by nothing."""
    word = tokens[k]
    return (k > 0 and tokens[k - 1].text in ("the", "The") and word.cap and claims[k] is None
            and not word.caps_line and word.text not in NEVER_NAME
            and word.text not in HONORIFICS and not _name_word(word.text)
            and joined(text, tokens[k - 1], word) and joined(text, word, tokens[k + 1]))


_SAINTS: Final = frozenset({"St.", "St", "Saint", "Ste.", "Sankt"})


def _saint_before(text: str, tokens: list[Token], claims: list[str | None], i: int) -> int:
    """The first token of a body named after a saint ("St. Quell's Hospital", "Saint
    Marbeck's College": a saint's possessive, then the body's words from token i), or i
    when the words before are no saint's possessive."""
    saint, name, mark = tokens[i - 3], tokens[i - 2], tokens[i - 1]
    if (name.cap and claims[i - 2] is None and claims[i - 3] is None
            and text[name.end:mark.end] in ("'s", "\u2019s") and mark.end + 1 == tokens[i].start
            and joined(text, saint, name)):
        return i - 3
    return i


def _titles_a_name(text: str, tokens: list[Token], k: int) -> bool:
    """True when token k opens a title before a person's name ("Bank of Ruritania
    Governor Jane Roe"): the body's name ends before it."""
    m = k
    while m < len(tokens) and (tokens[m].text in HONORIFICS or tokens[m].text in TITLE_MODIFIERS):
        m += 1
    if m == k or m >= len(tokens) or not joined(text, tokens[m - 1], tokens[m]):
        return False
    if _name_word(tokens[m].text):
        return True
    # A given name no table holds, then a known surname: "Governor Yasuko Tarrant"
    return (m + 1 < len(tokens) and tokens[m].cap and joined(text, tokens[m], tokens[m + 1])
            and _name_word(tokens[m + 1].text))


def _name_word(word: str) -> bool:
    return word in GIVEN_NAMES or word in WORLD_SURNAMES or word in SURNAMES


class OrganizationBook:
    """The organisations of one text, looked up by name and by where a mention ends."""

    def __init__(self, organizations: list[Entity],
                 countries: list[Entity] | None = None) -> None:
        self.organizations = organizations
        self.countries = countries or []
        self.by_name: dict[str, Entity] = {org.name: org for org in organizations}
        self.ending_at: dict[int, tuple[Entity, tuple[int, int]]] = {
            m[1]: (org, m) for org in organizations for m in org.mentions}

    def words(self) -> set[str]:
        """Every word of every organisation's name."""
        return {w for org in self.organizations for w in org.name.split()}

    def add_run(self, text: str, tokens: list[Token], claims: list[str | None],
                i: int, j: int) -> None:
        """Tokens i..j-1 name an organisation; claims them (and an "of X" after them)."""
        n = len(tokens)
        head = tokens[j - 1].text  # (the head word, before an "of" chain goes on)
        chained = False
        while j < n:
            nxt = _continued_at(text, tokens, claims, j)
            if nxt is None:
                break
            chained = True
            j = nxt + 1
            while (j < n and tokens[j].cap and joined(text, tokens[j - 1], tokens[j])
                   and not _titles_a_name(text, tokens, j)):
                j += 1
        if chained and j + 1 < n and (more := _and_more(text, tokens, claims, j)):
            j += 1 + more  # "Ministry of Foreign Affairs and Trade", "... of Trade and Industry"
        if j < n and starts_at(text, " & ", tokens[j - 1].end) and tokens[j].cap and (
                claims[j] is None and tokens[j].start == tokens[j - 1].end + 3):
            j += 1  # "the brewer Quell & Marsh", "Quell & Marsh Ltd": the partners' firm
            while (j < n and tokens[j].cap and claims[j] is None
                   and joined(text, tokens[j - 1], tokens[j])):
                j += 1
        while i < j - 1 and tokens[i].text in NEVER_NAME:
            i += 1  # "The Ruritanian Foreign Ministry" is named without its article
        while (i > 0 and tokens[i - 1].text in CLUB_FIRST_WORDS and claims[i - 1] is None
               and not tokens[i - 1].caps_line and joined(text, tokens[i - 1], tokens[i])):
            i -= 1  # "Sporting Quellby", "Real Marbeck": a club's first word opens the name
        if i < j - 1 and _describes(tokens[i].text):
            i += 1  # "Elston-based Quell Holdings": without what describes it
        if i > 2 and tokens[i - 1].text == "s" and tokens[i - 3].text in _SAINTS:
            i = _saint_before(text, tokens, claims, i)  # "St. Quell's Hospital"
        if (i > 1 and tokens[i - 1].text == "and" and j - i >= 2 and head in ORG_HEADS
                and _and_one_before(text, tokens, claims, i)):
            i -= 2  # "the Energy and Mines Ministry", "the Science and Technology Department"
            if _opens_after_the(text, tokens, claims, i - 1):
                i -= 1  # "the Independent Electoral and Boundaries Commission"
        while (j < n and claims[j] == "organization" and joined(text, tokens[j - 1], tokens[j])
               and self._absorb_known(tokens[j].start)):
            j += 1  # "the Trades Union Congress": a known body's word ends the longer name
        if (j - i == 1 and tokens[i].text in _GENERIC_HEADS
                and (i == 0 or claims[i - 1] != "organization")
                and not (tokens[i].text in TRADE_HEADS and i > 0 and claims[i - 1] == "other"
                         and joined(text, tokens[i - 1], tokens[i]))):
            # ("Ruritania Airways": the country's name, claimed, goes on with the trade)
            claims[i] = "other"  # "Police said", "the Cabinet met": no body in particular
            return
        if tokens[j - 1].key in _EVENT_WORDS:
            for m in range(i, j):  # "the Elston Clay Court Open": an event, not a body
                if claims[m] is None:
                    claims[m] = "other"
            return
        while i > 0 and claims[i - 1] == "other" and joined(text, tokens[i - 1], tokens[i]):
            i -= 1  # a place that is part of the name: "the Elston Standard"
        start = tokens[i].start
        first = i  # the first token of the mention
        if i > 0 and claims[i - 1] == "organization" and joined(text, tokens[i - 1], tokens[i]):
            found = self.ending_at.pop(tokens[i - 1].end, None)
            if found is not None:
                known, mention = found
                known.mentions.remove(mention)
                start = mention[0]
                while first > 0 and tokens[first - 1].start >= start:
                    first -= 1
        # "the Russian Foreign Ministry", "the U.S. Fisheries Department": the body is
        # named with its country, which keeps its own mention (mentions never overlap)
        named_from = first
        while (named_from > 0 and claims[named_from - 1] == "country"
               and joined(text, tokens[named_from - 1], tokens[named_from])):
            named_from -= 1
        end = tokens[j - 1].end
        if starts_at(text, " plc", end) and not text[end + 4:end + 5].isalnum():
            end += 4  # "Quell Holdings plc": the legal form in lower case (no token)
        for m in range(i, j):
            if claims[m] is None:
                claims[m] = "organization"
            # A known body inside the longer name ("the Board of the Example Union") is
            # part of it now, not a second, overlapping mention.
            inner = self.ending_at.get(tokens[m].end)
            if inner is not None and inner[1][0] >= start and inner[1] != (start, end):
                del self.ending_at[tokens[m].end]
                inner[0].mentions.remove(inner[1])
        if any(claims[m] == "country" for m in range(first, j)):
            # "the Center for Ruritanian Progress": the demonym is part of the name now,
            # not a mention of its own (mentions never overlap)
            for country in self.countries:
                country.mentions[:] = [c for c in country.mentions
                                       if c[1] <= start or c[0] >= end]
        name_start = tokens[named_from].start if named_from < first else start
        self.add(" ".join(text[name_start:end].split()), (start, end))

    def _absorb_known(self, start: int) -> bool:
        """Drops the mention of a known body that starts at `start` (a longer name takes
        it in); False when none does."""
        for org in self.organizations:
            for mention in org.mentions:
                if mention[0] == start:
                    org.mentions.remove(mention)
                    self.ending_at.pop(mention[1], None)
                    return True
        return False

    def add(self, name: str, span: tuple[int, int]) -> None:
        org = self.by_name.get(name)
        if org is None:
            org = Entity(id=entity_id("organization", name), kind="organization", name=name)
            self.organizations.append(org)
            self.by_name[name] = org
        org.mentions.append(span)
        self.ending_at[span[1]] = (org, span)


# Plural nouns whose possessive goes on with a body's name: "the People's Party", "the
# Workers' Party of Ruritania", "the Christian Social People's Union". (A person's
# possessive does not: "Roe's Party" is her party, not its name.) They are phrases of the
# lexicon (kind "possessor"), so the country finder's one walk over the tokens finds them.
COLLECTIVE_POSSESSORS: Final = (
    "People", "Peoples", "Workers", "Women", "Children", "Farmers", "Citizens", "Nations",
    "Veterans", "Teachers", "Peasants", "Pensioners", "Soldiers", "Students", "Employers",
    "Traders", "Taxpayers", "Consumers", "Patients", "Nurses", "Doctors", "Journalists",
    "Writers", "Fishermen", "Miners", "Mothers", "Youth",
    "Lawyers", "Engineers", "Drivers", "Pilots", "Seafarers", "Dockers", "Builders",
    "Bankers", "Publishers", "Producers", "Growers", "Manufacturers", "Exporters",
    "Importers", "Retailers", "Shippers", "Officers", "Artists", "Musicians", "Actors",
    "Players", "Parents", "Residents", "Tenants", "Owners", "Shareholders", "Investors",
    "Depositors", "Victims", "Survivors", "Prisoners", "Refugees", "Migrants", "Elders",
    "Judges", "Magistrates", "Prosecutors", "Firefighters", "Midwives", "Pharmacists",
    "Dentists", "Surgeons", "Physicians", "Scientists", "Professors", "Lecturers", "Editors",
    "Reporters", "Broadcasters", "Photographers", "Bakers", "Brewers", "Printers",
    "Electricians", "Truckers", "Hauliers", "Landowners", "Ranchers", "Herders", "Employees",
    "Accountants", "Architects", "Officials", "Servants", "Dockworkers", "Railwaymen",
    # An officer's possessive names the office: "the Public Defender's Office", "the
    # Attorney General's Office", "the Prime Minister's Office".
    "Defender", "Prosecutor", "Ombudsman", "Comptroller", "Auditor", "Coroner",
    "Registrar", "Sheriff", "General", "Minister",
)
_POSSESSIVE_MARKS: Final = ("'s ", "\u2019s ")
_PLURAL_MARKS: Final = ("' ", "\u2019 ")


def possessive_bodies(text: str, tokens: list[Token], claims: list[str | None],
                      organizations: list[Entity], found: list[int]) -> None:
    """Organisations whose name holds a plural noun's possessive ("the Ruritanian People's
    Party", "the Workers' Party of Elstonia"), from the tokens `found` of such nouns: the
    people finder would stop at the apostrophe and read "Ruritanian People" as a name."""
    book = OrganizationBook(organizations)
    n = len(tokens)
    for k in found:
        tok = tokens[k]
        if claims[k] is not None or tok.caps_line:
            continue
        if starts_at(text, _POSSESSIVE_MARKS, tok.end):
            j = k + 2 if k + 1 < n and tokens[k + 1].text == "s" else k + 1
        elif tok.text.endswith("s") and starts_at(text, _PLURAL_MARKS, tok.end):
            j = k + 1
        else:
            continue
        if j >= n or tokens[j].start != text.find(" ", tok.end) + 1:
            continue
        # the capitalised words after the possessive, up to a body's head word
        end = None
        m = j
        while (m < n and m < j + 4 and tokens[m].cap and claims[m] is None
               and tokens[m].text not in NEVER_NAME
               and (m == j or joined(text, tokens[m - 1], tokens[m]))):
            if tokens[m].text in ORG_HEADS:
                end = m + 1
            m += 1
        if end is None:
            continue
        i = k
        while (i > 0 and claims[i - 1] is None and tokens[i - 1].cap
               and tokens[i - 1].text not in NEVER_NAME and joined(text, tokens[i - 1], tokens[i])
               and text[tokens[i - 1].end - 2:tokens[i - 1].end] not in ("'s", "\u2019s")):
            i -= 1
        book.add_run(text, tokens, claims, i, end)


# Small words inside a body's name in other languages: "Ministério da Saúde", "Parti de la
# Justice Sociale", "Frente para la Victoria".
_CONNECTORS: Final = frozenset("""
de del des du dos das da do di della delle degli dei per pour al el la le les y e et und
für van voor para por en i
""".split())  # noqa: SIM905  (a word list reads best as a block)


def _connector_gap(gap: str) -> bool:
    """True for what may lie between two capitalised words of such a name: one space, or
    one or two connecting words ("de la")."""
    if gap in (" ", "\u00a0"):
        return True
    words = gap.split()
    return (gap[:1] == " " and gap[-1:] == " " and 0 < len(words) <= 2
            and all(w in _CONNECTORS for w in words))


def _with_connectors(text: str, tokens: list[Token], claims: list[str | None],
                     j: int) -> int:
    """The end of a name that goes on after token j-1 with small words of another language
    and capitalised words ("Independiente del Valle", "Quell de Marbeck"); j when it does
    not."""
    last = j - 1
    m = j
    n = len(tokens)
    while m < n and m <= j + 6:
        tok = tokens[m]
        if not tok.cap and tok.text in _CONNECTORS:
            m += 1
            continue
        gap = text[tokens[last].end:tok.start]
        if (gap == " " or not tok.cap or tok.caps_line or claims[m] not in (None, "other")
                or tok.text in NEVER_NAME or not _connector_gap(gap)):
            break  # (one space: _free_run has read those words)
        last = m
        m += 1
        while (m < n and tokens[m].cap and claims[m] in (None, "other")
               and joined(text, tokens[m - 1], tokens[m])):
            last = m
            m += 1
    return last + 1


# What a body's name in French, Italian, Spanish or Portuguese may go on with in lower
# case after its head word: an adjective of a body ("nationale", "constitutionnel",
# "costituzionale", "federal") or "des"/"de" and a noun ("des comptes", "de cassation"),
# before a word's end that is no capital's ("the Conseil said" names none).
_LOWER_TAIL: Final = compiled(
    r" (?:(?:des|de|dei|degli|delle|del|dos|das|do|da) [a-zà-ÿ]{4,}"
    r"|[a-zà-ÿ]{3,}(?:ale|ali|elle|el|al|aire|ique|ico|ica|ivo|iva|ière|ier|ême|ema|emo))"
    r"(?![\w'’-])")


def foreign_bodies(text: str, tokens: list[Token], claims: list[str | None],
                   organizations: list[Entity], heads: list[int]) -> None:
    """Bodies named in another language by their first word, from the tokens `heads` of
    such words ("Partido Renovación Nacional", "Ministério da Saúde"): the capitalised
    words after the head, with the small words between them, are the name (the people
    finder would read "Renovación Nacional" as a person's)."""
    book: OrganizationBook | None = None
    n = len(tokens)
    for k in heads:
        if claims[k] is not None or tokens[k].caps_line:
            continue
        last = k
        m = k + 1
        while m < n and m <= k + 8:
            tok = tokens[m]
            if not tok.cap and tok.text in _CONNECTORS:
                m += 1  # ("de" or "la" kept as a token)
                continue
            if (not tok.cap or tok.caps_line or claims[m] not in (None, "other")
                    or tok.text in NEVER_NAME
                    or not _connector_gap(text[tokens[last].end:tok.start])):
                # (a place may end the name: "Partido Liberal de Quellmar")
                break
            last = m
            m += 1
        if last == k:
            tail = _LOWER_TAIL.match(text, tokens[k].end)
            if tail is None:
                continue  # the head word alone names no body in particular
            # "the Assemblée nationale", "the Cour des comptes": a name whose other words
            # its language writes in lower case
            if book is None:
                book = OrganizationBook(organizations)
            claims[k] = "organization"
            book.add(text[tokens[k].start:tail.end()], (tokens[k].start, tail.end()))
            continue
        if book is None:
            book = OrganizationBook(organizations)
        book.add_run(text, tokens, claims, k, last + 1)


# An acronym in brackets after a body's name, and the same letters later: "the National
# Electoral Board (NEB) ... the NEB said" are one body.
_ACRONYM: Final = compiled(r"[A-Z][A-Za-z]?[A-Z0-9]{1,6}")
# A group named by letters, digits or an Arabic article before the noun that says what it
# is: "the RMT union", "M23 rebels", "Al-Quds fighters" (not "LGBT group", "AIDS groups").
_GROUP_NAME: Final = compiled(r"[A-Z][A-Z0-9]{1,7}|[Aa]l-[A-Z][a-z]+")
_GROUP_NOUNS: Final[tuple[str, ...]] = (
    "union", "unions", "rebels", "militia", "militias", "fighters", "militants", "insurgents",
    "guerrillas", "movement", "party", "alliance", "coalition", "bloc")
NOT_BODIES: Final = frozenset("""
LGBT LGBTQ AIDS HIV COVID TV PM MP MPS CEO CFO COO CTO GDP GNP IT AI VIP UFO OK USA UK US
DNA RNA IQ PR HR ID PIN VAT CPI IPO ETF LNG LPG SUV ATM PC PDF URL API GPS UAV RPG AK
NGO NGOS AM FM BC AD GMT UTC CET EST PST EDT PDT PMI FTSE DAX POTUS FLOTUS
""".split())  # noqa: SIM905  (a word list reads best as a block)
# What says that letters standing alone name a body: a speaking verb after them ("KPLC
# said"), or words before them that only a body takes ("according to CENI", "a spokesman
# for SONATREL"). A treaty or a programme in letters ("NAFTA", "DACA") does not speak.
_LETTERS_VERB_AFTER: Final = compiled(
    r" (?:said|says|told|reported|announced|added|confirmed|denied|warned|stated|urged"
    r"|claimed|accused|alleged|insisted|argued|predicted|estimated|forecast)\b")
_LETTERS_BEFORE: Final = compiled(
    r"(?:according to|spokes(?:man|woman|person) for|officials? (?:of|from|at)|members? of"
    r"|head of|leader of|chief of|supporters of|[Tt]roops of|[Ff]orces of|[Ss]oldiers of"
    r"|[Ff]ighters of"
    r"|run by|led by|backed by) $")
_ROMAN: Final = compiled(r"[IVXLCDM]+")


def letters_name_a_body(text: str, tok: Token) -> bool:
    """True when a word in capital letters outside a headline names a body by what is said
    around it ("KPLC said on Monday", "according to CENI"); not a numeral ("XIV") or
    letters for a thing ("GDP", NOT_BODIES)."""
    word = tok.text
    if tok.caps_line or len(word) < 3 or word in NOT_BODIES:
        return False  # (a headline in capitals is all letters)
    end, start = tok.end, tok.start
    # (the characters around the word first: a lower-case word must follow or precede it)
    verb_after = text[end:end + 2][1:].islower() and text[end] == " "
    before = start > 2 and text[start - 1] == " " and text[start - 2].islower()
    if not (verb_after or before) or _ROMAN.fullmatch(word) is not None:
        return False
    return ((verb_after and _LETTERS_VERB_AFTER.match(text, end) is not None)
            or (before and _LETTERS_BEFORE.search(text, max(0, start - 24), start) is not None))


# ", the country's parliament, the Althing,": a body's noun after these.
_COUNTRY_APPOSITIONS: Final = (", the country's ", ", the nation's ", ", the country’s ",
                        ", the nation’s ")
# Lower-case nouns for a body before ", the <Name>,": "Iceland's parliament, the Althing,",
# "the anti-graft agency, the ACB,".
_APPOSITION_NOUNS: Final = frozenset("""
parliament legislature assembly agency regulator watchdog party union militia broadcaster
newspaper daily weekly airline carrier company firm court tribunal council commission
committee movement alliance coalition federation association bank lender insurer group
""".split())  # noqa: SIM905  (a word list reads best as a block)


# Lower-case nouns after a party's or movement's own name, and the words before that name
# which say it is one.
_PARTY_NOUNS: Final = frozenset({"party", "movement", "alliance", "coalition", "bloc"})
_PARTY_BEFORE: Final = compiled(
    r"(?:\b(?:ruling|opposition|governing|nationalist|Islamist|separatist|populist|centrist"
    r"|far-right|far-left|conservative|liberal|leftist|rightist|socialist|communist|breakaway"
    r"|rebel)|['’]s) $")


@mypyc_attr(native_class=False)
class _Starts:
    """Where each token starts, read from the tokens when bisect asks: a list of them
    would cost a walk over every token of a long article."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, k: int) -> int:
        return self.tokens[k].start


def _token_at(starts: _Starts, pos: int) -> int | None:
    from bisect import bisect_left

    k = bisect_left(starts, pos)
    return k if k < len(starts) and starts[k] == pos else None


def _tokens_within(tokens: list[Token], starts: _Starts, start: int,
                   end: int) -> list[int] | None:
    """The tokens inside text[start:end], or None when one runs over its bounds."""
    from bisect import bisect_left

    k = bisect_left(starts, start)
    if k > 0 and tokens[k - 1].end > start:
        return None
    inside = []
    while k < len(tokens) and starts[k] < end:
        if tokens[k].end > end:
            return None
        inside.append(k)
        k += 1
    return inside


def _free_word(tokens: list[Token], claims: list[str | None], k: int | None) -> bool:
    return k is not None and claims[k] is None and not tokens[k].caps_line


def complete_organizations(text: str, tokens: list[Token], claims: list[str | None],
                           organizations: list[Entity], lower_words: set[str]) -> None:
    """What the runs of capitalised words leave out, read once the people are found: an
    acronym given in brackets after a body's name and its later uses, groups named by
    letters before "union" or "rebels", a name set off after a body's noun ("parliament,
    the Althing,"); then a body named again without its country ("the U.S. Senate ... the
    Senate") joins its first mention. Searches for the few words that can start these, not
    a walk over the tokens."""
    starts: _Starts | None = None
    book = OrganizationBook(organizations)
    for org in list(organizations):
        for s, e in list(org.mentions):
            if not starts_at(text, " (", e):
                continue
            close = text.find(")", e + 2, e + 12)
            acronym = text[e + 2:close] if close > 0 else ""
            if _ACRONYM.fullmatch(acronym) is None or acronym in NOT_BODIES:
                continue
            if starts is None:
                starts = _Starts(tokens)
            # (the body this mention is of: the longer one the letters spell, when they
            # do, for this mention only; the next mention is still `org`'s, as when the
            # text writes the name and its letters twice)
            owner = org
            if not _spells(acronym, text[s:e].split()):
                longer = _spelled_from(text, tokens, claims, starts, s, e, acronym)
                if longer is not None and (s, e) in org.mentions:
                    # "the Elston Competition and Markets Authority (ECMA)": the letters
                    # say where it starts
                    org.mentions.remove((s, e))
                    book.ending_at.pop(e, None)
                    book.add_run(text, tokens, claims, longer, bisect_left(starts, e))
                    owner = book.ending_at[e][0]
            if acronym[0] not in {w[0] for w in owner.name.split()}:
                continue  # (an acronym starts as one of the name's words: not "Roe FC (BJ)")
            _acronym_mentions(text, tokens, claims, starts, book, owner, acronym)
    nouns = ([noun for noun in _GROUP_NOUNS if noun in lower_words]
             if not lower_words.isdisjoint(_GROUP_NOUNS) else [])
    for noun in nouns:
        pos = text.find(" " + noun)
        while pos > 0:
            after = pos + 1 + len(noun)
            if after == len(text) or not text[after].isalnum():
                word_start = pos
                while word_start > 0 and not text[word_start - 1].isspace() and (
                        pos - word_start < 12):  # (a group's letters are few)
                    word_start -= 1
                word = text[word_start:pos]
                if _GROUP_NAME.fullmatch(word) and word not in NOT_BODIES:
                    if starts is None:
                        starts = _Starts(tokens)
                    inside = _tokens_within(tokens, starts, word_start, pos)
                    if inside is not None and all(
                            _free_word(tokens, claims, k) for k in inside):
                        for k in inside:  # ("M23" is one token "M" or none at all)
                            claims[k] = "organization"
                        book.add(word, (word_start, pos))
            pos = text.find(" " + noun, after)
    # (each form holds "country" or "nation" as a word: a text that writes neither in
    # lower case is not searched for the four)
    for form in (_COUNTRY_APPOSITIONS
                 if "country" in lower_words or "nation" in lower_words else ()):
        pos = text.find(form)
        while pos > 0:
            noun_end = text.find(" ", pos + len(form))
            noun = text[pos + len(form):noun_end if noun_end > 0 else len(text)].rstrip(",.;")
            if noun in _APPOSITION_NOUNS:
                if starts is None:
                    starts = _Starts(tokens)
                _named_before(text, tokens, claims, starts, book, pos)
            pos = text.find(form, pos + len(form))
    if not lower_words.isdisjoint(_APPOSITION_NOUNS):
        pos = text.find(", the ")
        while pos > 0:
            noun_start = text.rfind(" ", max(0, pos - 20), pos) + 1
            if text[noun_start:pos] in _APPOSITION_NOUNS:
                if starts is None:
                    starts = _Starts(tokens)
                _apposition(text, tokens, claims, starts, book, pos + 6)
            pos = text.find(", the ", pos + 6)
    # (the loops below over their nouns and verbs only for a text that writes one: most
    # write none, and the test of the whole list at once is one call)
    for noun in _EMPLOYEE_NOUNS if not lower_words.isdisjoint(_EMPLOYEE_NOUNS) else ():
        if noun not in lower_words:
            continue
        pos = text.find(noun + " at ")
        while pos >= 0:
            at = pos + len(noun) + 4
            if pos == 0 or not text[pos - 1].isalpha():
                if starts is None:
                    starts = _Starts(tokens)
                _named_after(text, tokens, claims, starts, book, at, employer=True)
            pos = text.find(noun + " at ", at)
    for noun in _NAME_AFTER_NOUNS if not lower_words.isdisjoint(_NAME_AFTER_NOUNS) else ():
        if noun not in lower_words:
            continue
        pos = text.find(" " + noun + " ")
        while pos >= 0:
            at = pos + len(noun) + 2
            if _ARTICLE_BEFORE.search(text, max(0, pos - 30), pos + 1) is not None:
                if starts is None:
                    starts = _Starts(tokens)
                _named_after(text, tokens, claims, starts, book, at, employer=False)
            pos = text.find(" " + noun + " ", at)
    for verb in _PLAYS_FOR_VERBS if not lower_words.isdisjoint(_PLAYS_FOR_VERBS) else ():
        if verb not in lower_words:
            continue
        pos = text.find(verb + " ")
        while pos >= 0:
            after = pos + len(verb)
            m = _FOR_AFTER_VERB.match(text, after)
            if (m is not None and text[m.end():m.end() + 1].isupper()
                    and (pos == 0 or not text[pos - 1].isalpha())):
                if starts is None:
                    starts = _Starts(tokens)
                _named_after(text, tokens, claims, starts, book, m.end(), employer=False)
            pos = text.find(verb + " ", after)
    for verb, first_word in (_RESULT_VERBS if not lower_words.isdisjoint(_RESULT_FIRST_WORDS)
                             else ()):
        if first_word not in lower_words:
            continue
        pos = text.find(" " + verb + " ")
        while pos > 0:
            if starts is None:
                starts = _Starts(tokens)
            _clubs_of_a_result(text, tokens, claims, starts, book, pos, pos + len(verb) + 2)
            pos = text.find(" " + verb + " ", pos + len(verb) + 2)
    _company_short_forms(text, tokens, claims, starts, book)
    _join_short_forms(organizations)
    _join_acronyms(organizations)


# Last words of a company's name that it is named again without: "Quell Motors AG ...
# Quell said", "Marbeck Holdings plc ... Marbeck".
_FIRM_ENDS: Final = COMPANY_SUFFIXES | TRADE_HEADS | frozenset({"Pvt", "Pvt.", "plc"})


def _short_form(name: str) -> str | None:
    """A company's name without its legal form and trade ("Quell Motors AG": "Quell"),
    or None for a name that is not a company's or would be left with a given name or a
    word that begins no name."""
    if name[name.rfind(" ") + 1:] not in _FIRM_ENDS or " " not in name:
        return None  # (most bodies' names: no legal form or trade last)
    words = name.split()
    while words and words[-1] in _FIRM_ENDS:
        words.pop()
    if not words or words[-1] == "&" or (len(words) == 1 and (
            words[0] in GIVEN_NAMES or words[0] in NEVER_NAME or words[0] in NOT_FIRST
            or words[0] in _GENERIC_HEADS or not words[0][:1].isupper())):
        return None
    return " ".join(words)


def _company_short_forms(text: str, tokens: list[Token], claims: list[str | None],
                         starts: _Starts | None, book: OrganizationBook) -> None:
    """A company named again without its legal form or trade ("Varnholt Logistics AG
    ... Varnholt said") is the same company: a body found under the short name joins it,
    and the short name's free uses become its mentions, when no other body of the text
    has that short form and the short name does not go on with another capitalised word
    ("Varnholt Avenue")."""
    forms: dict[str, Entity | None] = {}
    for org in book.organizations:
        short = _short_form(org.name)
        if short is not None and org.mentions:
            forms[short] = None if short in forms else org  # (shared by two: neither)
    if not forms:
        return
    if starts is None:
        starts = _Starts(tokens)  # (a view, nothing built)
    n = len(tokens)
    for short, full in forms.items():
        if full is None:
            continue
        known = book.by_name.get(short)
        if known is not None and known is not full:
            full.mentions.extend(known.mentions)
            known.mentions.clear()
        taken = {start for start, _end in full.mentions}  # (its own name holds the short)
        pos = text.find(short)
        while pos >= 0:
            end = pos + len(short)
            inside = (_tokens_within(tokens, starts, pos, end)
                      if pos not in taken and (pos == 0 or not text[pos - 1].isalnum())
                      and not text[end:end + 1].isalnum() else None)
            if (inside and tokens[inside[0]].start == pos and tokens[inside[-1]].end == end
                    and all(claims[m] is None and not tokens[m].caps_line for m in inside)
                    and not ((k := inside[-1] + 1) < n and tokens[k].cap
                             and joined(text, tokens[k - 1], tokens[k]))):
                for m in inside:
                    claims[m] = "organization"
                full.mentions.append((pos, end))
            pos = text.find(short, end)


# Who works at a firm: "a strategist at Dorrell Pike", "an economist at Quillon Marsh" (a
# firm named like two surnames is no person there: no one works at a person).
_EMPLOYEE_NOUNS: Final = ("analyst", "analysts", "strategist", "economist", "economists", "trader",
                   "traders", "broker", "partner", "banker", "researcher", "consultant",
                   "associate", "dealer", "dealers", "lawyer", "accountant", "auditor")
# Nouns for a body right before its name, after an article: "the disaster agency Conred
# said", "the electoral commission Elcom" (COMPANY_BEFORE's nouns are read by the people
# finder).
_NAME_AFTER_NOUNS: Final = ("agency", "commission", "regulator", "watchdog", "authority",
                     "council", "committee", "body", "militia", "movement", "institute",
                     "foundation", "ministry", "tribunal")
_ARTICLE_BEFORE: Final = compiled(r"\b(?:[Tt]he|[Aa]n?|its|their)\b[^.,;:\n]*$")


def _named_after(text: str, tokens: list[Token], claims: list[str | None],
                 starts: _Starts, book: OrganizationBook, at: int, employer: bool) -> None:
    """The body named by the capitalised words at `at`, right after a noun that says what
    it is ("a strategist at Dorrell Pike", "the agency Conred said"): not a person (after
    a body's noun, no given name first: "the committee Jane Roe chairs"), a place or a
    surname alone ("the agency Roe founded"). No one works at a person (`employer`)."""
    i = _token_at(starts, at)
    if not _free_word(tokens, claims, i) or not tokens[i].cap:  # type: ignore[index]
        return
    assert i is not None
    first = tokens[i].text
    if first in NEVER_NAME or first in HONORIFICS or (first in GIVEN_NAMES and not employer):
        return
    j = _free_run(text, tokens, claims, i, 1) + 1
    j = _with_connectors(text, tokens, claims, j)
    end = tokens[j - 1].end
    if starts_at(text, ("'s", "\u2019s"), end) or (end < len(text) and text[end].isalnum()):
        return  # "at Quell's office"
    if j - i == 1 and not first.isupper() and (
            _name_word(first) or first in CITIES):
        return  # "the agency Roe founded", "an analyst at Quellton" (a town)
    if any(tokens[m].text in ORG_HEADS for m in range(i + 1, j)) or (not employer and any(
            tokens[m].text in GIVEN_NAMES for m in range(i + 1, j))):
        return  # (a body's own head word makes it one already; a given name a person)
    book.add_run(text, tokens, claims, i, j)


# An officer of a body before its name: "chief executive of Quell Tessel", "a spokeswoman
# for Marbeck Lane" (no one is the chief executive of a person).
_OFFICER_OF_BEFORE: Final = compiled(
    r"\b(?:chief executive(?: officer)?|CEO|chairman|chairwoman|founder|co-founder"
    r"|managing director|spokes(?:man|woman|person)|subsidiary|shareholders?) (?:of|for) $")
# The last words of _PLAYED_FOR_BEFORE and _OFFICER_OF_BEFORE before "of", "for" or "from"
# (and the counts before "goals").
_PLAYER_OR_OFFICER: Final = frozenset({
    "executive", "officer", "CEO", "chairman", "chairwoman", "founder", "co-founder",
    "director", "spokesman", "spokeswoman", "spokesperson", "subsidiary", "shareholder",
    "shareholders", "scored", "scores", "signed", "signs", "played", "plays", "playing",
    "joined", "joins", "rejoined", "twice", "once", "again", "times", "goals"})
_EMPLOYER_BEFORE: Final = compiled(r"\b(?:" + "|".join(_EMPLOYEE_NOUNS) + r") at $")
_BODY_NOUN_BEFORE: Final = compiled(r"\b(?:[Tt]he|[Aa]n?|its) (?:[a-z][a-z-]* ){0,2}(?:"
                             + "|".join(_NAME_AFTER_NOUNS) + r") $")


def people_named_as_bodies(text: str, people: list[Entity],
                           organizations: list[Entity]) -> list[Entity]:
    """The people found, without those that the words before every mention make a body
    ("a strategist at Dorrell Pike", "the electoral commission Elcom said"), a club's word
    in a match ("Tom Roe Rangers beat ...") or a report of its own results ("Harcourt
    Vane said its profit rose"), which join the organisations. A given name first keeps a
    person after a body's noun ("the committee Jane Roe chairs") or before "said its"
    ("Jane Roe said its ruling was flawed"); no one works at a person."""
    found = [person for person in people if _a_body(text, person)]
    if organizations:
        clubs = {s: e for org in organizations for s, e in org.mentions}
        found += [person for person in people if person.role is None
                  and person not in found and _plays_a_club(text, person, clubs)]
    if not found:
        return people  # (most articles: no list is built again)
    for person in found:
        organizations.append(Entity(id=entity_id("organization", person.name),
                                    kind="organization", name=person.name,
                                    mentions=person.mentions))
    taken = {id(person) for person in found}
    return [person for person in people if id(person) not in taken]


def _plays_a_club(text: str, person: Entity, clubs: dict[int, int]) -> bool:
    """Whether a mention of the person wins, draws or loses by one score against a body
    found already ("Kofi Asare beat Harbour of Quell 3-1"): a club with a person's name,
    since a player does not play a club (a player's score against a player is left to
    the people: "Ann Lee beat Jane Roe 2-1")."""
    for _s, e in person.mentions:
        if starts_at(text, ", who ", e):
            e += 5  # "Ankara Quell, who beat Marbeck 3-0, are second"
        # (the verb's first letter first: most names are followed by no such verb)
        if text[e:e + 1] != " " or text[e + 1:e + 2] not in _RESULT_FIRST_LETTERS:
            continue
        m = _RESULT_AFTER.match(text, e)
        if m is not None:
            end = clubs.get(m.end())
            if end is not None and _ONE_SCORE.match(text, end) is not None:
                return True
    return False


def _a_body(text: str, person: Entity) -> bool:
    """people_named_as_bodies' question for one person (the cheap tests first: most
    people fail the first)."""
    mentions = person.mentions
    if not mentions:
        return False
    name = person.name
    if _body_before(text, *mentions[0], name):
        return all(_body_before(text, s, e, name) for s, e in mentions[1:])
    space = name.rfind(" ")
    if space < 0:
        return False
    if (person.gender is None and person.role is None
            and any(starts_at(text, _ITS_AFTER, e) for _s, e in mentions)
            and name[:name.find(" ")] not in GIVEN_NAMES):
        return True
    last = name[space + 1:]
    # (a name ending in "Rangers" or "United" that plays a match is a club's)
    return last in _CLUB_WORDS and any(plays_a_match(text, s, e, last) for s, e in mentions)


_NAME_AFTER_SET: Final = frozenset(_NAME_AFTER_NOUNS)


def _body_before(text: str, start: int, end: int, name: str) -> bool:
    if start < 4 or text[start - 1] != " " or starts_at(text, ("'s", "\u2019s"), end):
        return False
    lo = start - 48 if start > 48 else 0
    if starts_at(text, " at ", start - 4):
        return _EMPLOYER_BEFORE.search(text, lo, start) is not None
    if text[start - 4:start] == " of " or text[start - 5:start] in (" for ", "from "):
        # (the word before "of", "for" or "from" first: most say nothing of a body)
        cut = start - (4 if text[start - 4] == " " else 5 if text[start - 5] == " " else 6)
        word = text[text.rfind(" ", lo, cut) + 1:cut]  # ("scored", "spokesman")
        if word not in _PLAYER_OR_OFFICER or name.split()[0] in GIVEN_NAMES:
            return False
        return (_PLAYED_FOR_BEFORE.search(text, lo, start) is not None
                or (_OFFICER_OF_BEFORE.search(text, lo, start) is not None
                    # (a surname alone after "a spokesman for" is a person's)
                    and (" " in name or (name not in SURNAMES and name not in WORLD_SURNAMES))))
    # (the word before, read first: most people have no body's noun there)
    word = text[text.rfind(" ", lo, start - 1) + 1:start - 1]
    return (word in _NAME_AFTER_SET and name.split()[0] not in GIVEN_NAMES
            and _BODY_NOUN_BEFORE.search(text, lo, start) is not None)


# A player's verbs before "for" and the club's name: "scored twice for Quellby Harbour",
# "signed for Marbeck Sugar", "played for Dorvan Zelo".
_PLAYS_FOR_VERBS: Final = ("scored", "scores", "signed", "signs", "played", "plays", "playing",
                    "joined", "joins", "rejoined")
# (and "from" the club a player comes from: "joined from Quell Town", "signed from ...")
_FOR_AFTER_VERB: Final = compiled(
    r"(?: (?:twice|once|again|three times|\d+ goals|goals))? (?:for|from) ")
# The same before a name read as a person's: "joined from Quell Town" (a club: no one
# joins from a person).
_PLAYED_FOR_BEFORE: Final = compiled(r"\b(?:" + "|".join(_PLAYS_FOR_VERBS) + r")"
                              r"(?: (?:twice|once|again|three times|\d+ goals|goals))?"
                              r" (?:for|from) $")
# A firm that reports its own results: "Harcourt Vane said its profit rose" (a person
# says "her" or "his").
_ITS_AFTER: Final = tuple(f" {verb} its " for verb in (
    "said", "says", "reported", "posted", "announced", "expects", "expected", "cut", "raised",
    "lifted", "lowered"))

# Verbs between two clubs in a match report, and the score after the second club: one
# score ("beat Quell Harbour 2-0"), not the sets of a tennis match ("6-4 6-3").
_RESULT_VERBS: Final = tuple((verb, verb.split()[0]) for verb in (
    "beat", "drew with", "defeated", "lost to", "thrashed", "edged", "routed", "held",
    "crushed", "overcame", "hammered", "stunned"))
_ONE_SCORE: Final = compiled(r" \d{1,2}-\d{1,2}\b(?![ ,]+\(?\d{1,2}-\d)")
_RESULT_FIRST_WORDS: Final = frozenset(first_word for _, first_word in _RESULT_VERBS)
# The same verbs right after a name, before the other side's ("X beat Y 3-1", "X beats
# Y"), and the letters they open with (_plays_a_club reads the letter first).
_RESULT_AFTER: Final = compiled(
    r" (?:" + "|".join(verb for verb, _ in _RESULT_VERBS) + r"|beats) ")
_RESULT_FIRST_LETTERS: Final = frozenset(verb[0] for verb, _ in _RESULT_VERBS)


def _free_run(text: str, tokens: list[Token], claims: list[str | None], i: int,
              step: int) -> int:
    """The last token of the run of unclaimed capitalised words from token i, walking by
    `step` (1: forward, -1: back), at most four; i itself when token i is none."""
    k = i
    while True:
        nxt = k + step
        if not (0 <= nxt < len(tokens)) or abs(nxt - i) >= 4:
            return k
        a, b = (tokens[k], tokens[nxt]) if step > 0 else (tokens[nxt], tokens[k])
        if (not tokens[nxt].cap or claims[nxt] is not None or tokens[nxt].caps_line
                or tokens[nxt].text in NEVER_NAME or not joined(text, a, b)):
            return k
        k = nxt


def _clubs_of_a_result(text: str, tokens: list[Token], claims: list[str | None],
                       starts: _Starts, book: OrganizationBook, verb_start: int,
                       after: int) -> None:
    """The two clubs around a match's verb at text[verb_start:after] when a score follows
    the second ("Quell Harbour beat Marbeck Sugar 2-0", "Dorvan drew with Oskara 1-1"):
    names no one took for a person or a place."""
    from bisect import bisect_left

    j = _token_at(starts, after)
    if j is None or not tokens[j].cap or tokens[j].text in NEVER_NAME:
        return
    right_known = claims[j] == "organization"  # ("... drew with Sporting Quell 1-1")
    if not right_known and not _free_word(tokens, claims, j):
        return
    j_end = j if right_known else _free_run(text, tokens, claims, j, 1)
    if right_known:
        while j_end + 1 < len(tokens) and claims[j_end + 1] == "organization" and joined(
                text, tokens[j_end], tokens[j_end + 1]):
            j_end += 1
    if _ONE_SCORE.match(text, tokens[j_end].end) is None:
        return
    i_end = bisect_left(starts, verb_start) - 1
    if (i_end < 0 or tokens[i_end].end != verb_start or not tokens[i_end].cap
            or tokens[i_end].text in NEVER_NAME):
        return
    left_known = claims[i_end] == "organization" or (
        # ("Atlético Quell beat ..."; "Tom Roe Rangers beat ...", read as a person, is
        # made a club by people_named_as_bodies)
        claims[i_end] == "person" and tokens[i_end].text in _CLUB_WORDS)
    if not left_known and not _free_word(tokens, claims, i_end):
        return
    i = i_end if left_known else _free_run(text, tokens, claims, i_end, -1)
    if (not left_known and tokens[i].text in GIVEN_NAMES) or (
            not right_known and tokens[j].text in GIVEN_NAMES):
        return  # "Ann Lee beat Jane Roe 2-1" (a game of squash): players (a club found
        # already is one: "Atlético Santa Rita beat ...")
    if not left_known:
        book.add_run(text, tokens, claims, i, i_end + 1)
    if not right_known:
        book.add_run(text, tokens, claims, j, j_end + 1)


# Small words of a body's name that its acronym may spell or skip ("Economic Community
# of West African States": ECOWAS).
_ACRONYM_SMALL_WORDS = frozenset({"and", "of", "for", "on", "to", "the", "&", "de", "du", "des",
                                  "la", "el", "del", "y", "et", "und", "für"})


def _spells(acronym: str, words: list[str]) -> bool:
    """True when the initials of `words` spell `acronym`: each capitalised word gives its
    first letter (a hyphenated one, "Anti-Corruption", one letter or one per part), each
    small word its first letter or nothing."""
    if len(words) > 12:
        return False
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word in _ACRONYM_SMALL_WORDS:
        return (_spells(acronym, rest)
                or (acronym[:1] == word[0].upper() and _spells(acronym[1:], rest)))
    if not word[:1].isupper():
        return False
    parts = [p for p in word.split("-") if p[:1].isupper()]
    if len(parts) > 1 and "".join(p[0] for p in parts) == acronym[:len(parts)] and _spells(
            acronym[len(parts):], rest):
        return True
    return acronym[:1] == word[0] and _spells(acronym[1:], rest)


def _spelled_from(text: str, tokens: list[Token], claims: list[str | None], starts: _Starts,
                  start: int, end: int, acronym: str) -> int | None:
    """The token where a body's name begins when the acronym in brackets after its
    mention text[start:end] spells a longer name than the mention ("the Quell Trade and
    Markets Authority (QTMA)": the mention "Markets Authority"): capitalised words and
    small words right before it, none a person's; None when no longer name is spelled."""
    from bisect import bisect_left

    first = bisect_left(starts, start)
    k = first
    while k > 0 and first - k < 6:
        prev, tok = tokens[k - 1], tokens[k]
        gap = text[prev.end:tok.start]
        small = prev.text in _ACRONYM_SMALL_WORDS
        if ((not prev.cap and not small) or prev.caps_line or "\n" in gap
                or claims[k - 1] not in (None, "other", "country", "organization")
                or any(w not in _ACRONYM_SMALL_WORDS for w in gap.split())):
            return None
        k -= 1
        if small:
            continue
        if prev.text in NEVER_NAME or prev.text in GIVEN_NAMES:
            return None
        if _spells(acronym, text[prev.start:end].split()):
            return k
    return None


def _acronym_mentions(text: str, tokens: list[Token], claims: list[str | None],
                      starts: _Starts, book: OrganizationBook, org: Entity,
                      acronym: str) -> None:
    known = book.by_name.get(acronym)
    if known is not None and known is not org:  # "the KDP" found on its own before
        org.mentions.extend(known.mentions)
        known.mentions.clear()
    pos = text.find(acronym)
    while pos >= 0:
        end = pos + len(acronym)
        k = _token_at(starts, pos)
        if _free_word(tokens, claims, k) and tokens[k].end == end:  # type: ignore[index]
            claims[k] = "organization"  # type: ignore[index]
            org.mentions.append((pos, end))
            book.ending_at[end] = (org, (pos, end))
        pos = text.find(acronym, end)


def _named_before(text: str, tokens: list[Token], claims: list[str | None],
                  starts: _Starts, book: OrganizationBook, end: int) -> int | None:
    """The body named by the capitalised words that end at `end` ("the State Great Hural,
    the country's parliament"); the index of its first token, or None."""
    from bisect import bisect_left

    j = bisect_left(starts, end)  # the first token after the name
    if j == 0 or tokens[j - 1].end != end:
        return None
    i = j - 1
    while (i > 0 and tokens[i - 1].cap and claims[i - 1] is None and i > j - 5
           and tokens[i - 1].text not in NEVER_NAME and joined(text, tokens[i - 1], tokens[i])):
        i -= 1
    if (not all(tokens[m].cap and claims[m] is None and not tokens[m].caps_line
                for m in range(i, j))
            or any(tokens[m].text in GIVEN_NAMES for m in range(i, j))):
        return None
    book.add_run(text, tokens, claims, i, j)
    return i


def named_parties(text: str, tokens: list[Token], claims: list[str | None],
                  organizations: list[Entity], lower_words: set[str]) -> None:
    """Parties and movements named before the lower-case noun, after a word that says
    what they are ("the ruling Elston Dream party", "Ruritania's Quell-e-Adl movement"),
    read before the people finder, which would take "Elston Dream" for a name."""
    starts: _Starts | None = None
    book: OrganizationBook | None = None
    for noun in _PARTY_NOUNS:
        if noun not in lower_words:
            continue
        pos = text.find(" " + noun)
        while pos > 0:
            after = pos + 1 + len(noun)
            if (after == len(text) or not text[after].isalnum()) and text[pos - 1].isalpha():
                if starts is None:
                    starts = _Starts(tokens)
                    book = OrganizationBook(organizations)
                assert book is not None
                _named_before_party(text, tokens, claims, starts, book, pos)
            pos = text.find(" " + noun, after)


def _named_before_party(text: str, tokens: list[Token], claims: list[str | None],
                        starts: _Starts, book: OrganizationBook, end: int) -> None:
    """A party or movement named before the lower-case noun, after a word that says it is
    one ("the ruling Elston Dream party", "Ruritania's Quell-e-Adl movement"): not "a
    Christmas party"."""
    from bisect import bisect_left

    j = bisect_left(starts, end)
    if j == 0 or tokens[j - 1].end != end or not tokens[j - 1].cap:
        return
    i = j - 1
    while (i > 0 and tokens[i - 1].cap and i > j - 4 and tokens[i - 1].text not in NEVER_NAME
           and joined(text, tokens[i - 1], tokens[i])):
        i -= 1  # (a demonym claimed as a country may open the name: "Elstonian Dream")
    if (any(claims[m] not in (None, "country") for m in range(i, j))
            or claims[j - 1] is not None or tokens[i].caps_line):
        return
    if _PARTY_BEFORE.search(text, max(0, tokens[i].start - 14), tokens[i].start) is None and (
            not ends_at(text, ("the ", "The "), tokens[i].start)
            or not _names_a_party_after_the(tokens, i, j)):
        return
    first = i
    while first < j - 1 and claims[first] == "country":
        first += 1
    book.add_run(text, tokens, claims, first, j)


def _names_a_party_after_the(tokens: list[Token], i: int, j: int) -> bool:
    """True when the capitalised words i..j-1 between "the" and "party" or "movement" are
    a party's own name ("the Quell Otan party", "the Elstonian Dream party"): two words at
    least (not "the Kurdish movement"), no word that begins no name ("the Christmas
    party", "the Democratic party": those name parties by what they are), and no person
    ("the Jane Roe movement")."""
    if j - i < 2 or any(tokens[m].text in NOT_FIRST for m in range(i, j)):
        return False
    first, last = tokens[i].text, tokens[j - 1].text
    return not (first in GIVEN_NAMES and (last in SURNAMES or last in WORLD_SURNAMES))


def _apposition(text: str, tokens: list[Token], claims: list[str | None],
                starts: _Starts, book: OrganizationBook, at: int) -> None:
    """The body named at `at`, right after "<noun>, the ", when its name closes the
    apposition (a comma or a full stop after it)."""
    i = _token_at(starts, at)
    if not _free_word(tokens, claims, i) or not tokens[i].cap:  # type: ignore[index]
        return
    assert i is not None
    j = i + 1
    while (j < len(tokens) and j < i + 5 and tokens[j].cap and claims[j] is None
           and joined(text, tokens[j - 1], tokens[j])):
        j += 1
    if text[tokens[j - 1].end:tokens[j - 1].end + 1] not in (",", ".", ")", ";"):
        return
    if any(tokens[m].text in NEVER_NAME or tokens[m].text in GIVEN_NAMES for m in range(i, j)):
        return  # "the party, the Greens and ...": no name; "the union, the Ann Roe ..."
    book.add_run(text, tokens, claims, i, j)


def _join_acronyms(organizations: list[Entity]) -> None:
    """A body named by its initials ("the FAA") in an article that also names it in full
    ("the Federal Aviation Administration") without a bracket between them is the one
    body, when only one name of the article spells those letters."""
    if len(organizations) < 2:
        return
    acronyms = [org for org in organizations
                if org.mentions and org.name.isupper() and _ACRONYM.fullmatch(org.name)]
    if not acronyms:
        return
    by_initial: dict[str, list[Entity]] = {}
    for org in organizations:
        words = org.name.split()
        if len(words) > 1:
            by_initial.setdefault(words[0][:1].upper(), []).append(org)
            if words[0] in _ACRONYM_SMALL_WORDS:  # ("the" may give the first letter or none)
                by_initial.setdefault(words[1][:1].upper(), []).append(org)
    for org in acronyms:
        spelled = [other for other in by_initial.get(org.name[0], ())
                   if other.mentions and _spells(org.name, other.name.split())]
        if len(spelled) == 1:
            spelled[0].mentions.extend(org.mentions)
            org.mentions.clear()


def _join_short_forms(organizations: list[Entity]) -> None:
    """A body named again without its country ("the U.S. Senate ... the Senate", "the
    Ruritanian Foreign Ministry ... the Foreign Ministry"), or a newspaper by its last
    word ("the Elston Post ... the Post"), is the one named in full, when only one body
    of the article has such a name."""
    if len(organizations) < 2:
        return
    by_last: dict[str, list[Entity]] = {}
    for org in organizations:
        by_last.setdefault(org.name.rsplit(" ", 1)[-1], []).append(org)
    for group in by_last.values():
        if len(group) < 2:
            continue  # (most names end in a word no other name ends in)
        # The names of the group by each of their ends after a space ("Elston Post" under
        # "Post"), in the group's order: the names that end in " " + a name are found in
        # one look-up, not by a test of every other name of the group (a long page of
        # results, a thousand clubs ending in "City", took minutes).
        by_end: dict[str, list[Entity]] = {}
        for other in group:
            name = other.name
            at = name.find(" ")
            while at >= 0:
                by_end.setdefault(name[at + 1:], []).append(other)
                at = name.find(" ", at + 1)
        for org in group:
            paper = org.name in _PAPER_HEADS
            longer = [other for other in by_end.get(org.name, ()) if other is not org
                      and (paper or _country_words(other.name[:-len(org.name) - 1]))]
            if len(longer) == 1 and org.mentions:
                longer[0].mentions.extend(org.mentions)
                org.mentions.clear()


def _country_words(words: str) -> bool:
    """True when `words` are a country's name or demonym ("U.S.", "Ruritanian")."""
    from reader.analysis.lexicon import LEXICON  # (the lexicon reads this module first)

    parts = tuple(words.split())
    return any(p.words == parts and p.kind in ("country", "demonym")
               for p in (LEXICON.by_first.get(parts[0]) or ()) if parts)
