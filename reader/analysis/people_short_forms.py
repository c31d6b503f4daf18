"""Pass 3 of the people finder: short forms, and single names the text cues.

A lone surname or first name of a person already found is a mention of that person
("Ryder", "Mr. Hale", "Jane", also in ALL-CAPS headlines); of two people sharing a
surname the title's role and sex pick one (`namesake`); a name named once alone is a
person's where the words around it say so ("the Quell administration").
"""

from __future__ import annotations

from reader.analysis.data.countries import (
    AMBIGUOUS_CAPITALS,
    AMBIGUOUS_NAMES,
)
from reader.analysis.data.words import (
    HONORIFICS,
    NEVER_NAME,
    NOT_FIRST,
    ORG_HEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    TEAM_PLURALS,
    US_STATES,
)
from reader.analysis.name_cues import (
    CAP_PARTICLES,
    MONTH_NAMES,
    PARTICLES,
    PEOPLE_PREPOSITION,
    PERSON_AFTER,
    PERSON_VERB_AFTER,
    SUBDIVISION_AFTER,
    SUBDIVISION_AFTER_STARTS,
    has_article,
    is_initial,
    joined,
    starts_sentence,
)
from reader.analysis.names import (
    CITIES,
    CORE_GIVEN_NAMES,
    EAST_ASIAN_FAMILY,
    EITHER_SEX,
    GIVEN_NAMES,
    SURNAMES,
    WORLD_SURNAMES,
)
from reader.analysis.organizations import CLUB_ONLY_WORDS
from reader.analysis.people_lists import NameLists
from reader.analysis.people_state import HEADLINE_WORDS, Person, plain
from reader.analysis.text_at import Affixes, ends_at, starts_at
from reader.regex_cache import alternation, compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# The first words of places named after someone ("Port Vidal", "Mount Quell", "Lake
# Roe"): the person's surname after one is the place's (but "Sidi" opens men's names).
_PLACE_NAMED_AFTER: Final = PLACE_PREFIXES - {"Sidi", "Al-", "Bad", "Villa", "Camp"}

# Lower-case words after "the X" that make X a person's surname: "the Quell administration".
SURNAME_CONTEXT_AFTER: Final = frozenset({
    "administration", "campaign", "presidency", "era", "camp", "aides", "supporters",
    "voters", "allies", "loyalists", "doctrine", "years", "government", "cabinet",
    "family",
})

# What follows a word never in a name elsewhere ("Oh") standing alone as a surname of the
# text: a verb or another lower-case word, or a possessive ("Oh said", "Oh's team"), not
# the punctuation of an interjection ("Oh, well", "Oh!").
_NEVER_NAME_ALONE: Final = compiled(r"(?: [a-z]|['’]s\b)")
_QUOTES_OPEN: Final = frozenset({'"', "“", "'", "‘", "("})

# The surname of the one another name is of: "Abu Quell, as Roe is known," (also "as
# Roe is widely known", "as Roe is called").
_AS_KNOWN_AFTER: Final = compiled(
    r",? as ([A-Z][\w'’-]+) is (?:(?:widely|popularly|commonly|also|often|affectionately"
    r"|better) )?(?:known|called)\b")
# What stands between a full name and the nickname written after it, and the nickname,
# one capitalised word before what ends it: "Ana Quell, known as Nana,", "Tom Roe
# (nicknamed Kofi)", "Ahmed Yusuf \"Gurey\"".
_NICKNAME_AFTER: Final = compiled(
    r"((?:,? (?:(?:better |popularly |widely |also )?known as|nicknamed|dubbed) [\"“]?"
    r"| \((?:(?:better |also )?known as |nicknamed )[\"“]?| \(?[\"“]))"
    r"([A-Z][\w'’-]+)(?=[,;.)\"”])")

# What comes right after the space (or the ", ") every _NICKNAME_AFTER match opens with:
# the first letter of one of its words, a bracket or a quotation mark.
_NICKNAME_SECOND: Final = frozenset('bpwaknd("“')


def nickname_may_follow(text: str, end: int) -> bool:
    """False where _NICKNAME_AFTER cannot match at `end` (most names): a test of three
    characters, where the match tried its phrases one by one."""
    after = text[end:end + 3]
    return ((after[:1] == " " and after[1:2] in _NICKNAME_SECOND)
            or (after[:2] == ", " and after[2:] in _NICKNAME_SECOND))


# Portuguese words for "junior" that end the name a player goes by: "Vinícius Júnior".
_JUNIOR_WORDS: Final = frozenset({"Júnior", "Junior", "Filho", "Neto", "Sobrinho"})

# A role right after a possessive that makes its owner a person: "Quell's spokesman".
POSSESSED_ROLE: Final = compiled(
    r" (?:(?:former|top|longtime|chief|senior|new|own) ){0,2}(?:"
    + alternation({"spokesman", "spokeswoman", "spokesperson", "wife", "husband", "son",
                   "daughter", "lawyer", "attorney", "aide", "aides", "adviser", "advisers",
                   "advisor", "campaign", "running mate", "biographer", "chief of staff",
                   "press secretary", "brother", "sister", "father", "mother"})
    + r")\b")


# How the text before a word after a place's preposition ends ("in Brasov"; see
# RunCues.place_preposition_before).
_PLACE_ENDS: Final = ("from ", "in ", "at ", "near ", "outside ")
# A lower-case word for a region right after a word ("Kwara state"; see SUBDIVISION_AFTER).
_SUBDIVISION_AT: Final = Affixes(SUBDIVISION_AFTER_STARTS)


# The lower-case word right after a token (such words are not all kept as tokens).
_NEXT_WORD: Final = compiled(r" ([a-z]+)\b")
# A verb of what one person does to another, before "by" and a lone surname: "the plan,
# backed by Quell," (a surname of the lists, as everywhere in surname_in_running_text).
_AGENT_BY_BEFORE: Final = compiled(
    r"\b(?:backed|praised|criticised|criticized|endorsed|appointed|nominated|hired|fired"
    r"|sacked|attacked|slammed|mocked|pardoned|interviewed|vetoed|championed|opposed"
    r"|defended|accused|sued|invited|hosted|thanked|congratulated|condemned|rebuked"
    r"|tapped|chosen|picked) by $")
