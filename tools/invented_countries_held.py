"""The held-out third of geo12's invented country items.

Written at the same time as tools/invented_countries.py and in the same way (fields and
conventions as there), before the analyser was run on any item. Its misses are never
read: it is scored only as totals (`python tools/score_invented_countries.py held`,
which refuses -v for it), so that it stays a proxy for news nobody has read.
"""

from __future__ import annotations

from invented_countries import CountryItem

ITEMS: list[CountryItem] = [
    {
        "text": (
            "TBILISI — A trade delegation from the U.S. state of Georgia arrived in Georgia on"
            " Monday, hoping to sell poultry to the former Soviet republic. Delegation head"
            " Bill Ransome of Savannah said prices would be competitive. Georgia imports"
            " most of its chicken from Turkey and Ukraine."
        ),
        "mentions": [("U.S.", "US"), ("Georgia", "GE"), ("Georgia", "GE"), ("Turkey", "TR"),
                     ("Ukraine", "UA")],
        "countries": ["US", "GE", "TR", "UA"],
    },
    {
        "text": (
            "LAGOS — Militants attacked an oil pipeline in the Niger Delta on Saturday,"
            " Nigeria's army said. Neighbouring Niger, which buys fuel from Nigeria, said"
            " supplies would be hit. Benin and Cameroon tightened border checks."
        ),
        "mentions": [("Nigeria", "NG"), ("Niger", "NE"), ("Nigeria", "NG"), ("Benin", "BJ"),
                     ("Cameroon", "CM")],
        "countries": ["NG", "NE", "BJ", "CM"],
    },
    {
        "text": (
            "CRICKET - ENGLAND V INDIA THIRD TEST SCOREBOARD.\n"
            "LONDON 2026-07-12\n"
            "Scoreboard on the second day of the third test between England and India:\n"
            "England first innings 412 (J. Ashdown 121, R. Kettleby 88)\n"
            "India first innings 187-4 (V. Raghunathan 64 not out)"
        ),
        "mentions": [("ENGLAND", "GB"), ("INDIA", "IN"), ("England", "GB"), ("India", "IN"),
                     ("England", "GB"), ("India", "IN")],
        "countries": ["GB", "IN"],
    },
    {
        "text": (
            "STOCKS - Asian shares mixed, Seoul dips.\n"
            "HONG KONG, Sept 3 - South Korean shares fell 1.2 percent on Tuesday while Hong"
            " Kong rose, as investors weighed Chinese factory data. In Australia, miners led"
            " gains. Taiwan's main index was flat."
        ),
        "mentions": [("HONG KONG", "HK"), ("Hong Kong", "HK"), ("Australia", "AU"),
                     ("Taiwan", "TW")],
        "countries": ["KR", "HK", "CN", "AU", "TW"],
    },
    {
        "text": (
            "GENEVA — Officials from the DRC and Rwanda met in Geneva on Friday under U.S."
            " mediation. The UAE and Qatar have offered to fund a rail link, and the UK said"
            " it would send monitors."
        ),
        "mentions": [("Rwanda", "RW"), ("U.S.", "US"), ("Qatar", "QA"), ("UK", "GB")],
        "countries": ["CD", "RW", "US", "AE", "QA", "GB"],
    },
    {
        "text": (
            "The Ubangi River forms part of the border between the Central African Republic"
            " and the Democratic Republic of the Congo, which was known as Zaire from 1971 to"
            " 1997. It joins the Congo River near the border of the Republic of the Congo."
        ),
        "mentions": [("Central African Republic", "CF"), ("Zaire", "CD"),
                     ("Republic of the Congo", "CG")],
        "countries": ["CF", "CD", "CG"],
    },
    {
        "text": (
            "LONDON — Downing Street said on Monday that talks with Dublin on trade rules for"
            " Northern Ireland had made progress. Whitehall officials expect a deal by June."
            " Ireland's foreign minister said the European Union would be kept informed."
        ),
        "mentions": [("Ireland", "IE")],
        "countries": ["GB", "IE"],
    },
    {
        "text": (
            "ATHENS — Greek and Turkish diplomats resumed talks on Monday over their maritime"
            " dispute, the latest attempt to ease Greco-Turkish tensions. A Sino-Japanese"
            " summit is also planned for next month, officials in Tokyo said."
        ),
        "mentions": [],
        "countries": ["GR", "TR", "CN", "JP"],
    },
    {
        "text": (
            "Sydney Mercer and Paris Lindqvist advanced to the quarter-finals in Auckland on"
            " Tuesday. Mercer, seeded fourth, beat Israel Navarro 6-3 6-4. New Zealand's top"
            " player, Chad Ruawai, lost in three sets."
        ),
        "mentions": [("New Zealand", "NZ")],
        "countries": ["NZ"],
    },
    {
        "text": (
            "ARLON, Belgium — Farmers in Belgium's Luxembourg province protested on Tuesday"
            " against new nitrate rules, blocking roads to the Grand Duchy. Luxembourg's"
            " government said cross-border workers had been delayed."
        ),
        "mentions": [("Belgium", "BE"), ("Belgium", "BE"), ("Luxembourg", "LU")],
        "countries": ["BE", "LU"],
    },
    {
        "text": (
            "Analysis: Ankara, Tehran and Islamabad have all courted Beijing this year, while"
            " New Delhi has edged closer to Washington. Kiev, or Kyiv as Ukraine's government"
            " asks it be spelt, watches warily."
        ),
        "mentions": [("Ukraine", "UA")],
        "countries": ["TR", "IR", "PK", "CN", "IN", "US", "UA"],
    },
    {
        "text": (
            "SINGAPORE — A tanker registered in Liberia collided with a fishing boat off"
            " Singapore on Wednesday, the port authority said. The tanker, Brasil Venture,"
            " was sailing from Malaysia to Vietnam."
        ),
        "mentions": [("SINGAPORE", "SG"), ("Liberia", "LR"), ("Singapore", "SG"),
                     ("Malaysia", "MY"), ("Vietnam", "VN")],
        "countries": ["SG", "LR", "MY", "VN"],
    },
    {
        "text": (
            "KINGSTON — Jamaica beat Trinidad and Tobago 2-1 in a Caribbean Cup qualifier on"
            " Sunday, while St Lucia drew with Grenada. Fans in Jamaica, Queens, watched at a"
            " sports bar in New York."
        ),
        "mentions": [("Jamaica", "JM"), ("Trinidad and Tobago", "TT"), ("Grenada", "GD")],
        "countries": ["JM", "TT", "LC", "GD"],
    },
    {
        "text": (
            "KENYA, ETHIOPIA SIGN POWER DEAL\n\n"
            "ADDIS ABABA — Kenya and Ethiopia signed a deal on Friday to extend a high-voltage"
            " line to Somalia and Djibouti. Ethiopia's dam on the Blue Nile, opposed by Egypt,"
            " will supply the power."
        ),
        "mentions": [("KENYA", "KE"), ("ETHIOPIA", "ET"), ("Kenya", "KE"), ("Ethiopia", "ET"),
                     ("Somalia", "SO"), ("Djibouti", "DJ"), ("Ethiopia", "ET"),
                     ("Egypt", "EG")],
        "countries": ["KE", "ET", "SO", "DJ", "EG"],
    },
    # Second batch.
    {
        "text": (
            "TENNIS - RESULTS FROM THE DOHA OPEN.\n"
            "Results from the first round on Monday:\n"
            "Sergi Ferrer (Spain) beat Giorgi Tsiklauri (Georgia) 6-3 6-2\n"
            "Malak Haddad (Jordan) beat Aiko Tanabe (Japan) 7-5 6-4"
        ),
        "mentions": [("Spain", "ES"), ("Georgia", "GE"), ("Jordan", "JO"), ("Japan", "JP")],
        "countries": ["ES", "GE", "JO", "JP"],
    },
    {
        "text": (
            "CHAD SAYS REBELS ATTACKED NORTHERN TOWN\n\n"
            "N'DJAMENA — Chad's army said on Sunday that rebels based in Libya had attacked a"
            " town near the border. The government in N'Djamena said 20 attackers were"
            " killed."
        ),
        "mentions": [("CHAD", "TD"), ("Chad", "TD"), ("Libya", "LY")],
        "countries": ["TD", "LY"],
    },
    {
        "text": (
            "Historians revisited the 1979 Sino-Vietnamese war at a seminar on Monday,"
            " alongside papers on the Anglo-French rivalry in Africa and on the Indo-European"
            " languages."
        ),
        "mentions": [],
        "countries": ["CN", "VN", "GB", "FR"],
    },
    {
        "text": (
            "Beijing warned Washington on Tuesday against arms sales to Taiwan, while"
            " Washington state's governor visited Shanghai to promote apple exports."
        ),
        "mentions": [("Taiwan", "TW")],
        "countries": ["CN", "US", "TW"],
    },
    {
        "text": (
            "The bulk carrier Nordic Chile docked in Rotterdam on Friday after a voyage from"
            " Peru, its owners said."
        ),
        "mentions": [("Peru", "PE")],
        "countries": ["PE"],
    },
    {
        "text": (
            "BRAZZAVILLE — Congo held a presidential election on Sunday, with the incumbent"
            " expected to win. Congo's oil output has fallen by a third since 2015, and Gabon"
            " and Cameroon have offered to buy its gas."
        ),
        "mentions": [("Congo", "CG"), ("Congo", "CG"), ("Gabon", "GA"), ("Cameroon", "CM")],
        "countries": ["CG", "GA", "CM"],
    },
    {
        "text": (
            "MELBOURNE — Victoria's state government said on Monday it would open trade"
            " offices in India and Indonesia next year."
        ),
        "mentions": [("India", "IN"), ("Indonesia", "ID")],
        "countries": ["IN", "ID"],
    },
    # Third batch.
    {
        "text": (
            "PRESS DIGEST - Ghana - Oct 9.\n"
            "Front pages of Ghana's papers this Thursday.\n"
            "THE GHANA MORNING STAR\n"
            "- Ghana and Togo reopen their border.\n"
            "DAILY BEACON\n"
            "- Cocoa board raises farm prices."
        ),
        "mentions": [("Ghana", "GH"), ("Ghana", "GH"), ("Ghana", "GH"), ("Togo", "TG")],
        "countries": ["GH", "TG"],
    },
    {
        "text": (
            "Heavy snow fell across North China on Sunday, and Beijing's airport cancelled"
            " 200 flights. China's weather service said eastern China would see rain."
        ),
        "mentions": [("China", "CN"), ("China", "CN")],
        "countries": ["CN"],
    },
    {
        "text": (
            "DARWIN — Twelve Indonesian fishermen were held off the coast, the Northern"
            " Territory police announced. Australia's border force said the boats"
            " would be returned to Indonesia."
        ),
        "mentions": [("Australia", "AU"), ("Indonesia", "ID")],
        "countries": ["AU", "ID"],
    },
    {
        "text": (
            "NUKU'ALOFA — Tonga and Samoa signed a fisheries pact on Monday. New Zealand and"
            " Australia will fund patrol boats."
        ),
        "mentions": [("Tonga", "TO"), ("Samoa", "WS"), ("New Zealand", "NZ"),
                     ("Australia", "AU")],
        "countries": ["TO", "WS", "NZ", "AU"],
    },
    {
        "text": (
            "STOCKHOLM, Jan 5 - The Swedish crown fell against the euro on Monday and the"
            " Norwegian crown was flat, while Denmark's central bank left rates on hold."
        ),
        "mentions": [("Denmark", "DK")],
        "countries": ["SE", "NO", "DK"],
    },
    {
        "text": (
            "ST PETER PORT — Guernsey's parliament voted on Wednesday to legalise assisted"
            " dying. A lawmaker from New Jersey who watched the debate said the US state"
            " could follow."
        ),
        "mentions": [("Guernsey", "GG"), ("US", "US")],
        "countries": ["GG", "US"],
    },
    # Fourth batch.
    {
        "text": (
            "CRICKET - INDIA BEAT NEW ZEALAND.\n"
            "India beat New Zealand by six wickets in Pune on Sunday.\n"
            "Scores: New Zealand 231 in 49 overs, India 232-4 in 44.1 overs."
        ),
        "mentions": [("INDIA", "IN"), ("NEW ZEALAND", "NZ"), ("India", "IN"),
                     ("New Zealand", "NZ"), ("New Zealand", "NZ"), ("India", "IN")],
        "countries": ["IN", "NZ"],
    },
    {
        "text": (
            "ATHLETICS - MEN'S 10,000 METRES.\n"
            "1. Kenya Ochieng (Kenya) 27:01.3\n"
            "2. Chad Whitford (Canada) 27:04.9\n"
            "3. Jordan Abebe (Ethiopia) 27:10.2"
        ),
        "mentions": [("Kenya", "KE"), ("Canada", "CA"), ("Ethiopia", "ET")],
        "countries": ["KE", "CA", "ET"],
    },
    {
        "text": (
            "The South African rand weakened and Nigeria's naira hit a record low on Tuesday,"
            " while Kenya's shilling held steady, traders in Johannesburg said."
        ),
        "mentions": [("Nigeria", "NG"), ("Kenya", "KE")],
        "countries": ["ZA", "NG", "KE"],
    },
    {
        "text": (
            "The Mekong runs through China, Myanmar, Laos, Thailand, Cambodia and Vietnam."
        ),
        "mentions": [("China", "CN"), ("Myanmar", "MM"), ("Laos", "LA"), ("Thailand", "TH"),
                     ("Cambodia", "KH"), ("Vietnam", "VN")],
        "countries": ["CN", "MM", "LA", "TH", "KH", "VN"],
    },
    {
        "text": (
            "PODGORICA — Montenegro and Serbia signed a rail deal on Monday. North Macedonia"
            " and Albania sent observers, and Kosovo said it would join later."
        ),
        "mentions": [("Montenegro", "ME"), ("Serbia", "RS"), ("North Macedonia", "MK"),
                     ("Albania", "AL"), ("Kosovo", "XK")],
        "countries": ["ME", "RS", "MK", "AL", "XK"],
    },
    # Fifth batch.
    {
        "text": (
            "Sen. Paula Georgia-Whitman (D-Wash.) said on Wednesday the jobs report showed the"
            " economy was growing. Rep. Chad Jordan (R-Ga.) said wages were still too low."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        "text": (
            "The Democratic nominee promised to stand by NATO allies such as Poland and the"
            " Baltic states, and said Beijing must stop building islands in the South China"
            " Sea."
        ),
        "mentions": [("Poland", "PL")],
        "countries": ["PL", "CN"],
    },
    {
        "text": (
            "Irish-American union leaders endorsed the governor on Friday, while"
            " Korean-American groups in Los Angeles said they would stay neutral."
        ),
        "mentions": [],
        "countries": ["IE", "US", "KR"],
    },
    {
        "text": (
            "White House aides said the president would visit Mexico City next month to"
            " discuss migration with his Mexican counterpart, after a stop in Guatemala."
        ),
        "mentions": [("Guatemala", "GT")],
        "countries": ["US", "MX", "GT"],
    },
    {
        "text": (
            "Campaign finance filings show the super PAC raised $12 million in August, much"
            " of it from donors in New York, Texas and California."
        ),
        "mentions": [],
        "countries": [],
    },
    # Sixth batch.
    {
        "text": (
            "Talk of a Grexit faded on Thursday as the lenders agreed to extend the bailout"
            " by four months."
        ),
        "mentions": [],
        "countries": ["GR"],
    },
    # Seventh batch.
    {
        "text": (
            "Swahili is widely spoken in Kenya, Tanzania and Uganda, and French in much of"
            " West Africa."
        ),
        "mentions": [("Kenya", "KE"), ("Tanzania", "TZ"), ("Uganda", "UG")],
        "countries": ["KE", "TZ", "UG"],
    },
    {
        "text": (
            "The Tamils live mainly in the south of India and the north and east of Sri"
            " Lanka."
        ),
        "mentions": [("India", "IN"), ("Sri Lanka", "LK")],
        "countries": ["IN", "LK"],
    },
    {
        "text": (
            "Lucía Arbeláez (born 1975) is a Colombian-born Spanish novelist who lives in"
            " Seville."
        ),
        "mentions": [],
        "countries": ["CO", "ES"],
    },
    {
        "text": (
            "The Jordan River flows south from the slopes of Mount Hermon into the Sea of"
            " Galilee and on to the Dead Sea, forming part of the border between Jordan and"
            " Israel."
        ),
        "mentions": [("Jordan", "JO"), ("Israel", "IL")],
        "countries": ["JO", "IL"],
    },
    # Eighth batch.
    {
        "text": (
            "Club Nacional de Football of Uruguay beat Argentina's Racing Club 1-0 on"
            " Wednesday."
        ),
        "mentions": [("Uruguay", "UY"), ("Argentina", "AR")],
        "countries": ["UY", "AR"],
    },
    {
        "text": (
            "The Dakar Rally will again be held in Saudi Arabia, the organisers said, years"
            " after it left Africa."
        ),
        "mentions": [("Saudi Arabia", "SA")],
        "countries": ["SA"],
    },
    {
        "text": (
            "Atletico Madrid and Olympique Lyonnais met in a friendly in Abu Dhabi on"
            " Saturday."
        ),
        "mentions": [],
        "countries": [],
    },
    # Ninth batch.
    {
        "text": (
            "Guinea Names Day Of Charter Vote\n\n"
            "CONAKRY — Guinea's junta named the day of its charter vote on Monday."
        ),
        "mentions": [("Guinea", "GN"), ("Guinea", "GN")],
        "countries": ["GN"],
    },
    {
        "text": (
            "Georgia Protesters Clash With Police In Tbilisi\n\n"
            "TBILISI — Police in Georgia used water cannon against protesters on Saturday."
        ),
        "mentions": [("Georgia", "GE"), ("Georgia", "GE")],
        "countries": ["GE"],
    },
    # Tenth batch.
    {
        "text": (
            "Kenya Opens Rail Link To Uganda Border\n\n"
            "NAIROBI — Kenya opened the last section of its new railway on Friday."
        ),
        "mentions": [("Kenya", "KE"), ("Uganda", "UG"), ("Kenya", "KE")],
        "countries": ["KE", "UG"],
    },
]
