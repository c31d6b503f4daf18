"""Invented items for the country finder (geo12's open set).

Wire, terse agency items, sports results, markets, political and encyclopedic stories
from every region, each made to hold one of the classes where country finding goes
wrong: a name shared by two countries or by a country and a state, a river, a bird or a
person (Georgia, Jordan, Chad, Niger, Turkey, Guinea, Congo, Dominica, Sudan, Ireland);
former names (Burma, Zaire, Swaziland, Yugoslavia); short forms (U.K., U.S., PRC, DPRK,
UAE, ROK, "the States"); demonyms in compounds ("Sino-Indian", "Franco-German"); capitals
and seats standing for a government ("the Kremlin", "Whitehall"); countries inside the
names of ships, bodies, people, streets and dishes; all-capitals headlines and results
tables; places named like a country (New Mexico, Lebanon, Pennsylvania).

Every person, event and figure is made up. The expectations were written before the
analyser was run on any item, together with the held-out third in
tools/invented_countries_held.py (whose misses are never read), and are kept as written.

Fields:
- `mentions`: every country-name mention as the shared scorer counts them, as
  (surface, ISO code) in text order: names and standard short forms whose surface is in
  the scorer's table (ISO 3166 names, common names and its short list: "U.S.", "UK",
  "Britain", "England", "Burma", "Zaire", "Holland"...), not demonyms, capitals, names
  inside the names of bodies, ships, people, streets or dishes, nor forms the table does
  not know ("UAE", "DRC", "Northern Ireland", "Democratic Republic of Congo").
- `countries`: the side panel, the ISO codes of the countries the item refers to by name,
  short form, demonym, or a capital or seat standing for a government ("Moscow said",
  "the Kremlin"); a capital that is only where something happens does not count, nor
  does Brussels standing for the European Union.

Scored by `python tools/score_invented_countries.py [-v]`.
"""

from __future__ import annotations

from typing import TypedDict


class CountryItem(TypedDict):
    text: str
    mentions: list[tuple[str, str]]
    countries: list[str]