# The people that follow a person, after the surname: "Quell allies say", "Quell aides".
_FOLLOWERS_AFTER: Final = compiled(
    r" (?:allies|aides|supporters|loyalists|backers|surrogates|advisers|advisors|confidants"
    r"|acolytes|devotees)\b")


# Verbs in the past tense that a lone surname opening a sentence does ("Roe scored").
_PAST_VERBS: Final = frozenset({
    "scored", "netted", "struck", "equalised", "equalized", "headed", "converted", "saved",
    "added", "took", "made", "hit", "claimed", "finished", "replied", "insisted", "denied",
    "resigned", "died", "joined", "served", "spent", "returned", "arrived", "testified",
})


# A match and "against" before a lone word: the word names the other side.
_MATCH_AGAINST: Final = compiled(r"\b(?:match|game|fixture|clash|tie|win|victory|defeat|loss|draw"
                          r"|derby|final|semi-final|friendly|qualifier|opener|meeting) against $")


# Words for a saint before a given name ("St. Olav", "San Martin"): what follows is no
# short form of a person of that given name.
_SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte", "San", "Santa", "Santo",
                          "São", "Sao"})


# English given names and their usual pet forms (hypocorisms), formal name first: "Teddy
# Roe" in a text that names Theodore Roe is Theodore Roe, "Bill Roe" is William Roe.
_PET_FORMS_TEXT: Final = """
william bill billy will willie; robert bob bobby rob robbie; richard dick rick ricky richie;
james jim jimmy jamie; john jack johnny; thomas tom tommy; theodore ted teddy theo;
edward ed eddie ted teddy ned; michael mike mikey mick; charles chuck charlie; joseph joe
joey; daniel dan danny; david dave davey; anthony tony; christopher chris; nicholas nick
nicky; benjamin ben benny; samuel sam sammy; alexander alex; andrew andy drew; matthew matt;
patrick pat paddy; peter pete; stephen steve; steven steve; gregory greg; jeffrey jeff;
kenneth ken kenny; ronald ron ronnie; donald don donnie; gerald gerry jerry; lawrence larry;
frederick fred freddie; francis frank; henry hank harry; harold hal harry; albert al bert;
leonard len lenny; raymond ray; timothy tim; douglas doug; phillip phil; philip phil;
elizabeth liz lizzie beth betsy betty; margaret maggie peggy meg; katherine kate katie kathy;
catherine kate katie cathy; kathryn kate katie kathy; patricia pat patty trish; jennifer jen
jenny; rebecca becky becca; susan sue susie; deborah deb debbie; barbara barb; victoria vicky
tori; christine chris chrissy; christina chris tina; jacqueline jackie; dorothy dot dottie;
abigail abby; alexandra alex sasha; samantha sam; pamela pam; kimberly kim; cynthia cindy;
judith judy; theresa terry tess; teresa terry tess; eleanor ellie nell
"""


def _pet_forms() -> dict[str, frozenset[str]]:
    """Each pet form with the formal names it stands for ("ted": edward, theodore)."""
    out: dict[str, frozenset[str]] = {}
    for group in _PET_FORMS_TEXT.split(";"):
        words = group.split()
        for pet in words[1:]:
            out[pet] = out.get(pet, frozenset()) | {words[0]}
    return out


_PET_FORMS: Final = _pet_forms()


def pet_form_of(pet: str, formal: str) -> bool:
    """True for "Teddy" and "Theodore", "Bill" and "William" (a pet form, then its formal
    given name), and for a clipped form: "Wes" and "Wesley", "Sam" and "Samantha" (both
    given names, the short one the start of the long one, at least two letters short of
    it, of the same sex or the short one of either: "Dan" is not Daniela, nor "Eric"
    Erica)."""
    if formal.lower() in _PET_FORMS.get(pet.lower(), frozenset()):
        return True
    if len(pet) < 3 or len(formal) < len(pet) + 2 or not formal.startswith(pet):
        return False
    pet_sex, formal_sex = GIVEN_NAMES.get(pet), GIVEN_NAMES.get(formal)
    return (pet_sex is not None and formal_sex is not None
            and (pet_sex == formal_sex or pet in EITHER_SEX))


