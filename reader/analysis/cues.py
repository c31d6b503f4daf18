"""Words that report speech: the cue that ties a quote to whoever said it.

The verbs are English reporting verbs ("said", "told", "added", "wrote", ...) in all
their forms, the nouns are the ones that carry a quote after a possessive ("Berg's
claim that ..."), and "according to" names its source after it. The lists are written
here from ordinary English usage.
"""

from __future__ import annotations

import re

from reader.regex_cache import compiled

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)


def word_set(words: str) -> frozenset[str]:
    """The set of the space-separated words of `words` (keeps long lists readable)."""
    return frozenset(words.split())

# base form -> other forms; regular forms are generated below.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "sing": ("sings", "sang", "singing", "sung"),
    "read": ("reads", "reading"),
    "speak": ("speaks", "spoke", "speaking"),
    "put": ("puts", "putting"),
    "tweet": ("tweets", "tweeted", "tweeting"),
    "post": ("posts", "posted", "posting"),
    "quip": ("quips", "quipped", "quipping"),
    "admit": ("admits", "admitted", "admitting"),
    "testify": ("testifies", "testified", "testifying"),
    "reply": ("replies", "replied", "replying"),
    "deny": ("denies", "denied", "denying"),
    "cry": ("cries", "cried", "crying"),
    "shout": ("shouts", "shouted", "shouting"),
    "swear": ("swears", "swore", "swearing", "sworn"),
    "begin": ("begins", "began", "beginning"),
    "prefer": ("prefers",),
    # consonant doubling, and forms of verbs whose other forms are mostly nouns
    "concur": ("concurs", "concurred", "concurring"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "demur": ("demurs", "demurred", "demurring"),
    "brag": ("brags", "bragged", "bragging"),
    "beg": ("begs", "begged", "begging"),
    "shrug": ("shrugs", "shrugged", "shrugging"),
    "sob": ("sobs", "sobbed", "sobbing"),
    "fret": ("frets", "fretted", "fretting"),
    "deadpan": ("deadpans", "deadpanned", "deadpanning"),
    "blog": ("blogs", "blogged", "blogging"),
    "text": ("texted", "texting"),
    "email": ("emailed", "emailing"),
    "marvel": ("marvels", "marveled", "marvelled", "marveling", "marvelling"),
    "forecast": ("forecasts", "forecasting"),
}

_REGULAR: Final = (
    "add ask explain continue note declare argue claim insist warn respond answer "
    "recall remark acknowledge announce assert comment complain concede confirm contend "
    "describe emphasize emphasise joke observe predict promise report reiterate repeat "
    "suggest vow urge call dub label brand praise mock accuse pledge boast conclude lament "
    "exclaim scream whisper mutter yell agree allege caution charge counter demand insist "
    "muse opine plead proclaim recount retort reveal scoff snap stress tout underscore "
    "affirm blast slam hail criticize criticise decry dismiss mention point echo wonder "
    "question characterize characterise refer term deride chide lambast "
    "maintain estimate explain conclude advise inform remind assure instruct caution "
    "encourage implore liken compare condemn exhort laud cite bemoan chant reference "
    "applaud lash attack assail "
    # verbs of manner and of reply that report speech in news writing ("Roe fumed")
    "fume gush rail tease grumble gripe sigh laugh rave rant groan moan gasp hiss snarl "
    "sneer jeer taunt scold rebuke chastise interject interrupt confide disclose "
    "divulge speculate surmise theorize theorise posit hint imply protest riposte "
    "gloat enthuse ponder reflect recite intone inquire enquire query recommend "
    "propose reassure guarantee threaten clarify elaborate attest aver avow profess reckon "
    "relent bellow murmur stammer stutter sputter blurt wisecrack denounce deplore chime "
    "sniff huff wail holler "
    "bristle grouse harrumph seethe growl exult mumble quibble excoriate castigate berate "
    "admonish upbraid beseech cajole coax entreat narrate reminisce rejoin chuckle giggle "
    "snicker confess expound summarize summarise lampoon"
)


def _regular_forms(base: str) -> tuple[str, ...]:
    if base.endswith("e"):
        return (base, base + "s", base + "d", base[:-1] + "ing")
    if base.endswith(("sh", "ch", "ss", "x")):
        return (base, base + "es", base + "ed", base + "ing")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base, base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    if base in ("snap", "scoff"):
        return (base, base + "s", base + "ped" if base == "snap" else base + "ed",
                base + "ping" if base == "snap" else base + "ing")
    return (base, base + "s", base + "ed", base + "ing")