ITEMS: list[CountryItem] = [
    {
        # Georgia the country, Moscow for Russia's government.
        "text": (
            "TBILISI, May 4 — Georgia's parliament approved a new election law on Thursday,"
            " drawing criticism from the European Union. Prime Minister Levan Chkhartishvili"
            " said Georgia would not bow to pressure from Moscow. Russia has kept troops in"
            " two breakaway regions since a brief war in 2008."
        ),
        "mentions": [("Georgia", "GE"), ("Georgia", "GE"), ("Russia", "RU")],
        "countries": ["GE", "RU"],
    },
    {
        # Georgia the US state, and nothing else.
        "text": (
            "ATLANTA — Voters in Georgia head to the polls on Tuesday in a runoff for the"
            " Senate. The Georgia secretary of state, Helen Marbury, said turnout in early"
            " voting had set a record. Both parties have poured money into the state, and"
            " national Democrats see Georgia as a test for 2028. Marbury said no problems"
            " had been reported in Fulton County."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        # Jordan the country, the river and a person.
        "text": (
            "AMMAN, June 2 — Jordan's king hosted talks on water sharing along the Jordan"
            " River on Sunday. Foreign Minister Sami Haddadin said Jordan and Israel had"
            " agreed to extend a supply deal. Separately, basketball guard Jordan Whitcombe"
            " signed with a club in Amman."
        ),
        "mentions": [("Jordan", "JO"), ("Jordan", "JO"), ("Israel", "IL")],
        "countries": ["JO", "IL"],
    },
    {
        # Chad and Niger the countries, a man named Chad, the Niger River.
        "text": (
            "N'DJAMENA, Feb 11 — Chad and Niger agreed on Tuesday to set up joint patrols"
            " along their border to curb arms smuggling from Libya. The deal was signed in"
            " N'Djamena by defence ministers of both countries. Niger's junta has been under"
            " sanctions from West African neighbours since last year. Separately, analyst"
            " Chad Ferris of the Sahel Risk Group said the patrols would stretch thin armies."
            " Fishermen on the Niger River reported low water."
        ),
        "mentions": [("Chad", "TD"), ("Niger", "NE"), ("Libya", "LY"), ("Niger", "NE")],
        "countries": ["TD", "NE", "LY"],
    },
    {
        # Turkey the country and its new name, Ankara for its government, turkey the bird.
        "text": (
            "ANKARA, Nov 20 — Turkey raised its benchmark interest rate by 250 basis points"
            " on Thursday, the central bank said, as inflation stayed above 40 percent."
            " Ankara has also asked the United Nations to refer to the country as Türkiye."
            " In the United States, meanwhile, turkey prices fell ahead of Thanksgiving, the"
            " Agriculture Department said."
        ),
        "mentions": [("Turkey", "TR"), ("Türkiye", "TR"), ("United States", "US")],
        "countries": ["TR", "US"],
    },
    {
        # The Guineas, and the island of New Guinea.
        "text": (
            "CONAKRY — Guinea's junta named the day of its vote on a draft charter"
            " on Friday. Guinea-Bissau, Equatorial Guinea and Papua New Guinea all sent"
            " observers, the electoral commission said. The island of New Guinea is shared"
            " by Indonesia and Papua New Guinea."
        ),
        "mentions": [("Guinea", "GN"), ("Guinea-Bissau", "GW"), ("Equatorial Guinea", "GQ"),
                     ("Papua New Guinea", "PG"), ("Indonesia", "ID"),
                     ("Papua New Guinea", "PG")],
        "countries": ["GN", "GW", "GQ", "PG", "ID"],
    },
    {
        # The two Congos: "eastern Congo" is the DRC; Kigali for Rwanda's government.
        "text": (
            "KINSHASA, March 8 — Fighting between the army of the Democratic Republic of"
            " Congo and rebels flared near Goma, in eastern Congo, forcing thousands to flee"
            " into Rwanda and Uganda. Across the river, the Republic of Congo said it would"
            " open its border at Brazzaville. The DRC accuses Rwanda of backing the rebels,"
            " which Kigali denies."
        ),
        "mentions": [("Congo", "CD"), ("Rwanda", "RW"), ("Uganda", "UG"), ("Rwanda", "RW")],
        "countries": ["CD", "RW", "UG", "CG"],
    },
    {
        # Dominica and the Dominican Republic.
        "text": (
            "ROSEAU — Dominica declared a state of emergency as Hurricane Imelda brushed the"
            " island on Saturday. The storm had earlier dumped heavy rain on the Dominican"
            " Republic and Haiti. Dominica's prime minister, Ralph Toussaint, said power"
            " lines were down across the island. Dominican officials in Santo Domingo said"
            " two people had died."
        ),
        "mentions": [("Dominica", "DM"), ("Dominican Republic", "DO"), ("Haiti", "HT"),
                     ("Dominica", "DM")],
        "countries": ["DM", "DO", "HT"],
    },
    {
        # Sudan and South Sudan, and Port Sudan (a city).
        "text": (
            "JUBA, Aug 14 — South Sudan said on Monday it would resume oil exports through"
            " Sudan once a pipeline damaged in the war was repaired. Sudan's army and a rival"
            " paramilitary force have fought since 2023. South Sudan relies on the pipeline"
            " to Port Sudan for nearly all its revenue."
        ),
        "mentions": [("South Sudan", "SS"), ("Sudan", "SD"), ("Sudan", "SD"),
                     ("South Sudan", "SS")],
        "countries": ["SS", "SD"],
    },
    {
        # Northern Ireland is the UK; Dublin for Ireland's government.
        "text": (
            "BELFAST — Northern Ireland's power-sharing executive met on Monday to discuss a"
            " hospital waiting-list crisis. Ministers in Dublin offered to share surgical"
            " capacity with hospitals in the north. Ireland and the United Kingdom agreed"
            " last year to fund a joint cancer centre in Derry. Health minister Niamh"
            " Carberry said people waiting in either jurisdiction stood to gain."
        ),
        "mentions": [("Ireland", "IE"), ("United Kingdom", "GB")],
        "countries": ["GB", "IE"],
    },
    {
        # Burma, Myanmar's former name.
        "text": (
            "YANGON — Myanmar, the country formerly known as Burma, released 300 prisoners"
            " on Tuesday. Rights groups said political detainees were not among them. In the"
            " 1990s Burma's generals had cut ties with several neighbours, though Thailand"
            " and China kept up trade."
        ),
        "mentions": [("Myanmar", "MM"), ("Burma", "MM"), ("Burma", "MM"), ("Thailand", "TH"),
                     ("China", "CN")],
        "countries": ["MM", "TH", "CN"],
    },
    {
        # Former names in an obituary; the Belgian Congo is the colony (no "Congo" mention).
        "text": (
            "Obituary: Marcel Lukoki, diplomat. Born in 1941 in the Belgian Congo, Lukoki"
            " served as Zaire's ambassador to Belgium and later to Yugoslavia. After the Cold"
            " War ended he advised the new government of Ukraine on its embassies. He retired"
            " to Swaziland, now Eswatini, in 2001."
        ),
        "mentions": [("Zaire", "CD"), ("Belgium", "BE"), ("Yugoslavia", "RS"),
                     ("Ukraine", "UA"), ("Swaziland", "SZ"), ("Eswatini", "SZ")],
        "countries": ["CD", "BE", "RS", "UA", "SZ"],
    },
    {
        # Short forms with and without points; the scorer counts U.K., U.S., PRC.
        "text": (
            "DUBAI — The UAE and the U.K. signed a trade pact on Wednesday, days after the"
            " U.S. lifted tariffs on Gulf aluminium. British negotiators said the deal would"
            " be ratified by spring. The PRC's envoy said Beijing welcomed any easing of"
            " trade barriers, while the ROK's trade ministry in Seoul said South Korean firms"
            " would seek similar terms. An Emirati official said exporters were eyeing the"
            " States next."
        ),
        "mentions": [("U.K.", "GB"), ("U.S.", "US"), ("PRC", "CN")],
        "countries": ["AE", "GB", "US", "CN", "KR"],
    },
    {
        # An all-capitals headline over the story.
        "text": (
            "U.S. AND CHINA AGREE TO RESUME MILITARY TALKS\n\n"
            "WASHINGTON, Jan 9 — Top brass of United States forces will meet peers from"
            " China soon, the Pentagon said on Friday, ending a year-long freeze. U.S."
            " officials said the first round would be held in Hawaii. Chinese state media"
            " said Beijing hoped for \"stable relations\"."
        ),
        "mentions": [("U.S.", "US"), ("CHINA", "CN"), ("United States", "US"),
                     ("China", "CN"), ("U.S.", "US")],
        "countries": ["US", "CN"],
    },
    {
        # An athletics results table, countries in brackets.
        "text": (
            "ATHLETICS - WORLD INDOOR CHAMPIONSHIPS RESULTS.\n"
            "NANJING 2026-03-21\n"
            "Results from the world indoor championships on Saturday:\n"
            "Women's 1,500 metres\n"
            "1. Faith Chepkorir (Kenya) 3:59.10\n"
            "2. Hannah Ledbury (Britain) 4:00.02\n"
            "3. Tigist Worku (Ethiopia) 4:00.88\n"
            "Men's 60 metres hurdles\n"
            "1. Marcus Dellbright (U.S.) 7.32\n"
            "2. Paolo Ricciardelli (Italy) 7.41\n"
            "3. Jonas Amstutz (Switzerland) 7.49"
        ),
        "mentions": [("Kenya", "KE"), ("Britain", "GB"), ("Ethiopia", "ET"), ("U.S.", "US"),
                     ("Italy", "IT"), ("Switzerland", "CH")],
        "countries": ["KE", "GB", "ET", "US", "IT", "CH"],
    },
    {
        # National teams in a football results list: Georgia, Turkey, Wales, Scotland.
        "text": (
            "SOCCER - WORLD CUP QUALIFYING RESULTS.\n"
            "Saturday's results:\n"
            "Group C: Scotland 2 Georgia 1, Greece 0 Netherlands 3\n"
            "Group F: Wales 1 Turkey 1, Czech Republic 2 Kosovo 0\n"
            "Standings: Netherlands 12 points, Scotland 10, Greece 6, Georgia 3."
        ),
        "mentions": [("Scotland", "GB"), ("Georgia", "GE"), ("Greece", "GR"),
                     ("Netherlands", "NL"), ("Wales", "GB"), ("Turkey", "TR"),
                     ("Czech Republic", "CZ"), ("Kosovo", "XK"), ("Netherlands", "NL"),
                     ("Scotland", "GB"), ("Greece", "GR"), ("Georgia", "GE")],
        "countries": ["GB", "GE", "GR", "NL", "TR", "CZ", "XK"],
    },
    {
        # A terse markets item; "Bank of Japan" is a body, Japan also named.
        "text": (
            "FOREX - Yen firms as Bank of Japan holds rates.\n"
            "TOKYO, April 2 - The yen rose against the dollar on Wednesday after the Bank of"
            " Japan kept rates on hold. The euro was flat. Dealers said U.S. jobs data on"
            " Friday would set the tone. Japan's finance minister said Tokyo was watching"
            " markets closely."
        ),
        "mentions": [("U.S.", "US"), ("Japan", "JP")],
        "countries": ["JP", "US"],
    },
    {
        # US politics: seats for governments, Georgia the state, Kyiv and Moscow.
        "text": (
            "WASHINGTON — Republicans on Capitol Hill pressed the White House on Tuesday to"
            " impose new sanctions after the Kremlin expanded its strikes on Ukrainian"
            " cities. Senator Dale Whitcomb of Georgia said Moscow had \"tested every red"
            " line\". Kyiv has asked its allies for more air-defence systems."
        ),
        "mentions": [],
        "countries": ["US", "RU", "UA"],
    },
    {
        # Demonyms in compounds; the Indo-Pacific is a region; Canberra for Australia.
        "text": (
            "NEW DELHI — Indian and Chinese commanders held a new round of talks on the"
            " Sino-Indian border on Friday, the first since a clash in the spring. Analysts"
            " said Indo-Pakistani tensions and Sino-US rivalry loomed over the talks."
            " Separately, a Franco-German proposal for a joint Indo-Pacific naval patrol drew"
            " a cool response in Canberra."
        ),
        "mentions": [],
        "countries": ["IN", "CN", "PK", "US", "FR", "DE", "AU"],
    },
    {
        # Words that name no country: Anglo-Saxon, Indo-European, dishes, the Spanish flu.
        "text": (
            "LONDON — A new museum exhibition traces how Anglo-Saxon kings spoke an"
            " Indo-European tongue. Curator Imogen Tarrant said visitors would also see a"
            " menu from a 1919 banquet where guests ate chicken Kiev, Brussels sprouts and"
            " Turkish delight, months after the Spanish flu had closed the city's theatres."
            " The show opens in Britain next month before moving to Canada."
        ),
        "mentions": [("Britain", "GB"), ("Canada", "CA")],
        "countries": ["GB", "CA"],
    },
    {
        # A country inside the names of a ship, a body, a person and a street.
        "text": (
            "MOMBASA — The cargo ship Kenya Pride ran aground outside the port on Sunday, the"
            " Kenya Ports Authority said. Its captain, Israel Odhiambo, said none of the 22"
            " crew were hurt. The ship, owned by a firm on Uganda Road in Nairobi, was"
            " carrying fertiliser bound for Tanzania. Kenya's transport ministry opened an"
            " inquiry."
        ),
        "mentions": [("Tanzania", "TZ"), ("Kenya", "KE")],
        "countries": ["TZ", "KE"],
    },
    {
        # Given names that are countries.
        "text": (
            "Chad Whitley scored twice as Boston beat Chicago 4-2 on Saturday. Jordan Pace"
            " added an assist, and goaltender India Marsh made 31 saves. Coach Georgia"
            " Linden said her side had \"found its legs\". Earlier, defender Tom"
            " Holland-Reyes returned from injury."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        # Surnames that are countries, and one said alone.
        "text": (
            "CARDIFF — Welsh rugby coach Marcus England named his squad for the autumn series"
            " against Argentina and Fiji on Tuesday. Captain Owen Wales-Pritchard returns"
            " after a knee injury, while fly-half Callum Ireland earns a first cap. England"
            " said Argentina would be the hardest test."
        ),
        "mentions": [("Argentina", "AR"), ("Fiji", "FJ"), ("Argentina", "AR")],
        "countries": ["GB", "AR", "FJ"],
    },
    {
        # Places named like a country; Mexico City standing for Mexico's government.
        "text": (
            "ALBUQUERQUE — Wildfires in New Mexico forced evacuations on Thursday, while"
            " crews from New Jersey and Panama City, Florida, flew in to help. Smoke drifted"
            " as far as northern Mexico, officials in Mexico City said. A volunteer from"
            " Lebanon, Pennsylvania, said the fire line stretched 40 miles."
        ),
        "mentions": [("Mexico", "MX")],
        "countries": ["MX"],
    },
    {
        # Encyclopedic: a lake, a river and the countries they cross.
        "text": (
            "Lake Victoria is the largest lake in Africa by area. Its waters are shared by"
            " three countries: Uganda, Kenya and Tanzania. It was named in the 19th century"
            " after Queen Victoria of the United Kingdom. The Nile, which leaves the lake at"
            " Jinja, flows north through South Sudan, Sudan and Egypt to the Mediterranean."
        ),
        "mentions": [("Uganda", "UG"), ("Kenya", "KE"), ("Tanzania", "TZ"),
                     ("United Kingdom", "GB"), ("South Sudan", "SS"), ("Sudan", "SD"),
                     ("Egypt", "EG")],
        "countries": ["UG", "KE", "TZ", "GB", "SS", "SD", "EG"],
    },
    {
        # The Koreas, the DPRK, Seoul and Washington for their governments.
        "text": (
            "SEOUL — North Korea fired two short-range missiles into the sea on Monday, South"
            " Korea's military said. The DPRK's state news agency said the launches were a"
            " response to joint drills by Seoul and Washington. Japan and Taiwan condemned"
            " the tests."
        ),
        "mentions": [("North Korea", "KP"), ("South Korea", "KR"), ("DPRK", "KP"),
                     ("Japan", "JP"), ("Taiwan", "TW")],
        "countries": ["KP", "KR", "US", "JP", "TW"],
    },
    {
        # The Gulf: capitals for governments, the Vatican, the Palestinian Authority.
        "text": (
            "RIYADH — Saudi Arabia and Iran agreed on Sunday to reopen consulates, a step"
            " toward ties that Tehran broke off in 2016. Officials in Riyadh said Oman and"
            " Iraq had mediated. Pope Lucian wrote from the Vatican that the deal was a sign"
            " of hope, and the Palestinian Authority welcomed it."
        ),
        "mentions": [("Saudi Arabia", "SA"), ("Iran", "IR"), ("Oman", "OM"), ("Iraq", "IQ"),
                     ("Vatican", "VA")],
        "countries": ["SA", "IR", "OM", "IQ", "VA", "PS"],
    },
    {
        # South American markets and a cup tie between clubs of two countries.
        "text": (
            "BUENOS AIRES — Argentina's central bank cut rates on Thursday, as Buenos Aires"
            " sought to revive growth before mid-term elections. In Brazil, the real"
            " weakened. Chile and Peru reported that copper output rose. Meanwhile, Peruvian"
            " side Atletico Chimu beat Bolivia's Club Illimani 2-0 in a continental cup tie."
        ),
        "mentions": [("Argentina", "AR"), ("Brazil", "BR"), ("Chile", "CL"), ("Peru", "PE"),
                     ("Bolivia", "BO")],
        "countries": ["AR", "BR", "CL", "PE", "BO"],
    },
    {
        # Brussels standing for the European Union, not Belgium; Rome, Berlin, Paris.
        "text": (
            "BRUSSELS — The European Commission in Brussels warned Rome on Wednesday that its"
            " budget broke EU rules. Berlin and Paris backed the warning, while the Elysee"
            " said France would propose a compromise. Italy's economy minister said the plan"
            " would not change."
        ),
        "mentions": [("France", "FR"), ("Italy", "IT")],
        "countries": ["IT", "DE", "FR"],
    },
    {
        # The Soviet Union and Czechoslovakia with their successors named.
        "text": (
            "MOSCOW — Russia marked the anniversary of the Soviet Union's collapse with little"
            " ceremony on Thursday. Former Soviet republics Kazakhstan and Uzbekistan sent"
            " greetings, and Belarus held a parade. Czechoslovakia, by contrast, split"
            " peacefully in 1993 into the Czech Republic and Slovakia, a historian in Prague"
            " noted."
        ),
        "mentions": [("Russia", "RU"), ("Kazakhstan", "KZ"), ("Uzbekistan", "UZ"),
                     ("Belarus", "BY"), ("Czech Republic", "CZ"), ("Slovakia", "SK")],
        "countries": ["RU", "KZ", "UZ", "BY", "CZ", "SK"],
    },
    # Second batch (written before the analyser was run on it, with the held-out third's
    # second batch in tools/invented_countries_held.py).
    {
        # Tennis results: players' countries in brackets.
        "text": (
            "TENNIS - RESULTS FROM THE ROTTERDAM OPEN.\n"
            "Results from the second round on Wednesday (prefix number denotes seeding):\n"
            "1 - Nika Beridze (Georgia) beat Tomas Halvorsen (Norway) 6-4 7-5\n"
            "Mateo Ruiz-Tagle (Chile) beat Emre Kaplanoglu (Turkey) 6-2 3-6 6-3\n"
            "4 - Yonatan Peretz (Israel) beat Lukas Brandl (Austria) 7-6 6-1"
        ),
        "mentions": [("Georgia", "GE"), ("Norway", "NO"), ("Chile", "CL"), ("Turkey", "TR"),
                     ("Israel", "IL"), ("Austria", "AT")],
        "countries": ["GE", "NO", "CL", "TR", "IL", "AT"],
    },
    {
        # A golf leaderboard: "(U.S. unless stated)", "(Korea)", "(England)".
        "text": (
            "GOLF - LEADING SCORES AT THE DESERT CLASSIC.\n"
            "Opening-day leaders (U.S. unless stated):\n"
            "65 Brent Kowalczyk, Tyler Ashgrove\n"
            "66 Jae-won Seo (Korea), Hendrik Louw (South Africa)\n"
            "67 Callum Pryce (England), Diego Almirante (Argentina)"
        ),
        "mentions": [("U.S.", "US"), ("Korea", "KR"), ("South Africa", "ZA"),
                     ("England", "GB"), ("Argentina", "AR")],
        "countries": ["US", "KR", "ZA", "GB", "AR"],
    },
    {
        # Football results in capitals.
        "text": (
            "SOCCER - FRIENDLY INTERNATIONAL RESULTS.\n"
            "BRAZIL 2 JAPAN 0\n"
            "MOROCCO 1 SENEGAL 1\n"
            "IVORY COAST 3 GUINEA 1\n"
            "MEXICO 0 UNITED STATES 2"
        ),
        "mentions": [("BRAZIL", "BR"), ("JAPAN", "JP"), ("MOROCCO", "MA"), ("SENEGAL", "SN"),
                     ("IVORY COAST", "CI"), ("GUINEA", "GN"), ("MEXICO", "MX"),
                     ("UNITED STATES", "US")],
        "countries": ["BR", "JP", "MA", "SN", "CI", "GN", "MX", "US"],
    },
    {
        # Jersey the island, New Jersey, Jersey City.
        "text": (
            "ST HELIER — Jersey's government said on Friday it would raise its tax on"
            " property sales. The island, a British Crown dependency, has seen prices rise"
            " sharply. Separately, New Jersey lawmakers in Trenton passed a similar tax, and"
            " a Jersey City developer said the measure would slow building."
        ),
        "mentions": [("Jersey", "JE")],
        "countries": ["JE", "GB"],
    },
    {
        # Chile the country and green chile; the Panama Papers; Cuba named with its capital.
        "text": (
            "SANTIAGO — Chile's copper exports rose 8 percent in May, the central bank said."
            " Shipments to China, its biggest customer, led the gain. In other news, a"
            " festival in Hatch, New Mexico, celebrated the green chile harvest, and a"
            " journalist who worked on the Panama Papers spoke at a forum in Havana, Cuba."
        ),
        "mentions": [("Chile", "CL"), ("China", "CN"), ("Cuba", "CU")],
        "countries": ["CL", "CN", "CU"],
    },
    {
        # America inside names (a bank, a film hero) and America for the US.
        "text": (
            "NEW YORK — Shares of Bank of America rose 2 percent on Monday after the lender"
            " beat forecasts. A new Captain America film topped the box office. Investors"
            " said America's economy was proving resilient despite higher rates."
        ),
        "mentions": [("America", "US")],
        "countries": ["US"],
    },
    {
        # "the States"; Team USA is a team's name.
        "text": (
            "Olympic swimmer Ellie Marchetti, who trains in the States, will represent Italy"
            " at the world championships, the Italian federation said. Team USA named 40"
            " swimmers, and Great Britain named 28."
        ),
        "mentions": [("Italy", "IT"), ("Great Britain", "GB")],
        "countries": ["US", "IT", "GB"],
    },
    {
        # Demonyms joined by hyphens.
        "text": (
            "LONDON — Shares of the Anglo-Dutch consumer group Veltmar fell on Tuesday after a"
            " Sino-Russian pipeline deal hit gas prices. Traders also watched the"
            " Afghan-Pakistani border, where clashes closed a crossing."
        ),
        "mentions": [],
        "countries": ["GB", "NL", "CN", "RU", "AF", "PK"],
    },
    {
        # Capitals standing for governments, as subjects and objects.
        "text": (
            "MANILA — Manila summoned China's ambassador on Thursday after a coast guard ship"
            " fired water cannon at a supply boat near a disputed shoal. Hanoi also protested"
            " the incident, and Canberra and Tokyo called for restraint. Beijing said its"
            " ships had acted lawfully."
        ),
        "mentions": [("China", "CN")],
        "countries": ["PH", "CN", "VN", "AU", "JP"],
    },
    {
        # Capitals that are only where something happens.
        "text": (
            "Runners from Kenya and Ethiopia swept the Berlin marathon on Sunday, with the"
            " winner finishing in 2:03:11. Later that day a concert in Vienna drew 20,000"
            " people to the Ringstrasse."
        ),
        "mentions": [("Kenya", "KE"), ("Ethiopia", "ET")],
        "countries": ["KE", "ET"],
    },
    {
        # A US town named like a country, then the country.
        "text": (
            "PERU, Ind. — A tornado damaged homes in Peru, Indiana, on Sunday, the National"
            " Weather Service said. No one was hurt. The town shares its name with the"
            " South American country, Peru."
        ),
        "mentions": [("Peru", "PE")],
        "countries": ["PE"],
    },
    {
        # Rugby: Ireland and Scotland as teams; "Northern Ireland-born".
        "text": (
            "RUGBY UNION - IRELAND BEAT SCOTLAND.\n"
            "DUBLIN 2026-02-14\n"
            "Ireland beat Scotland 24-10 in the Six Nations on Saturday. Northern"
            " Ireland-born flanker Conor McAleese scored twice."
        ),
        "mentions": [("IRELAND", "IE"), ("SCOTLAND", "GB"), ("Ireland", "IE"),
                     ("Scotland", "GB")],
        "countries": ["IE", "GB"],
    },
    {
        # Former names: Ceylon, Siam (the scorer's table knows neither).
        "text": (
            "Sri Lanka, known as Ceylon until 1972, is the world's fourth-largest tea"
            " producer after China, India and Kenya. Ceylon tea is still sold under its old"
            " name. Thailand, called Siam until 1939, grows tea in its northern hills."
        ),
        "mentions": [("Sri Lanka", "LK"), ("China", "CN"), ("India", "IN"), ("Kenya", "KE"),
                     ("Thailand", "TH")],
        "countries": ["LK", "CN", "IN", "KE", "TH"],
    },
    {
        # People named Israel and Jordan; a club named after its city.
        "text": (
            "Striker Israel Fuentes scored twice as Deportivo Lara beat Caracas 3-1 on"
            " Sunday. Midfielder Ruben Jordan-Baptiste added a late goal, and Fuentes said"
            " the team was \"back on track\"."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        # Korea alone for South Korea; the two Koreas.
        "text": (
            "SEOUL — Korea's exports rose 5 percent in March, led by chips, the trade ministry"
            " said. Shipments to the U.S. rose 9 percent while those to China fell. The two"
            " Koreas have had no trade since 2016."
        ),
        "mentions": [("Korea", "KR"), ("U.S.", "US"), ("China", "CN")],
        "countries": ["KR", "US", "CN", "KP"],
    },
    # Third batch (written before the analyser was run on it, with the held-out third's
    # third batch).
    {
        # A press digest: the country in the slug and in a newspaper's name.
        "text": (
            "PRESS DIGEST - Uganda - May 6.\n"
            "These are some of the leading stories in Uganda's newspapers on Tuesday.\n"
            "UGANDA EVENING POST\n"
            "- Kenya and Uganda agree to share the cost of a new rail line.\n"
            "THE SUNRISE HERALD\n"
            "- Parliament debates a budget for the police."
        ),
        "mentions": [("Uganda", "UG"), ("Uganda", "UG"), ("Kenya", "KE"), ("Uganda", "UG")],
        "countries": ["UG", "KE"],
    },
    {
        # Regions named with a compass word and China; "southern China" is China.
        "text": (
            "GUANGZHOU — Heavy rain lashed South China on Monday, flooding farmland across"
            " the Pearl River delta. The weather bureau said the North China plain would stay"
            " dry. China's agriculture ministry said rice output in southern China could"
            " fall 5 percent."
        ),
        "mentions": [("China", "CN"), ("China", "CN")],
        "countries": ["CN"],
    },
    {
        # Australian states named with a compass word.
        "text": (
            "PERTH — Western Australia's government approved a new lithium mine on Tuesday,"
            " the largest in Australia. South Australia and Queensland are also courting"
            " miners, while exports go mainly to China and Japan."
        ),
        "mentions": [("Australia", "AU"), ("China", "CN"), ("Japan", "JP")],
        "countries": ["AU", "CN", "JP"],
    },
    {
        # A hospital named after Israel, and Israel.
        "text": (
            "BOSTON — Doctors at Beth Israel hospital said on Friday a new heart treatment"
            " had passed its first trial. The findings will be presented in Israel next"
            " month, the hospital said."
        ),
        "mentions": [("Israel", "IL")],
        "countries": ["IL"],
    },
    {
        # Holland for the Netherlands' team, and a player named Holland.
        "text": (
            "SOCCER - HOLLAND BEAT WALES 3-1 IN FRIENDLY.\n"
            "AMSTERDAM 2026-06-05\n"
            "Holland beat Wales 3-1 in a friendly on Wednesday. Striker Danny Holland scored"
            " Wales's goal."
        ),
        "mentions": [("HOLLAND", "NL"), ("WALES", "GB"), ("Holland", "NL"), ("Wales", "GB"),
                     ("Wales", "GB")],
        "countries": ["NL", "GB"],
    },
    {
        # Samoa and American Samoa.
        "text": (
            "APIA — Samoa beat American Samoa 4-0 in a Pacific qualifier on Saturday. Fiji"
            " and Tonga play on Sunday."
        ),
        "mentions": [("Samoa", "WS"), ("American Samoa", "AS"), ("Fiji", "FJ"),
                     ("Tonga", "TO")],
        "countries": ["WS", "AS", "FJ", "TO"],
    },
    {
        # Team GB, the Republic of Ireland (a form the scorer's table does not know).
        "text": (
            "Team GB won three gold medals on Sunday, and the Republic of Ireland took a"
            " silver in rowing. Britain's sports minister said the team had exceeded its"
            " target."
        ),
        "mentions": [("Britain", "GB")],
        "countries": ["GB", "IE"],
    },
    {
        # The Channel Islands by their short names.
        "text": (
            "ST PETER PORT — Guernsey and Jersey, the two Channel Island bailiwicks, agreed"
            " on Monday to merge their air-traffic services."
        ),
        "mentions": [("Guernsey", "GG"), ("Jersey", "JE")],
        "countries": ["GG", "JE"],
    },
    {
        # Mount Lebanon (a region), Lebanon.
        "text": (
            "BEIRUT — Snow closed roads in Mount Lebanon on Tuesday, the civil defence said."
            " Lebanon's caretaker government asked Syria and Cyprus for help clearing"
            " mountain passes."
        ),
        "mentions": [("Lebanon", "LB"), ("Syria", "SY"), ("Cyprus", "CY")],
        "countries": ["LB", "SY", "CY"],
    },
    {
        # Southern Africa (a region) and South Africa.
        "text": (
            "JOHANNESBURG — Drought across southern Africa has cut maize harvests in Zambia,"
            " Zimbabwe and Malawi, the World Food Programme said. South Africa, the region's"
            " biggest producer, expects a smaller crop."
        ),
        "mentions": [("Zambia", "ZM"), ("Zimbabwe", "ZW"), ("Malawi", "MW"),
                     ("South Africa", "ZA")],
        "countries": ["ZM", "ZW", "MW", "ZA"],
    },
    {
        # A Title-Case headline with two countries.
        "text": (
            "Oman Court Jails Blogger, Qatar Frees Two Journalists\n\n"
            "MUSCAT — A court in Oman jailed a blogger for a year on Sunday. In Qatar, two"
            " journalists held for a week were released."
        ),
        "mentions": [("Oman", "OM"), ("Qatar", "QA"), ("Oman", "OM"), ("Qatar", "QA")],
        "countries": ["OM", "QA"],
    },
    {
        # Currencies named by demonyms.
        "text": (
            "FOREX - Central European currencies mixed.\n"
            "WARSAW, Oct 2 - The Czech crown firmed against the euro on Thursday and the"
            " Hungarian forint eased, while Poland's zloty was steady, dealers in Warsaw said."
        ),
        "mentions": [("Poland", "PL")],
        "countries": ["CZ", "HU", "PL"],
    },
    # Fourth batch: tables and lists as agency sports and market pages write them
    # (written before the analyser was run on it, with the held-out third's fourth batch).
    {
        # Cricket: a headline in capitals and scores by country.
        "text": (
            "CRICKET - PAKISTAN BEAT SRI LANKA BY 47 RUNS.\n"
            "SHARJAH 2026-04-11\n"
            "Pakistan beat Sri Lanka by 47 runs in Sharjah on Friday.\n"
            "Scores: Pakistan 245-6 (50 overs); Sri Lanka were dismissed for 198 with 22"
            " balls left."
        ),
        "mentions": [("PAKISTAN", "PK"), ("SRI LANKA", "LK"), ("Pakistan", "PK"),
                     ("Sri Lanka", "LK"), ("Pakistan", "PK"), ("Sri Lanka", "LK")],
        "countries": ["PK", "LK"],
    },
    {
        # A medals table.
        "text": (
            "OLYMPICS - MEDALS TABLE.\n"
            "Standings after day six (gold, silver, bronze):\n"
            "United States 12 8 9\n"
            "China 10 11 4\n"
            "Japan 6 3 7\n"
            "Great Britain 5 6 6\n"
            "South Korea 4 2 5"
        ),
        "mentions": [("United States", "US"), ("China", "CN"), ("Japan", "JP"),
                     ("Great Britain", "GB"), ("South Korea", "KR")],
        "countries": ["US", "CN", "JP", "GB", "KR"],
    },
    {
        # Cycling: rider, country, team.
        "text": (
            "CYCLING - TOUR OF THE ALPS STAGE RESULTS.\n"
            "Stage four results:\n"
            "1. Matteo Ferrandi (Italy) Vortex 4:12:01\n"
            "2. Joris Vandamme (Belgium) Lotto Cycling same time\n"
            "3. Pablo Etxeberria (Spain) Ibercaja 0:04 behind"
        ),
        "mentions": [("Italy", "IT"), ("Belgium", "BE"), ("Spain", "ES")],
        "countries": ["IT", "BE", "ES"],
    },
    {
        # A starting grid; the race named by a demonym.
        "text": (
            "MOTOR RACING - BRAZILIAN GRAND PRIX GRID.\n"
            "SAO PAULO 2026-11-07\n"
            "Starting grid:\n"
            "1. Lucas Verhoeven (Netherlands) Falcon\n"
            "2. Rafael Castanheira (Brazil) Meridian\n"
            "3. Oliver Trent (Britain) Falcon"
        ),
        "mentions": [("Netherlands", "NL"), ("Brazil", "BR"), ("Britain", "GB")],
        "countries": ["NL", "BR", "GB"],
    },
    {
        # A combining form in a headline of capitals; New Delhi for India's government.
        "text": (
            "SINO-INDIAN TRADE TALKS END WITHOUT DEAL\n\n"
            "BEIJING — Trade talks ended without agreement on Wednesday, with New Delhi"
            " pressing for wider access to Chinese markets."
        ),
        "mentions": [],
        "countries": ["CN", "IN"],
    },
    {
        # The Balkans: a people of one country named with another's demonym.
        "text": (
            "SARAJEVO — Bosnian Serb leaders rejected the plan on Monday, while Serbia and"
            " Croatia said they would back it. Kosovo's prime minister called for talks with"
            " Belgrade."
        ),
        "mentions": [("Serbia", "RS"), ("Croatia", "HR"), ("Kosovo", "XK")],
        "countries": ["BA", "RS", "HR", "XK"],
    },
    {
        # Sprinters named like countries in a results list.
        "text": (
            "ATHLETICS - MEN'S 100 METRES.\n"
            "1. Jordan Kessler (U.S.) 9.98\n"
            "2. Israel Akande (Nigeria) 10.01\n"
            "3. Kenya Ndlovu (South Africa) 10.05"
        ),
        "mentions": [("U.S.", "US"), ("Nigeria", "NG"), ("South Africa", "ZA")],
        "countries": ["US", "NG", "ZA"],
    },
    {
        # Currencies by demonym and by possessive; a city-state's dateline.
        "text": (
            "SINGAPORE, May 9 - The Thai baht rose 0.3 percent on Friday, while Indonesia's"
            " rupiah slipped and Malaysia's ringgit was flat. Dealers in Hong Kong said the"
            " Japanese yen was steady."
        ),
        "mentions": [("SINGAPORE", "SG"), ("Indonesia", "ID"), ("Malaysia", "MY"),
                     ("Hong Kong", "HK")],
        "countries": ["SG", "TH", "ID", "MY", "HK", "JP"],
    },
    {
        # An encyclopedic list of countries.
        "text": (
            "The Danube flows through ten countries, among them Germany, Austria, Slovakia,"
            " Hungary, Croatia, Serbia, Romania, Bulgaria, Moldova and Ukraine, before it"
            " reaches the Black Sea."
        ),
        "mentions": [("Germany", "DE"), ("Austria", "AT"), ("Slovakia", "SK"),
                     ("Hungary", "HU"), ("Croatia", "HR"), ("Serbia", "RS"),
                     ("Romania", "RO"), ("Bulgaria", "BG"), ("Moldova", "MD"),
                     ("Ukraine", "UA")],
        "countries": ["DE", "AT", "SK", "HU", "HR", "RS", "RO", "BG", "MD", "UA"],
    },
    {
        # US states named like a country or a capital, then countries.
        "text": (
            "Senators from Georgia and Washington state urged the administration to send aid"
            " to Lebanon after the port blast, and Israel offered field hospitals."
        ),
        "mentions": [("Lebanon", "LB"), ("Israel", "IL")],
        "countries": ["LB", "IL"],
    },
    # Fifth batch: US political news (written before the analyser was run on it, with the
    # held-out third's fifth batch).
    {
        # Lawmakers named Jordan and Chad; Georgia and Washington the states.
        "text": (
            "Rep. Dana Jordan (R-Ohio) and Sen. Mark Tillery (D-Ga.) clashed over the farm"
            " bill on Tuesday. Jordan said the measure would hurt growers in Georgia and"
            " Washington state. Tillery's chief of staff, Chad Moreland, said talks would"
            " resume next week."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        # Trade and foreign policy on the campaign trail.
        "text": (
            "The Republican nominee said on Monday he would renegotiate the trade pact with"
            " Mexico and Canada and accused China of manipulating its currency. He also said"
            " the Russian president had been \"a stronger leader\" than his rival, drawing"
            " rebukes from Democrats."
        ),
        "mentions": [("Mexico", "MX"), ("Canada", "CA"), ("China", "CN")],
        "countries": ["MX", "CA", "CN", "RU"],
    },
    {
        # Heritage compounds: Cuban-American names Cuba and the US; African-American none.
        "text": (
            "The Cuban-American senator from Florida courted Mexican-American voters in"
            " Phoenix on Saturday, a day after his rival spoke to African-American pastors in"
            " Charlotte."
        ),
        "mentions": [],
        "countries": ["CU", "US", "MX"],
    },
    {
        # Refugees and a deal named after a country.
        "text": (
            "The governor said his state would not take in Syrian refugees until the federal"
            " government tightened screening. He also attacked the Iran nuclear deal, which"
            " he called a gift to Tehran."
        ),
        "mentions": [],
        "countries": ["SY", "IR"],
    },
    {
        # Washington and Moscow for their governments; "U.S." in a body's name.
        "text": (
            "Washington and Moscow traded accusations on Thursday over a cyberattack on"
            " Democratic Party computers. U.S. spy agencies blamed Russian hackers, which the"
            " Kremlin denied."
        ),
        "mentions": [("U.S.", "US")],
        "countries": ["US", "RU"],
    },
    {
        # A list of states, some of them named like countries or capitals.
        "text": (
            "The campaign will spend $20 million on ads in Georgia, Florida, North Carolina"
            " and Pennsylvania, its manager said, and open offices in Lebanon County and"
            " Berlin, Connecticut."
        ),
        "mentions": [],
        "countries": [],
    },
    {
        # America for the US in a slogan and a speech; a group named after Americans.
        "text": (
            "\"America will be respected again,\" the candidate told a rally in Ohio, where"
            " supporters waved signs for the group Americans for Border Security. Polls show"
            " him trailing in the state."
        ),
        "mentions": [("America", "US")],
        "countries": ["US"],
    },
    {
        # The Pentagon and the State Department; allies named by demonym.
        "text": (
            "Pentagon officials said on Friday that 200 more troops would go to Iraq to train"
            " local forces. The State Department said British and French diplomats had been"
            " briefed."
        ),
        "mentions": [("Iraq", "IQ")],
        "countries": ["US", "IQ", "GB", "FR"],
    },
    {
        # A country named inside a caucus's and an act's names.
        "text": (
            "Members of the Congressional Taiwan Caucus heard a general say that North"
            " Korea could field a missile able to reach Alaska within four years. Lawmakers"
            " also debated the Taiwan Relations Act and arms sales to Taipei."
        ),
        "mentions": [("North Korea", "KP")],
        "countries": ["KP", "TW"],
    },
    {
        # "the country", "this nation": no country's name; a person named Israel.
        "text": (
            "\"This country deserves better,\" said campaign spokesman Israel Gutierrez."
            " \"The nation is tired of gridlock, and voters in every state know it.\""
        ),
        "mentions": [],
        "countries": [],
    },
    # Sixth batch: a country named by the word for its leaving a union (written before the
    # analyser was run on it, with the held-out third's sixth batch).
    {
        "text": (
            "Investors weighed on Monday how Brexit would change banking rules across"
            " Europe, and several lenders said they would move staff elsewhere in the"
            " European Union."
        ),
        "mentions": [],
        "countries": ["GB"],
    },
    {
        "text": (
            "Hardline Brexiteers in parliament rejected the prime minister's plan on"
            " Tuesday, and the opposition called for a new vote."
        ),
        "mentions": [],
        "countries": ["GB"],
    },
    {
        "text": (
            "Post-Brexit rules for fish exports took effect on Friday, and trawler owners"
            " said paperwork had doubled."
        ),
        "mentions": [],
        "countries": ["GB"],
    },
    # Seventh batch: encyclopedic sentences (written before the analyser was run on it,
    # with the held-out third's seventh batch).
    {
        # Languages named by demonyms are no countries.
        "text": (
            "Portuguese is the official language of Brazil, Angola and Mozambique, and"
            " Spanish is spoken across most of South America."
        ),
        "mentions": [("Brazil", "BR"), ("Angola", "AO"), ("Mozambique", "MZ")],
        "countries": ["BR", "AO", "MZ"],
    },
    {
        # A people living in several countries.
        "text": (
            "The Kurds, a people of some 30 million, live mainly in Turkey, Iraq, Iran and"
            " Syria."
        ),
        "mentions": [("Turkey", "TR"), ("Iraq", "IQ"), ("Iran", "IR"), ("Syria", "SY")],
        "countries": ["TR", "IQ", "IR", "SY"],
    },
    {
        # A mountain named after its country.
        "text": (
            "Mount Kenya, an extinct volcano, is the highest mountain in Kenya and the"
            " second-highest in Africa after Kilimanjaro in Tanzania."
        ),
        "mentions": [("Kenya", "KE"), ("Tanzania", "TZ")],
        "countries": ["KE", "TZ"],
    },
    {
        # A lake named like a country, and the countries around it.
        "text": (
            "Lake Chad, once one of Africa's largest lakes, is shared by Chad, Cameroon,"
            " Niger and Nigeria."
        ),
        "mentions": [("Chad", "TD"), ("Cameroon", "CM"), ("Niger", "NE"), ("Nigeria", "NG")],
        "countries": ["TD", "CM", "NE", "NG"],
    },
    {
        # Born in one country, citizen of another; a capital as a place.
        "text": (
            "Elena Markovic (born 1961) is a Serbian-born Canadian architect. She studied in"
            " Belgrade and moved to Toronto in 1988."
        ),
        "mentions": [],
        "countries": ["RS", "CA"],
    },
    {
        "text": (
            "Amara Tesfaye is an Ethiopian-born Dutch runner who won the world title over"
            " 5,000 metres in 2019."
        ),
        "mentions": [],
        "countries": ["ET", "NL"],
    },
    {
        # A river named after a country, and "the Gambia".
        "text": (
            "The Gambia River rises in Guinea and flows west through Senegal and the Gambia"
            " to the Atlantic."
        ),
        "mentions": [("Guinea", "GN"), ("Senegal", "SN"), ("Gambia", "GM")],
        "countries": ["GN", "SN", "GM"],
    },
    {
        "text": (
            "Tagalog and English are the official languages of the Philippines, where Spanish"
            " was spoken by the colonial elite until 1898."
        ),
        "mentions": [("Philippines", "PH")],
        "countries": ["PH"],
    },
    # Eighth batch: clubs and events named after countries or capitals (written before the
    # analyser was run on it, with the held-out third's eighth batch).
    {
        "text": (
            "Club America beat Chivas 2-1 in Mexico City on Sunday to go top of the Mexican"
            " league."
        ),
        "mentions": [],
        "countries": ["MX"],
    },
    {
        "text": (
            "America de Cali and Atletico Nacional drew 1-1 in the Colombian championship on"
            " Saturday."
        ),
        "mentions": [],
        "countries": ["CO"],
    },
    {
        "text": (
            "The America's Cup will be sailed off Naples in 2027, the organisers said, with"
            " challengers from New Zealand, Britain and Italy."
        ),
        "mentions": [("New Zealand", "NZ"), ("Britain", "GB"), ("Italy", "IT")],
        "countries": ["NZ", "GB", "IT"],
    },
    {
        "text": (
            "The Tour de France will start in Copenhagen next year, the first time Denmark has"
            " hosted the opening stage of the race around France."
        ),
        "mentions": [("Denmark", "DK"), ("France", "FR")],
        "countries": ["DK", "FR"],
    },
    {
        "text": (
            "Real Madrid beat Paris Saint-Germain 2-0 on Tuesday, and Bayern Munich drew with"
            " Inter Milan."
        ),
        "mentions": [],
        "countries": [],
    },
    # Ninth batch: Title-Case headlines that open with an ambiguous name (written before
    # the analyser was run on it, with the held-out third's ninth batch).
    {
        "text": (
            "Chad Votes In Presidential Runoff\n\n"
            "N'DJAMENA — Voters in Chad chose a president on Sunday in a runoff between the"
            " incumbent and a former prime minister."
        ),
        "mentions": [("Chad", "TD"), ("Chad", "TD")],
        "countries": ["TD"],
    },
    {
        "text": (
            "Jordan King Meets Iraqi Premier In Amman\n\n"
            "AMMAN — Jordan's king met Iraq's prime minister on Tuesday to discuss trade."
        ),
        "mentions": [("Jordan", "JO"), ("Jordan", "JO"), ("Iraq", "IQ")],
        "countries": ["JO", "IQ"],
    },
    {
        "text": (
            "Niger Junta Frees Former Minister\n\n"
            "NIAMEY — Niger's military rulers freed a former oil minister on Friday, his"
            " lawyer said."
        ),
        "mentions": [("Niger", "NE"), ("Niger", "NE")],
        "countries": ["NE"],
    },
    {
        "text": (
            "Turkey Raises Rates Again As Lira Slides\n\n"
            "ISTANBUL — Turkey's central bank raised its main rate on Thursday."
        ),
        "mentions": [("Turkey", "TR"), ("Turkey", "TR")],
        "countries": ["TR"],
    },
    {
        "text": (
            "Turkey Prices Climb Before Thanksgiving\n\n"
            "CHICAGO — Wholesale turkey prices rose 8 percent this month, the farm bureau"
            " said."
        ),
        "mentions": [],
        "countries": [],
    },
    # Tenth batch: Title-Case headlines opening with a country named like a person
    # (written before the analyser was run on it, with the held-out third's tenth batch).
    {
        "text": (
            "India Withdraws Large Banknotes Overnight\n\n"
            "NEW DELHI — India withdrew its two largest banknotes on Tuesday, the central bank"
            " said."
        ),
        "mentions": [("India", "IN"), ("India", "IN")],
        "countries": ["IN"],
    },
    {
        "text": (
            "Kenya Raises Fuel Taxes To Close Budget Gap\n\n"
            "NAIROBI — Kenya raised fuel taxes on Thursday, the treasury said."
        ),
        "mentions": [("Kenya", "KE"), ("Kenya", "KE")],
        "countries": ["KE"],
    },
]
