"""Nouns that name a person by what they do ("senator", "spokeswoman", "coach").

Kept apart so that both the subject finder (speakers) and the description matcher
(descriptions) can read them without importing each other.
"""

from __future__ import annotations

from reader.analysis.cues import word_set

TYPE_CHECKING = False  # (reader/records.py says why not typing's)
if TYPE_CHECKING:
    from typing import Final  # (constants read as C statics by mypyc, not from a dict)

# Nouns that name a person by what they do: the heads of descriptions that can stand
# for someone named before ("the senator", "the campaign strategist").
ROLE_NOUNS: Final = word_set(
    """senator congressman congresswoman representative lawmaker legislator delegate
    governor president nominee candidate mayor secretary minister premier chancellor
    spokesman spokeswoman spokesperson chairman chairwoman chair chairperson director
    chief leader judge justice prosecutor attorney lawyer ambassador envoy diplomat
    businessman businesswoman billionaire mogul tycoon executive ceo commissioner sheriff
    coach manager founder strategist adviser advisor aide consultant pollster analyst
    host anchor correspondent reporter columnist author writer editor economist
    professor scientist historian activist officer official general admiral commander
    king queen prince princess pope cardinal bishop pastor rabbi imam speaker whip
    councilman councilwoman treasurer comptroller auditor player striker goalkeeper
    captain star actor actress singer rapper lady emperor dictator negotiator owner
    banker investor producer veteran incumbent challenger frontrunner governor-elect
    president-elect mp mep msp mla mpp backbencher frontbencher councillor councilor
    assemblyman assemblywoman assemblymember parliamentarian"""
)