def _verb_forms() -> frozenset[str]:
    forms: set[str] = set()
    for base, others in _IRREGULAR.items():
        forms.add(base)
        forms.update(others)
    for base in _REGULAR.split():
        forms.update(_regular_forms(base))
    return frozenset(forms)


# Verbs whose other forms are mostly nouns ("the rules"): only these forms count.
_ONLY_FORMS: Final = word_set(
    "ruled stated boomed thundered volunteered counseled counselled talked talking "
    # verbs of writing by hand or at a keyboard ("she typed "..." into the form")
    "typed scrawled scribbled jotted penned "
    # verbs of manner whose base forms are mostly nouns ("a bark", "the reason")
    "barked crowed carped sniped needled kidded reasoned relayed ventured messaged")

VERBS: frozenset[str] = _verb_forms() | _ONLY_FORMS

# Nouns that report speech after a possessive or as "the X that ...".
NOUNS: frozenset[str] = word_set(
    "claim claims statement statements remark remarks comment comments words promise "
    "pledge assertion vow accusation accusations tweet tweets description warning "
    "message answer response reply quote quip mantra slogan argument insistence "
    "testimony declaration speech letter interview "
    # nouns of a claim or a forecast made in words ("the mayor's prediction that ...")
    "prediction predictions assessment assessments contention suggestion suggestions "
    "observation observations admission admissions assurance assurances allegation "
    "allegations explanation explanations complaint complaints denial denials boast boasts "
    "threat threats plea pleas retort announcement announcements pronouncement "
    "pronouncements characterization characterisation "
    # nouns of a judgement given in words ("Her verdict: ...", "his take on it: ...")
    "verdict verdicts take reaction rejoinder riposte"
)

# Forms of reporting verbs that are as often nouns: after an article and an adjective
# ("a harsh comment", "the final report") they are nouns.
AMBIGUOUS_NOUNS: frozenset[str] = word_set(
    """comment comments report reports call calls charge charges counter demand demands
    post posts question questions estimate estimates reference references note notes
    joke jokes echo echoes promise promises pledge pledges vow vows claim claims reply
    replies answer answers remark remarks quote quotes tweet tweets statement
    protest protests sigh sighs laugh laughs rant rants groan groans moan moans gasp gasps
    sneer sneers jeer jeers taunt taunts rebuke rebukes query queries guarantee
    guarantees wail wails murmur murmurs wisecrack wisecracks hint hints blog blogs
    forecast forecasts"""
)

# Auxiliaries that make a reporting verb passive ("was called a "menace""): the
# subject is then who the words are about, not who said them.
PASSIVE_MARKERS: frozenset[str] = word_set("is was were are be been being")

# Adverbs and auxiliaries that may stand between a speaker and the reporting verb.
BETWEEN_SUBJECT_AND_VERB: frozenset[str] = word_set(
    "also has had have will would could should may might did does do then later once again "
    "again repeatedly previously recently reportedly publicly privately simply flatly "
    "bluntly quickly quietly loudly angrily proudly firmly initially earlier finally "
    "further often frequently famously even still just only since already never has "
    "not is was were are been being went on continued to long now always sometimes ever "
    # a habit of saying: "as he used to say", "as she likes to put it"
    "used likes liked loves loved"
)

# Words in -ly that are not adverbs: "the US daily said" has a noun before the verb.
LY_NOT_ADVERBS: frozenset[str] = word_set(
    """daily weekly monthly quarterly yearly nightly hourly family ally rally bully
    assembly italy july supply reply fly belly jelly lily tally anomaly monopoly holly
    butterfly elderly friendly"""
)


def is_adverb(word: str) -> bool:
    """An adverb in -ly ("angrily", "later" is listed apart), not "daily" or "family"."""
    low = word.lower()
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOT_ADVERBS


# Verbs that report a retort only with "back" after them: "she hit back", "Roe fired
# back on Tuesday" (alone they report nothing: "the storm hit the coast").
BACK_VERBS: frozenset[str] = word_set(
    "hit hits hitting shot shoots fired fires pushed pushes struck strikes fought fights")


# Verbs that report talk at length only with "on about" after them: "as Roe went on
# about "...", "she keeps banging on about "..."" (alone they report nothing: "Roe went
# on to win").
ON_ABOUT_VERBS: frozenset[str] = word_set(
    """go goes went going gone carry carries carried carrying bang bangs banged banging""")


ACCORDING_TO_RE: Final = compiled(r"\baccording\s+to\b", re.IGNORECASE)


def is_cue_verb(word: str) -> bool:
    """Whether `word` (any case) is a form of a reporting verb."""
    return word.lower() in VERBS


def is_cue_noun(word: str) -> bool:
    return word.lower() in NOUNS