class ShortForms(NameLists):
    """Pass 3: short forms and cued single names."""

    def recurring_surnames(self) -> None:
        """An undecided pair whose last word also stands alone elsewhere in the text is a
        person: "Jane Quell ... Quell said" (a place or a team is rarely cut so)."""
        tokens, claims = self.tokens, self.claims
        # Counted only when a pair asks (most texts leave no pair undecided): a walk over
        # every token.
        alone: dict[str, int] | None = None
        surnames_known = {p.words[-1] for p in self.people.values()}
        # Words alone that a cue made a person's ("Lealofi said"): the first word of an
        # undecided pair too ("Lealofi Saumani refused to comment. Lealofi said ...": a
        # given name of no table, by which Polynesian, Thai or Ethiopian copy names people)
        cued_alone: set[str] | None = None
        remaining = []
        for start, end, whole in self.open_runs:
            first, last = tokens[start].text, tokens[end - 1].text
            pair = whole and 1 < end - start <= 3
            if pair and alone is None:
                alone = self.words_alone()  # before any pair is taken: the text as it was
            if pair and cued_alone is None:
                cued_alone = {tokens[k].text for k, _ in self.singles}
            if (pair and alone is not None
                    and (alone.get(last, 0) > 0 or self.run_next_to_person(start, end)
                         or (cued_alone is not None and first in cued_alone
                             and last not in CLUB_ONLY_WORDS and last not in TEAM_PLURALS
                             and last not in PLACE_WORDS
                             and last not in ORG_HEADS))
                    and claims[start] is None
                    and not last.endswith("s") and first not in surnames_known
                    and first not in US_STATES and first.lower() not in self.lower_words
                    and last.lower() not in self.lower_words and last not in self.companies
                    and not last.isupper() and not self.place_run(start, end)):
                self.add_person(start, end, GIVEN_NAMES.get(first), self.role_text(start, start))
            else:
                remaining.append((start, end, whole))
        self.open_runs = remaining

    def firm_before_namesake(self, word: str, at: int, people: list[Person] | None) -> bool:
        """True for a lone word at offset `at` that an organisation named before it has
        in its name, where every person of that surname is named only after it: the
        firm's short form ("Hoshino Motors recalled cars. Hoshino said ... its founder
        Kenji Hoshino"), not the person's (copy names a person first, then by surname)."""
        if people and any(p.first_at < at for p in people):
            return False
        return any(word in org.name.split() and any(s < at for s, _ in org.mentions)
                   for org in self.orgs.organizations)

    def words_alone(self) -> dict[str, int]:
        """How often each capitalised word stands alone, no capitalised word joined to it
        on either side, unclaimed, in running text (not opening a sentence, unless it
        reads as a name there)."""
        tokens, claims, text = self.tokens, self.claims, self.text
        alone: dict[str, int] = {}
        for k in self.capitalised:
            tok = tokens[k]
            if (claims[k] is None and not tok.caps_line
                    and (not starts_sentence(text, tok) or self.opens_as_name(k))
                    and (k == 0 or not (tokens[k - 1].cap or tokens[k - 1].text in PARTICLES)
                         or not joined(text, tokens[k - 1], tok))
                    and (k + 1 == len(tokens) or not tokens[k + 1].cap
                         or not joined(text, tok, tokens[k + 1]))):
                alone[tok.text] = alone.get(tok.text, 0) + 1
        return alone

    def opens_as_name(self, k: int) -> bool:
        """A word opening a sentence that reads as a surname there: followed by a comma or
        a reporting verb ("Adesanya, born in ...", "Adesanya said") and in no table of
        other words, never written in lower case."""
        tok = self.tokens[k]
        t = tok.text
        if not (starts_at(self.text, ", ", tok.end) or self.speech_after(k + 1)):
            return False
        return (t.lower() not in self.lower_words and t not in NOT_FIRST and t not in NEVER_NAME
                and t not in HEADLINE_WORDS and t not in PLACE_WORDS and t not in ORG_HEADS
                and t not in CITIES and t not in HONORIFICS and len(t) > 2)

    def lone_names(self) -> None:
        """A capitalised word named once, alone, that the words around it make a person's
        surname: "the Quell administration", "Quell's spokesman", "Quell and Jane Roe"."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        open_singles = {start for start, end, _ in self.open_runs if end - start == 1}
        first_names = {p.words[0] for p in self.people.values() if len(p.words) > 1}
        for k in sorted(open_singles):
            tok = tokens[k]
            t = tok.text
            if t in first_names or (k + 1 < n and tokens[k + 1].cap
                                    and joined(text, tok, tokens[k + 1])):
                continue  # a known person's first name, or the start of a longer name
            if claims[k] is not None or tok.caps_line or t.isupper() or len(t) < 3:
                continue
            if starts_sentence(text, tok):
                if self.surname_opening_sentence(k) or (
                        starts_at(text, ("'s", "’s"), tok.end)
                        and POSSESSED_ROLE.match(text, tok.end + 2)
                        and self.plausible_single(k) and t not in CITIES):
                    # "Asamoah-Boateng scored twice", "Quellmore's campaign manager, ..."
                    self.singles.append((k, None))
                continue
            if (not self.plausible_single(k)
                    or t in PLACE_WORDS or t in ORG_HEADS or t in HONORIFICS
                    or t in self.companies):
                continue
            prev = tokens[k - 1] if k > 0 else None
            nxt = tokens[k + 1] if k + 1 < n else None
            after = text[tok.end:tok.end + 3]
            cue = False
            if (nxt is not None and nxt.text in SURNAME_CONTEXT_AFTER and prev is not None
                    and prev.text in ("the", "The") and joined(text, prev, tok)
                    and joined(text, tok, nxt)):
                cue = True  # "the Quell administration"
            elif after[:2] in ("'s", "’s") and POSSESSED_ROLE.match(text, tok.end + 2):
                cue = True  # "Quell's former spokesman"
            elif not (t in CITIES and t not in SURNAMES) and self.next_to_person(k):
                cue = True  # "Quell and Jane Roe", "Jane Roe or Quell"
            elif self.surname_in_running_text(k):
                cue = True  # "polls showing Quell leading", "alongside Quell at the debate"
            if cue:
                self.singles.append((k, None))

    def surname_in_running_text(self, k: int) -> bool:
        """A lone word inside a sentence that a surname list holds and nothing else
        claims (no given name, city, organisation's word or word the text writes in lower
        case), after a word that comes before people ("alongside", "against", "than") or
        before a verb a person does ("Quell leading", "Quell ranks fourth")."""
        tok = self.tokens[k]
        t = tok.text
        if not (t in SURNAMES or t in WORLD_SURNAMES) or t in self.orgs.words():
            return False
        before = self.text[max(0, tok.start - 12):tok.start]
        if before.endswith(" by ") and _AGENT_BY_BEFORE.search(
                self.text, max(0, tok.start - 28), tok.start) is not None:
            # "a plan backed by Quell", "criticised by Quell": what a person does to
            # another (a surname that is also a town's or a given name too: no town backs
            # a plan, and a given name alone names a person as well)
            return True
        if (_FOLLOWERS_AFTER.match(self.text, tok.end) is not None and t not in CITIES
                and not t.endswith("s")):
            return True  # "Quell allies say" (but a city's: "Elston supporters", a club's)
        if t in GIVEN_NAMES or t in CITIES or t.endswith("s"):
            return False
        if PEOPLE_PREPOSITION.search(before) is not None:
            # (but "the match against Quell", "their win over ...": a side, in a match
            # report; a player there is named in full somewhere, and linked so)
            return _MATCH_AGAINST.search(self.text, max(0, tok.start - 40),
                                         tok.start) is None
        return PERSON_VERB_AFTER.match(self.text, tok.end) is not None

    def surname_opening_sentence(self, k: int) -> bool:
        """A lone word opening a sentence that is a surname in the name lists (or two of
        them joined by a hyphen), never a place or a word the text writes in lower case,
        followed by a verb in the past tense: "Boateng scored", "Asamoah-Boateng struck"."""
        text = self.text
        tok = self.tokens[k]
        t = tok.text
        verb = _NEXT_WORD.match(text, tok.end)
        if (verb is None or verb.group(1) not in _PAST_VERBS or len(t) < 4
                or t.lower() in self.lower_words or t in CITIES or not self.plausible_single(k)
                or t in PLACE_WORDS or t in ORG_HEADS or t in HONORIFICS or t in NOT_FIRST):
            return False
        parts = t.split("-")
        if len(parts) > 2 or not all(p[:1].isupper() for p in parts):
            return False
        return all(p in SURNAMES or p in WORLD_SURNAMES for p in parts) and not any(
            p in CITIES or p.lower() in self.lower_words for p in parts)

    def run_next_to_person(self, start: int, end: int) -> bool:
        """"Jane Roe and Oyelaran Adebayo met": an undecided pair joined to a person by
        "and" or "or" is one too."""
        tokens, text, claims = self.tokens, self.text, self.claims
        n = len(tokens)
        if (end + 1 < n and tokens[end].text in ("and", "or") and claims[end + 1] == "person"
                and joined(text, tokens[end - 1], tokens[end])
                and joined(text, tokens[end], tokens[end + 1])):
            return True
        return (start >= 2 and tokens[start - 1].text in ("and", "or")
                and claims[start - 2] == "person"
                and joined(text, tokens[start - 2], tokens[start - 1])
                and joined(text, tokens[start - 1], tokens[start]))

    def next_to_person(self, k: int) -> bool:
        """True when token k and a person are joined by "and" or "or"."""
        tokens, text, claims = self.tokens, self.text, self.claims
        for link, other in ((k + 1, k + 2), (k - 1, k - 2)):
            if not (0 <= other < len(tokens) and tokens[link].text in ("and", "or")):
                continue
            left, right = sorted((k, other))
            if (claims[other] == "person" and joined(text, tokens[left], tokens[link])
                    and joined(text, tokens[link], tokens[right])):
                return True
        return False

    def short_forms(self) -> None:
        self.recurring_surnames()
        self.lone_names()
        self.merge_variants()
        by_last: dict[str, list[Person]] = {}
        by_first: dict[str, list[Person]] = {}
        # The first of two surnames ("Castillo" of Pedro Castillo Terrones): taken for a
        # short form only where the word is cued as a person's on its own ("Castillo
        # said", "President Castillo"), as such a word may be a place or a creed too.
        by_inner: dict[str, list[Person]] = {}
        for person in self.people.values():
            last = person.words[-1]
            by_last.setdefault(last, []).append(person)
            if not last.isascii():
                by_last.setdefault(plain(last), []).append(person)  # "Ibanez" of Ibáñez
            if has_article(last):
                by_last.setdefault(last[0].upper() + last[1:], []).append(person)  # "Al-Rashid"
                bare = last.partition("-")[2]
                if len(bare) > 2 and bare[0].isupper():
                    by_last.setdefault(bare, []).append(person)  # "Rashid" of al-Rashid
            inner = list(person.words[1:-1])
            before_particle = False
            while inner and inner[-1] in PARTICLES:
                inner.pop()  # "Lula" of Luiz Inacio Lula da Silva
                before_particle = True
            if (inner and (person.words[0] in GIVEN_NAMES or person.role is not None)
                    and inner[-1][:1].isupper()
                    and (before_particle or inner[-1] not in CORE_GIVEN_NAMES)
                    and not is_initial(inner[-1])):
                by_inner.setdefault(inner[-1], []).append(person)
            elif inner and has_article(inner[-1]) and person.words[0] in GIVEN_NAMES:
                # "Al-Amin's lawyer" of Mohammed al-Amin Osman
                by_inner.setdefault(inner[-1][0].upper() + inner[-1][1:], []).append(person)
            if len(person.words) > 1 and person.words[0] in EAST_ASIAN_FAMILY:
                by_last.setdefault(person.words[0], []).append(person)  # "Park" of Park Min-jun
            first_word = person.words[0]
            if len(person.words) > 1 and (first_word in GIVEN_NAMES or (
                    # a first name in no list ("Tedros" of Dr. Tedros Adhanom), of a person
                    # a title or role marks or of a name whose first word comes again,
                    # unless the text uses the word otherwise
                    (person.role is not None or person.name in self.first_named_again
                     or (first_word not in SURNAMES and first_word not in WORLD_SURNAMES
                         and self.named_again(first_word)))
                    and first_word[:1].isupper() and first_word.lower() not in self.lower_words
                    and not is_initial(first_word) and first_word not in CITIES
                    and first_word not in HONORIFICS and first_word not in CAP_PARTICLES
                    and first_word not in EAST_ASIAN_FAMILY)):
                by_first.setdefault(first_word, []).append(person)
        # Undecided runs: a known person's last words ("Mar Quell" of Ana Lia Mar Quell), or
        # a new person sharing a known surname ("Ruth Quell" after "Tom Quell").
        for start, end, _ in self.open_runs:
            words = tuple(t.text.lower() for t in self.tokens[start:end])
            found = by_last.get(self.tokens[end - 1].text)
            if not found and end - start == 1 and self.speech_after(end):
                # "Rahimah Osman ... Rahimah told reporters": a town's name too, but the
                # first name of the one person so named, reporting
                first_named = self.called_by_first(self.tokens[start].text)
                if first_named:
                    self.mention_span(first_named[0], start, end, None)
                    continue
            if not found and end - start > 1:
                holder = self.inner_words_of(words)
                if holder is not None:
                    # "Bin Hamdan said" of Yusuf bin Hamdan bin Saqr
                    self.mention_span(holder, start, end, None)
                continue
            if not found or (end - start == 1 and self.tokens[start].key in CITIES
                             and self.place_preposition_before(start)):
                continue  # ("voters in Brasov" after Teodor Brasov: the city)
            fitting = [person for person in found if len(person.words) > len(words)
                       and tuple(w.lower() for w in person.words[-len(words):]) == words]
            if fitting:
                person = (self.namesake(fitting, start, None, latest=False)
                          if end - start == 1 else fitting[0])
                self.mention_span(person, *self.along_name(person, start, end), None)
            else:
                if (len(words) > 1 and self.claims[start] is None
                        and self.tokens[start].text not in _PLACE_NAMED_AFTER):
                    # (not "Fort Vidal" after Ana Vidal: a place named after her)
                    self.add_person(start, end, GIVEN_NAMES.get(self.tokens[start].text), None)
        # Titled or reported single names: a known person's surname, or a new person.
        org_words = self.orgs.words()
        named_alone: dict[str, Person] = {}  # new people named by one word so far
        for k, sex in self.singles:
            if self.claims[k] is not None:
                continue
            tok = self.tokens[k]
            if tok.text in org_words and tok.text not in by_last:
                continue  # "Fisheries said" after "the Fisheries Department"
            if tok.text in org_words and self.firm_before_namesake(tok.text, tok.start,
                                                                   by_last.get(tok.text)):
                continue  # "Hoshino Motors recalled ... Hoshino said ... founder Kenji Hoshino"
            found = self.namesakes_fitting(by_last.get(tok.text) or by_inner.get(tok.text)
                                           or self.called_by_first(tok.text)
                                           or self.unaccented(by_last, tok.text)
                                           or self.misspelt(by_last, tok.text), k, sex)
            if found:
                person = self.namesake(found, k, sex)
                self.mention_span(person, k, k + 1, sex)
                if tok.text == person.words[0] and person not in by_first.get(tok.text, []):
                    by_first.setdefault(tok.text, []).append(person)  # "Prayuth" again later
            else:
                end = k + 1
                if self.regnal_after(k):
                    end = k + 2  # "Queen Ann I": the number is part of the name
                name = " ".join(t.text for t in self.tokens[k:end])
                person = Person(name=name, words=(tok.text,), first_at=tok.start)
                self.people[name] = person
                by_last.setdefault(tok.text, []).append(person)
                self.mention_span(person, k, end, sex)
                if end == k + 1:
                    named_alone[tok.text] = person
        if named_alone:
            self.full_names_of(named_alone)
        # Every other capitalised token that is a known surname or first name.
        stolen: set[tuple[int, int]] = set()
        for k in self.capitalised:
            tok = self.tokens[k]
            claim = self.claims[k]
            if claim == "country":
                # "Jordan" and "Washington" are people where a Jordan or Washington is.
                if tok.text not in AMBIGUOUS_NAMES and tok.text not in AMBIGUOUS_CAPITALS:
                    continue
                if tok.key not in by_last or self.country_context(k):
                    continue
                stolen.add((tok.start, tok.end))
            elif claim is not None or k in self.thing_tokens:
                continue  # (or a word of a place's name: "the Kranich Theatre")
            key = tok.key
            found = by_last.get(key)
            if found is None and not key.isascii():
                found = by_last.get(plain(key))  # "Güemes" of Jose Guemes
            shouted = False
            if found is None and len(key) >= 5 and key.isupper() and not tok.caps_line:
                shouted = True  # "ROE-QUELL, speaking": a surname in capitals
                key = "-".join(p.capitalize() for p in key.split("-"))
                found = by_last.get(key)
            if found is None and key in by_inner and not self.place_preposition_before(k) and (
                    key in SURNAMES or key in WORLD_SURNAMES
                    or PERSON_AFTER.match(self.text, tok.end, tok.end + 40) is not None
                    or self.speech_after(k + 1)
                    or (key not in CITIES and key.lower() not in self.lower_words
                        and key not in org_words and key not in GIVEN_NAMES)):
                found = by_inner[key]  # "Castillo, 49, was": the first of two surnames
            if found is None:
                found = by_first.get(key)
                if found is None or len(found) > 1 or key in by_last:
                    continue
                nxt = self.tokens[k + 1] if k + 1 < len(self.tokens) else None
                if nxt is not None and nxt.key in by_last and joined(self.text, tok, nxt):
                    continue  # "DORIAN KESTREL": the surname takes the given name with it
                if k > 0 and self.tokens[k - 1].text in _SAINT_WORDS and joined(
                        self.text, self.tokens[k - 1], tok):
                    continue  # "the St. Olav medal" after Olav Lindahl: a saint's name
            if (k > 0 and self.tokens[k - 1].text in _PLACE_NAMED_AFTER
                    and self.claims[k - 1] in (None, "other")
                    and joined(self.text, self.tokens[k - 1], tok)):
                continue  # "the town was called Port Vidal" after Ana Vidal: a place named
                # after the person, not a mention of her
            if ends_at(self.text, _PLACE_ENDS, tok.start) and self.place_preposition_before(
                    k) and key in CITIES:
                continue  # "Teodor Brasov ... voters in Brasov": the city he is named like
            if (_SUBDIVISION_AT.starts(self.text, tok.end)
                    and SUBDIVISION_AFTER.match(self.text, tok.end) is not None):
                continue  # "Nguyen Van Long ... in Thai Nguyen province": the region
            if (not tok.caps_line and tok.text.isupper() and len(tok.text) > 1
                    and not (shouted and key in by_last)):
                continue  # an acronym; but "ROE-QUELL, speaking": a surname in capitals
            if starts_sentence(self.text, tok) and key.lower() in self.lower_words:
                continue
            if key in NEVER_NAME and (_NEVER_NAME_ALONE.match(self.text, tok.end) is None
                                      or self.text[tok.start - 1:tok.start] in _QUOTES_OPEN):
                continue  # "Oh Min-jun ... 'Oh, well'": the interjection, not "Oh said"
            if key in self.companies or (key in MONTH_NAMES and self.reads_as_month(k)):
                continue
            if key in org_words and self.firm_before_namesake(key, tok.start, found):
                continue  # "Hoshino Motors ... Hoshino said ... founder Kenji Hoshino"
            person = self.namesake(found, k, None)
            first = k
            if k > 0 and self.claims[k - 1] is None:
                prev = self.tokens[k - 1]  # "JANE QUELL", "Jane Quell Speaks ..."
                if (prev.key in GIVEN_NAMES or prev.key == person.words[0]) and joined(
                        self.text, prev, tok) and prev.caps_line == tok.caps_line:
                    first = k - 1
            first, stop = self.along_name(person, first, k + 1)
            self.mention_span(person, first, stop, None)
        if stolen:
            for country in self.countries:
                country.mentions[:] = [m for m in country.mentions if m not in stolen]

    def inner_words_of(self, words: tuple[str, ...]) -> Person | None:
        """The one person whose name holds `words` (in lower case) after its first word
        and before its last ("bin hamdan" of Yusuf bin Hamdan bin Saqr), or None."""
        size = len(words)
        found = [person for person in self.people.values() if len(person.words) > size + 1
                 and any(tuple(w.lower() for w in person.words[p:p + size]) == words
                         for p in range(1, len(person.words) - size))]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def unaccented(by_last: dict[str, list[Person]], word: str) -> list[Person] | None:
        """The people whose surname is `word` written without its accents ("Güemes" of
        Jose Guemes), or None."""
        return None if word.isascii() else by_last.get(plain(word))

    @staticmethod
    def misspelt(by_last: dict[str, list[Person]], word: str) -> list[Person] | None:
        """The one person named in full whose surname `word` is with a letter left out
        or doubled ("Bradvold said" of Ilse Brandvold, "Kjellstrom" of Ana Kjelstrom),
        when `word` is a surname no table knows: a slip of the writer's, not a new
        person. None when no one, or more than one, is so named."""
        if len(word) < 6 or not word.isalpha() or word in SURNAMES or (
                word in WORLD_SURNAMES or word in GIVEN_NAMES):
            return None
        found: list[Person] = []
        low = word.lower()
        for last, people in by_last.items():
            if abs(len(last) - len(word)) != 1 or last[0] != word[0] or last[-2:] != word[-2:]:
                continue
            # (in lower case: "McRonan" of Ana McCronan)
            short, long = (low, last.lower()) if len(word) < len(last) else (last.lower(), low)
            if any(long[:i] + long[i + 1:] == short for i in range(1, len(long) - 2)):
                found.extend(p for p in people if len(p.words) > 1 and p not in found)
        return found if len(found) == 1 else None

    def full_names_of(self, named_alone: dict[str, Person]) -> None:
        """An undecided pair or triple ending in the word a new person was named by alone
        is that person's full name, when it is the only such run: "the Senate confirmed
        Anand Quell-Reyes ... Quell-Reyes, a former official, said" (a given name in no
        list)."""
        runs: dict[str, list[tuple[int, int]]] = {}
        for start, end, whole in self.open_runs:
            if whole and 1 < end - start <= 3 and self.tokens[end - 1].text in named_alone:
                runs.setdefault(self.tokens[end - 1].text, []).append((start, end))
        for word, spans in runs.items():
            texts = {" ".join(t.text for t in self.tokens[s:e]) for s, e in spans}
            if len(texts) != 1 or any(self.claims[q] is not None
                                      for s, e in spans for q in range(s, e)):
                continue
            person = named_alone[word]
            name = texts.pop()
            if name in self.people:
                continue
            del self.people[person.name]
            person.name = name
            person.words = tuple(name.split())
            self.people[name] = person
            for s, e in spans:
                self.mention_span(person, s, e, None)
                person.first_at = min(person.first_at, self.tokens[s].start)

    def along_name(self, person: Person, start: int, end: int) -> tuple[int, int]:
        """The mention of `person` at tokens start..end-1 widened over the unclaimed
        neighbours that go on with the words of the name, particles included:
        "Fernández de Córdoba" of Lucía Fernández de Córdoba, read from one of its
        words (a surname that is also a city is not a run of its own)."""
        tokens, text, claims = self.tokens, self.text, self.claims
        size = end - start
        if len(person.words) <= size:
            return start, end
        words = self._lowered.get(person.name)
        if words is None:
            words = self._lowered[person.name] = [w.lower() for w in person.words]
        if not ((start > 0 and claims[start - 1] is None
                 and tokens[start - 1].key.lower() in words)
                or (end < len(tokens) and claims[end] is None
                    and tokens[end].key.lower() in words)):
            return start, end  # most mentions: no word of the name right next to them
        at = [p for p in range(len(words) - size + 1)
              if [t.key.lower() for t in tokens[start:end]] == words[p:p + size]]
        if not at:
            return start, end
        p = at[-1]
        while (p > 1 and start > 0 and claims[start - 1] is None
               and tokens[start - 1].key.lower() == words[p - 1]
               and joined(text, tokens[start - 1], tokens[start])):
            start -= 1  # not back to the first word: a given name is not a short form
            p -= 1
        q = p + (end - start)
        stop = end
        while (q < len(words) and stop < len(tokens) and claims[stop] is None
               and tokens[stop].key.lower() == words[q]
               and joined(text, tokens[stop - 1], tokens[stop])):
            stop += 1
            q += 1
        while stop > end and tokens[stop - 1].text in PARTICLES:
            stop -= 1  # never ending on "de"
        return start, stop

    def called_by_first(self, word: str) -> list[Person] | None:
        """The one person whose name starts with `word`, for a titled or reported word that
        is no one's surname: "PM Prayuth" after Prayuth Chan-ocha (Thai, Indonesian and
        Burmese news name people by their first name)."""
        found = [p for p in self.people.values() if len(p.words) > 1 and p.words[0] == word]
        return found if len(found) == 1 else None

    def nicknames(self) -> None:
        """A one-word name written right after a full name as its nickname is that
        person's, there and wherever the text writes it again ("Ahmed Roe Yusuf, known as
        Gurey, ... Gurey said"; "Ana Quell \"Nana\""): one person, with the nickname's
        mentions (a nickname found as a person of its own joins the full name's)."""
        text, tokens, claims = self.text, self.tokens, self.claims
        found: list[tuple[Person, str, int]] = []
        for person in self.people.values():
            if len(person.words) > 1:
                for _, end in person.mentions:
                    if not nickname_may_follow(text, end):
                        continue
                    m = _NICKNAME_AFTER.match(text, end)
                    if m is not None and (not m.group(1).endswith(('"', "“"))
                                          or starts_at(text, ('"', "”"), m.end(2))):
                        found.append((person, m.group(2), m.start(2)))
        for person, nick, at in found:
            alone = self.people.get(nick)
            if alone is not None and alone is not person:
                if min(alone.mentions)[0] != at:
                    continue  # (a person of that name before: not this nickname)
                person.mentions.extend(alone.mentions)
                person.gender = person.gender or alone.gender
                del self.people[nick]
                continue
            if any(t.start == at and claims[k] is None for k, t in enumerate(tokens)):
                for k, t in enumerate(tokens):
                    if t.text == nick and claims[k] is None and t.start >= at:
                        claims[k] = "person"
                        person.mentions.append((t.start, t.end))

    def known_as(self) -> None:
        """A name followed by ", as Roe is known" is another name of the person that
        surname names ("Abu Quell, as Roe is known, ..."): one person, with both names'
        mentions."""
        text = self.text
        if ", as " not in text:
            return  # (most articles)
        by_last: dict[str, list[Person]] = {}
        for person in self.people.values():
            by_last.setdefault(person.words[-1], []).append(person)
        for person in list(self.people.values()):
            if person.name not in self.people:
                continue
            for _, end in person.mentions:
                m = _AS_KNOWN_AFTER.match(text, end)
                if m is None:
                    continue
                holders = [p for p in by_last.get(m.group(1), []) if p is not person
                           and p.name in self.people]
                if len(holders) == 1:
                    self._fold(person, into=holders[0])
                break

    def merge_shortened(self) -> None:
        """One person for a long name and a shorter one of its words in the same order that
        opens with the same given name ("José Manuel Restrepo Gaviria" and "José Restrepo":
        the first of two surnames is how Spanish copy names him; "Jan-Willem van den Heuvel"
        and "Jan van den Heuvel"; not the first words of the longer name, a parent's name
        in Burmese or Arabic naming: "Kyaw Zin"), and for a Korean or Chinese name written
        both ways round ("Kim Min-jae", "Min-jae Kim")."""
        people = sorted(self.people.values(), key=lambda p: -len(p.words))
        if len(people) < 2:
            return
        # shortened() needs the short name's first word to open the full name, alone or
        # before a hyphen, or (Korean and Chinese names both ways round) to be its second
        # word: the names asked about are those, found by their first words, in the
        # order of `people`, instead of every pair.
        by_first: dict[str, list[int]] = {}
        for k, person in enumerate(people):
            first = person.words[0] if person.words else ""
            by_first.setdefault(first, []).append(k)
            if "-" in first:
                by_first.setdefault(first.split("-")[0], []).append(k)
        for short in people[::-1]:
            words = short.words
            if len(words) < 2 or short.name not in self.people:
                continue
            picks = set(by_first.get(words[0], ()))
            if len(words) == 2:
                picks.update(by_first.get(words[1], ()))
            for k in sorted(picks):
                full = people[k]
                if len(full.words) < len(words) or full is short or (
                        full.name not in self.people):
                    continue
                if self.shortened(full.words, words):
                    self._fold(short, into=full)
                    break

    def fold_particle_tails(self) -> None:
        """One person for a full name with a particle inside and a name made of the words
        after the particle that the text writes only after it ("Mariem mint Sidi Baba"
        and "mint Sidi Baba said": the second read alone, with a given name first, as
        someone else). The particle is put back on the mentions by particles_before."""
        text = self.text
        by_tail: dict[tuple[str, ...], list[Person]] = {}
        for person in self.people.values():
            words = person.words
            for p in range(2, len(words)):
                if words[p - 1] in PARTICLES:
                    by_tail.setdefault(tuple(w.lower() for w in words[p:]), []).append(person)
        if not by_tail:
            return
        for short in list(self.people.values()):
            holders = by_tail.get(tuple(w.lower() for w in short.words))
            if not holders or len(holders) != 1 or holders[0] is short or not short.mentions:
                continue  # (two full names ending so: which one is meant is not told)
            full = holders[0]
            if full.name not in self.people:
                continue
            particle = full.words[len(full.words) - len(short.words) - 1] + " "
            if all(text[max(0, s - len(particle)):s].lower() == particle
                   for s, _ in short.mentions):
                self._fold(short, into=full)

    def _fold(self, short: Person, into: Person) -> None:
        """`short` is another name of `into`: its mentions, role and sex go to `into`,
        and it leaves the people."""
        into.mentions.extend(short.mentions)
        into.role = into.role or short.role
        into.gender = into.gender or short.gender
        into.first_at = min(into.first_at, short.first_at)
        del self.people[short.name]

    @staticmethod
    def shortened(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
        """merge_shortened's test of two names' words."""
        first = full[0]
        same_first = short[0] == first or ("-" in first and first.split("-")[0] == short[0])
        if len(full) == len(short):
            # "Min-jae Kim" of Kim Min-jae: the family name first in one of them; "Jan van
            # Roe" of Jan-Willem van Roe: the first of two given names
            return (len(full) == 2 and full[0] == short[1] and full[1] == short[0]
                    and (full[0] in EAST_ASIAN_FAMILY or short[0] in EAST_ASIAN_FAMILY)) or (
                same_first and short[0] != first and full[1:] == short[1:])
        if not same_first or short[-1] in PARTICLES or (
                full[:len(short)] == short and short[-1] not in _JUNIOR_WORDS):
            # ("Kyaw Zin" of Kyaw Zin Htet: his father, named in his name; but "Vinícius
            # Júnior" of Vinícius Júnior da Silva)
            return False
        at = 1
        for word in short[1:]:
            while at < len(full) and full[at] != word:
                at += 1
            if at == len(full):
                return False
            at += 1
        return True

    def merge_variants(self) -> None:
        """One person for "Tom Roe" and "Thomas A. Roe Jr." (same surname, same initial)
        and for "Ana Lia Mar Quell" and "Mar Quell" (the last words of a longer name)."""
        people = sorted(self.people.values(), key=lambda p: -len(p.words))
        by_last: dict[str, list[Person]] = {}
        for person in people:
            by_last.setdefault(person.words[-1], []).append(person)
        for short in people:
            if len(short.words) < 2:
                continue
            tail = tuple(w.lower() for w in short.words)
            for full in by_last[short.words[-1]]:
                if full is short or full.name not in self.people:
                    continue
                # "Teddy Roe" of Theodore Roe: a pet form of the given name
                pet = pet_form_of(short.words[0], full.words[0])
                if full.words[-1] != short.words[-1] or len(full.words) < len(short.words) or (
                        len(full.words) == len(short.words) and not pet and not (
                            # "A.de Silva" of Ana de Silva, "D. Roe" of Dina Roe: an
                            # initial for the given name
                            (len(short.words[0]) == 1 or is_initial(short.words[0]))
                            and len(full.words[0]) > 2 and not is_initial(full.words[0]))):
                    continue
                if (full.words[0][0] == short.words[0][0] or pet
                        or tuple(w.lower() for w in full.words[-len(tail):]) == tail):
                    self._fold(short, into=full)
                    break
            if short.name in self.people and short.words[0] in CAP_PARTICLES:
                # "Bin Sultan said" of Khalid bin Sultan bin Nasser: the inner words
                holder = self.inner_words_of(tail)
                if holder is not None and holder is not short:
                    holder.mentions.extend(short.mentions)
                    del self.people[short.name]

    def namesakes_fitting(self, found: list[Person] | None, k: int,
                          sex: str | None) -> list[Person]:
        """The people a titled surname at token k may stand for: those whose sex fits
        the title's, or for a title that tells none ("President Roe"), the sex the
        other titles of that surname tell most ("Mr. Roe"). None left: "Mr. Roe" and
        "Ana Roe" are two people."""
        if not found:
            return []
        titled = self.titled_as(found, k)
        if titled:
            return titled  # "Governor Roe" is the governor, whoever else is a Roe
        if sex is None:
            sex = self.surname_sex().get(self.tokens[k].text)
        if sex is not None:
            found = [p for p in found if self.person_sex(p) in (sex, None)]
        return found

    def surname_sex(self) -> dict[str, str]:
        """The sex the titles before each lone surname tell, by majority."""
        if self._surname_sex is None:
            votes: dict[str, dict[str, int]] = {}
            for k, sex in self.singles:
                if sex is not None:
                    count = votes.setdefault(self.tokens[k].text, {})
                    count[sex] = count.get(sex, 0) + 1
            self._surname_sex = {word: max(count, key=lambda s: count[s])
                                 for word, count in votes.items()
                                 if len(count) == 1 or len(set(count.values())) > 1}
        return self._surname_sex

    def namesake(self, found: list[Person], k: int, sex: str | None,
                 latest: bool = True) -> Person:
        """Which of several people sharing a name token k stands for: the ones that fit
        the sex its title tells ("Mrs. Roe"), the title before it ("Governor Roe" is the
        governor); of those, the one named last (`latest`) or else the one named first,
        the article's principal (for a bare surname). The first pronoun after the name
        was tried as a sign of sex too: it as often stands for someone else."""
        if len(found) < 2:
            return found[0]
        tok = self.tokens[k]
        fits = found
        if sex is not None:
            fits = [p for p in fits if self.person_sex(p) in (sex, None)] or fits
        fits = self.titled_as(fits, k) or fits
        return self.closest(fits, tok.start) if latest else fits[0]

    def titled_as(self, found: list[Person], k: int) -> list[Person]:
        """Those of `found` whose role holds the title right before token k."""
        tok = self.tokens[k]
        if k == 0 or not self.tokens[k - 1].cap or not joined(self.text, self.tokens[k - 1],
                                                             tok):
            return []
        title = self.tokens[k - 1].text.rstrip(".").lower()
        return [p for p in found if p.role and title in p.role.lower().replace(".", "")]

    @staticmethod
    def person_sex(person: Person) -> str | None:
        if len(person.words) >= 2 and person.words[0] in EITHER_SEX and (
                person.gender in (None, GIVEN_NAMES.get(person.words[0]))):
            return None  # "Mr. Dunne" after "Kelly Dunne": the table's sex tells nothing
        if person.gender or len(person.words) < 2:
            return person.gender
        return GIVEN_NAMES.get(person.words[0]) or None

    def closest(self, found: list[Person], at: int) -> Person:
        """Of several people sharing a name, the one named last before `at` (the first
        one named when all come later)."""
        before = [p for p in found if p.first_at <= at]
        return max(before, key=lambda p: p.first_at) if before else found[0]
