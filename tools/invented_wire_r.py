"""Entity set r, written for the twelfth round (2 December 2026) by people12 after set q
had been counted and fixed, before the analyser ran on any of it; the expectations are
kept as written.

Terse agency copy of the 1990s wire kind: match reports that name players by surname
alone, scorers' lists, a cricket scorecard, a golf leaderboard, a cycling result, a
basketball summary, briefs on politics and markets that name well-known people by
surname once, after a first mention or with none. Same fields as tools/invented_wire.py.

    python tools/score_invented_wire.py -v r
"""

ITEMS = [
    {
        "text": (
            "SOCCER - QUELLBURG HELD AT HOME.\n"
            "MARBECK 1996-12-08\n"
            "Quellburg were held 1-1 at home by Elston on Sunday. Vandermeer put the hosts"
            " ahead after 12 minutes but Okonedo levelled before the break. Elston coach"
            " Pieter Haaksma said: \"A point here is a good point.\"\n"
        ),
        "people": ["Vandermeer", "Okonedo", "Pieter Haaksma"],
        "mentions": ["Vandermeer", "Okonedo", "Pieter Haaksma"],
        "countries": [],
        "organizations": ["Quellburg", "Elston"],
    },
    {
        "text": (
            "Scorers:\n"
            "Quellburg - Vandermeer (12)\n"
            "Elston - Okonedo (41)\n"
            "Attendance: 21,500\n"
        ),
        "people": ["Vandermeer", "Okonedo"],
        "mentions": ["Vandermeer", "Okonedo"],
        "countries": [],
        "organizations": ["Quellburg", "Elston"],
    },
    {
        "text": (
            "CRICKET - SCOREBOARD.\n"
            "Quellabad 1996-12-06\n"
            "Scoreboard on the second day of the first test:\n"
            "Sri Lanka first innings\n"
            "R. Pathirana c Qadeer b Hafeez 44\n"
            "D. Wijesekara lbw b Rauf 12\n"
            "K. Senanayake not out 71\n"
            "Extras (lb-4 nb-3) 7\n"
            "Bowling: Hafeez 22-4-61-1, Rauf 18-2-55-1\n"
        ),
        "people": ["R. Pathirana", "Qadeer", "Hafeez", "D. Wijesekara", "Rauf",
                   "K. Senanayake"],
        "mentions": ["R. Pathirana", "Qadeer", "Hafeez", "D. Wijesekara", "Rauf",
                     "K. Senanayake", "Hafeez", "Rauf"],
        "countries": ["LK"],
        "organizations": [],
    },
    {
        "text": (
            "GOLF - LEADING SCORES.\n"
            "Leading scores after the first round of the Masters in Quell Bay:\n"
            "66 Ernesto Salgado (Argentina)\n"
            "67 Hamish McTeer, Lars Ekdahl (Sweden)\n"
            "68 Tomoaki Ishiwara (Japan), Dale Quinlan (Australia)\n"
        ),
        "people": ["Ernesto Salgado", "Hamish McTeer", "Lars Ekdahl", "Tomoaki Ishiwara",
                   "Dale Quinlan"],
        "mentions": ["Ernesto Salgado", "Hamish McTeer", "Lars Ekdahl", "Tomoaki Ishiwara",
                     "Dale Quinlan"],
        "countries": ["AR", "SE", "JP", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "CYCLING - STAGE RESULT.\n"
            "Results of the sixth stage:\n"
            "1. Joost Verhaegen (Belgium) Lotto-Quell 4 hours 12 minutes 5 seconds\n"
            "2. Mikel Etxabe (Spain) Quellbank same time\n"
            "3. Rolf Stettler (Switzerland) at 4 seconds\n"
            "Overall: 1. Etxabe 22:14:51 2. Verhaegen at 9 seconds\n"
        ),
        "people": ["Joost Verhaegen", "Mikel Etxabe", "Rolf Stettler"],
        "mentions": ["Joost Verhaegen", "Mikel Etxabe", "Rolf Stettler", "Etxabe",
                     "Verhaegen"],
        "countries": ["BE", "ES", "CH"],
        "organizations": ["Lotto-Quell", "Quellbank"],
    },
    {
        "text": (
            "BASKETBALL - NBA RESULTS.\n"
            "Marbeck 102 Elston 97\n"
            "Reggie Tolliver scored 31 points and Okafor added 18 rebounds as Marbeck beat"
            " Elston. Tolliver hit five three-pointers.\n"
        ),
        "people": ["Reggie Tolliver", "Okafor"],
        "mentions": ["Reggie Tolliver", "Okafor", "Tolliver"],
        "countries": [],
        "organizations": ["NBA", "Marbeck", "Elston"],
    },
    {
        "text": (
            "TENNIS - RESULTS.\n"
            "Results of first-round matches at the Quell Cup:\n"
            "Goran Vukelic (Croatia) beat Tibor Halasz (Hungary) 6-4 7-5\n"
            "Alonso Recalde (Ecuador) beat Jiri Novotny (Czech Republic) 4-6 7-5 6-1\n"
            "Vukelic will play Recalde in the second round.\n"
        ),
        "people": ["Goran Vukelic", "Tibor Halasz", "Alonso Recalde", "Jiri Novotny"],
        "mentions": ["Goran Vukelic", "Tibor Halasz", "Alonso Recalde", "Jiri Novotny",
                     "Vukelic", "Recalde"],
        "countries": ["HR", "HU", "EC", "CZ"],
        "organizations": [],
    },
    {
        "text": (
            "Quellistan's president met opposition leaders on Friday for the first time"
            " since the disputed election. Aides to Borodayev said the meeting lasted two"
            " hours. Opposition leader Timur Kasymbekov called it a start.\n"
        ),
        "people": ["Borodayev", "Timur Kasymbekov"],
        "mentions": ["Borodayev", "Timur Kasymbekov"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Prime Minister Halvard Stromme's coalition lost a vote in parliament on"
            " Thursday. Stromme said he would not resign. Opposition leader Kjersti Aune"
            " demanded an election.\n"
        ),
        "people": ["Halvard Stromme", "Kjersti Aune"],
        "mentions": ["Halvard Stromme", "Stromme", "Kjersti Aune"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Shares in Quellco fell 3 percent after chairman Anselm Drescher warned on"
            " profits. Drescher, 61, said demand in Asia was weak. Dealers said Marbeck Bank"
            " and Eltron also lost ground.\n"
        ),
        "people": ["Anselm Drescher"],
        "mentions": ["Anselm Drescher", "Drescher"],
        "countries": [],
        "organizations": ["Quellco", "Marbeck Bank", "Eltron"],
    },
    {
        "text": (
            "SOCCER - LEAGUE SUMMARIES.\n"
            "Marbeck 3 (Quintero 10, 55, Ostrowski 70) Elston 1 (Baptiste 88)\n"
            "Quellburg 0 Rovigo 2 (Santangelo 23, Ferri 67)\n"
        ),
        "people": ["Quintero", "Ostrowski", "Baptiste", "Santangelo", "Ferri"],
        "mentions": ["Quintero", "Ostrowski", "Baptiste", "Santangelo", "Ferri"],
        "countries": [],
        "organizations": ["Marbeck", "Elston", "Quellburg", "Rovigo"],
    },
    {
        "text": (
            "Police in Quellport arrested Haddad, a former minister, on Tuesday. Haddad's"
            " lawyer, Rima Khoury, said the charges were political.\n"
        ),
        "people": ["Haddad", "Rima Khoury"],
        "mentions": ["Haddad", "Haddad", "Rima Khoury"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "RUGBY UNION - TEAM ANNOUNCED.\n"
            "Marbeck named an unchanged side on Wednesday for Saturday's match against"
            " Elston: 15-Tane Wiremu, 14-Jonah Tuilagi-Fa'asau, 13-Ruben Claasens,"
            " 12-Ifan Pryce, 11-Sosaia Vaipulu.\n"
        ),
        "people": ["Tane Wiremu", "Jonah Tuilagi-Fa'asau", "Ruben Claasens", "Ifan Pryce",
                   "Sosaia Vaipulu"],
        "mentions": ["Tane Wiremu", "Jonah Tuilagi-Fa'asau", "Ruben Claasens", "Ifan Pryce",
                     "Sosaia Vaipulu"],
        "countries": [],
        "organizations": ["Marbeck", "Elston"],
    },
    {
        "text": (
            "ATHLETICS - RESULTS.\n"
            "5,000 metres, men: 1. Kiprotich Langat (Kenya) 13:05.21 2. Haile Desta"
            " (Ethiopia) 13:06.40 3. Abdelkrim Ouazzani (Morocco) 13:09.88\n"
            "Women's high jump: 1. Ioana Dragomir (Romania) 1.97 metres 2. Stefka Ilieva"
            " (Bulgaria) 1.94\n"
        ),
        "people": ["Kiprotich Langat", "Haile Desta", "Abdelkrim Ouazzani", "Ioana Dragomir",
                   "Stefka Ilieva"],
        "mentions": ["Kiprotich Langat", "Haile Desta", "Abdelkrim Ouazzani",
                     "Ioana Dragomir", "Stefka Ilieva"],
        "countries": ["KE", "ET", "MA", "RO", "BG"],
        "organizations": [],
    },
    {
        "text": (
            "Quellstadt's mayor, Grete Holzinger, opened the new bridge on Saturday."
            " Holzinger cut the ribbon with the builder, Egon Pfaffl. The bridge is named"
            " after Emil Brandauer, a founder of the city.\n"
        ),
        "people": ["Grete Holzinger", "Egon Pfaffl", "Emil Brandauer"],
        "mentions": ["Grete Holzinger", "Holzinger", "Egon Pfaffl", "Emil Brandauer"],
        "countries": [],
        "organizations": [],
    },
]
