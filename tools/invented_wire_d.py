"""A fourth invented entity set, in the styles the first three lack: terse wire copy with
"CITY YYYY-MM-DD" datelines, ALL-CAPS slug headlines, sports results lines and tables,
market reports and one-line briefs; US and UK political stories; title-case headlines
("Chancellor Warns Banks Over Rates"); and encyclopedic wire items from the regions the
other sets cover least (the Nordic and Baltic states, the Balkans, the Caribbean and
Central America, the Andes and the Southern Cone, Central and Francophone Africa, the
Horn of Africa and the Indian Ocean, the Levant and the Gulf, mainland South-East Asia,
the Pacific).

Every item is made up (names, clubs, companies, figures). The expectations were written
before the analyser was run on any of them, and are kept as written: fix one only when
it is plainly an annotation mistake, never to agree with the analyser. Same fields as
tools/invented_wire.py: `people` the side panel (fullest form of each person),
`mentions` every person mention as written, once per occurrence (no title, no
possessive; an ALL-CAPS headline name as written), `countries` the ISO codes the item
refers to by name, short form, demonym, or capital standing for a government (a
dateline city alone does not count; a dateline naming a country or a city-state does),
`organizations` the bodies, companies, parties and clubs named. The hard cases are on
purpose: given names that are country names ("Chad", "Israel", "Jordan"), a US state
named like a country, people named like cities, clubs named after towns.

Scored by `python tools/score_invented_wire.py [-v] d`.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    # --- terse wire: sports results lines and tables ---
    {
        "text": (
            "SOCCER - BULGARIAN SECOND DIVISION RESULTS.\n"
            "SOFIA 2026-08-22\n"
            "Results of Bulgarian second division matches played on Saturday:\n"
            "Dunav Vidin 2 Yantra Lovech 1\n"
            "Iskar Mezdra 0 Strandzha Malko 0\n"
            "Rodopi Zlatograd 3 Osam Troyan 2\n"
        ),
        "people": [],
        "mentions": [],
        "countries": ["BG"],
        "organizations": ["Dunav Vidin", "Yantra Lovech", "Iskar Mezdra", "Strandzha Malko",
                          "Rodopi Zlatograd", "Osam Troyan"],
    },
    {
        "text": (
            "SOCCER - DUTCH FIRST DIVISION SUMMARY.\n"
            "AMSTERDAM 2026-09-13\n"
            "Summary of a Dutch first division match played on Sunday:\n"
            "FC Westervoort 3 (Jelle van der Meulen 12, 67, Osei Boakye-Mensah 80) Sparta"
            " Lemmer 1 (Rik Hoogeveen 44). Halftime 1-1. Attendance 11,400.\n"
        ),
        "people": ["Jelle van der Meulen", "Osei Boakye-Mensah", "Rik Hoogeveen"],
        "mentions": ["Jelle van der Meulen", "Osei Boakye-Mensah", "Rik Hoogeveen"],
        "countries": ["NL"],
        "organizations": ["FC Westervoort", "Sparta Lemmer"],
    },
    {
        "text": (
            "TENNIS - RESULTS AT THE PALMA CLAY COURT OPEN.\n"
            "PALMA, Spain 2026-06-24\n"
            "Results from the Palma Clay Court Open on Wednesday (prefix number denotes"
            " seeding):\n"
            "Second round\n"
            "1 - Katarzyna Wolanin (Poland) beat Yui Takamatsu (Japan) 6-2 7-5\n"
            "Irene Valdés Ortega (Spain) beat 6 - Ana-Maria Bucur (Romania) 7-5 6-2\n"
            "Liesbeth Claes (Belgium) beat Adunni Oyelaran (Nigeria) 6-4 6-4\n"
        ),
        "people": ["Katarzyna Wolanin", "Yui Takamatsu", "Irene Valdés Ortega",
                   "Ana-Maria Bucur", "Liesbeth Claes", "Adunni Oyelaran"],
        "mentions": ["Katarzyna Wolanin", "Yui Takamatsu", "Irene Valdés Ortega",
                     "Ana-Maria Bucur", "Liesbeth Claes", "Adunni Oyelaran"],
        "countries": ["ES", "PL", "JP", "RO", "BE", "NG"],
        "organizations": [],
    },
    {
        "text": (
            "GOLF - LEADING SCORES AT THE KILDARE CLASSIC.\n"
            "STRAFFAN, Ireland 2026-07-03\n"
            "Leading first-round scores on Thursday (Britain and Ireland unless stated):\n"
            "65 Padraig Mulcahy\n"
            "66 Tomasz Grabowski (Poland), Hamish Drummond-Kerr\n"
            "67 Søren Kjeldgaard (Denmark), Kwame Asante-Darko (Ghana)\n"
        ),
        "people": ["Padraig Mulcahy", "Tomasz Grabowski", "Hamish Drummond-Kerr",
                   "Søren Kjeldgaard", "Kwame Asante-Darko"],
        "mentions": ["Padraig Mulcahy", "Tomasz Grabowski", "Hamish Drummond-Kerr",
                     "Søren Kjeldgaard", "Kwame Asante-Darko"],
        "countries": ["IE", "GB", "PL", "DK", "GH"],
        "organizations": [],
    },
    {
        "text": (
            "CRICKET - ZIMBABWE V BANGLADESH SCOREBOARD.\n"
            "BULAWAYO 2026-02-11\n"
            "Close-of-play scores after day one of the opening test between Zimbabwe and"
            " Bangladesh:\n"
            "Zimbabwe first innings\n"
            "T. Mukwena c Hossain b Rahman 44\n"
            "B. Chiwenga lbw b Rahman 12\n"
            "R. Nyathi not out 61\n"
            "Bowling: Mahmudul Rahman 18-4-52-2, Towhid Hossain 12-1-40-0\n"
        ),
        "people": ["T. Mukwena", "B. Chiwenga", "R. Nyathi", "Mahmudul Rahman",
                   "Towhid Hossain"],
        "mentions": ["T. Mukwena", "Hossain", "Rahman", "B. Chiwenga", "Rahman", "R. Nyathi",
                     "Mahmudul Rahman", "Towhid Hossain"],
        "countries": ["ZW", "BD"],
        "organizations": [],
    },
    {
        "text": (
            "ATHLETICS - LEADING RESULTS AT BISLETT MEETING.\n"
            "OSLO 2026-06-11\n"
            "Leading results at the Bislett athletics meeting on Thursday:\n"
            "Men's 800 metres: 1. Kipchumba Rotich (Kenya) 1:44.21 2. Mattias Lindqvist"
            " (Sweden) 1:44.90 3. Abdelaziz Benhaddou (Morocco) 1:45.03\n"
            "Women's high jump: 1. Ilze Kalniņa (Latvia) 1.97 metres 2. Tove Ekström (Sweden)"
            " 1.94\n"
        ),
        "people": ["Kipchumba Rotich", "Mattias Lindqvist", "Abdelaziz Benhaddou",
                   "Ilze Kalniņa", "Tove Ekström"],
        "mentions": ["Kipchumba Rotich", "Mattias Lindqvist", "Abdelaziz Benhaddou",
                     "Ilze Kalniņa", "Tove Ekström"],
        "countries": ["KE", "SE", "MA", "LV"],
        "organizations": [],
    },
    {
        "text": (
            "RUGBY UNION - FIJI NAME VOSAWAI AS CAPTAIN.\n"
            "SUVA 2026-05-29\n"
            "Fiji named flanker Semi Vosawai as captain on Friday for the two-test tour of"
            " Argentina. Vosawai, 27, replaces the injured Josefa Naqelevuki, who broke a"
            " wrist against Samoa last month.\n"
        ),
        "people": ["Semi Vosawai", "Josefa Naqelevuki"],
        "mentions": ["VOSAWAI", "Semi Vosawai", "Vosawai", "Josefa Naqelevuki"],
        "countries": ["FJ", "AR", "WS"],
        "organizations": [],
    },
    {
        "text": (
            "CYCLING - NORWEGIAN HALVORSEN WINS MOUNTAIN STAGE.\n"
            "BRIANCON, France 2026-07-15\n"
            "Norway's Eirik Halvorsen won the 14th stage of the Tour de France on Wednesday,"
            " a 178-km ride through the Alps, by 22 seconds from Colombian Yeison Arboleda"
            " Mosquera. Arboleda kept the overall lead. Halvorsen rides for the Danish team"
            " Nordlys Cycling.\n"
        ),
        "people": ["Eirik Halvorsen", "Yeison Arboleda Mosquera"],
        "mentions": ["HALVORSEN", "Eirik Halvorsen", "Yeison Arboleda Mosquera", "Arboleda",
                     "Halvorsen"],
        "countries": ["NO", "FR", "CO", "DK"],
        "organizations": ["Nordlys Cycling"],
    },
    {
        "text": (
            "BASKETBALL - EUROLEAGUE RESULTS.\n"
            "BELGRADE 2026-11-19\n"
            "Results of Euroleague matches on Thursday:\n"
            "Crvena Zvezda 88 Hapoel Rishon 79 (Marko Jovanović 24, Eliyahu Ben-Ami 19)\n"
            "Zalgiris Kaunas 71 Olimpia Milano 75 (Dovydas Šimkus 18, Tommaso Ferlini 21)\n"
        ),
        "people": ["Marko Jovanović", "Eliyahu Ben-Ami", "Dovydas Šimkus", "Tommaso Ferlini"],
        "mentions": ["Marko Jovanović", "Eliyahu Ben-Ami", "Dovydas Šimkus", "Tommaso Ferlini"],
        "countries": [],
        "organizations": ["Euroleague", "Crvena Zvezda", "Hapoel Rishon", "Zalgiris Kaunas",
                          "Olimpia Milano"],
    },
    {
        "text": (
            "SOCCER - ARMENIAN CLUB SACKS COACH GRIGORYAN.\n"
            "YEREVAN 2026-03-30\n"
            "Armenian champions Ararat Masis sacked coach Levon Grigoryan on Monday after three"
            " straight defeats. Assistant Ruben Hakobyan will take charge until the end of the"
            " season, the club said.\n"
        ),
        "people": ["Levon Grigoryan", "Ruben Hakobyan"],
        "mentions": ["GRIGORYAN", "Levon Grigoryan", "Ruben Hakobyan"],
        "countries": ["AM"],
        "organizations": ["Ararat Masis"],
    },
    # --- terse wire: markets and one-line briefs ---
    {
        "text": (
            "LONDON 2026-03-17\n"
            "British shares closed lower on Tuesday as banks fell after the Bank of England"
            " held interest rates. The FTSE 100 index ended 0.8 percent down. Shares in"
            " Harcastle Bank fell 3.1 percent. Priya Venkataraman, an analyst at Morrow"
            " Securities, said the market had hoped for a cut.\n"
        ),
        "people": ["Priya Venkataraman"],
        "mentions": ["Priya Venkataraman"],
        "countries": ["GB"],
        "organizations": ["Bank of England", "Harcastle Bank", "Morrow Securities"],
    },
    {
        "text": (
            "SINGAPORE 2026-05-06\n"
            "Oil prices rose in Asian trade on Wednesday after OPEC members agreed to extend"
            " output cuts. Brent crude gained 62 cents to $81.40 a barrel. Traders said Saudi"
            " Arabia's energy ministry had signalled further cuts, but analyst Lim Hui Ling of"
            " Straits Capital said demand from China remained weak.\n"
        ),
        "people": ["Lim Hui Ling"],
        "mentions": ["Lim Hui Ling"],
        "countries": ["SG", "SA", "CN"],
        "organizations": ["OPEC", "Straits Capital"],
    },
    {
        "text": (
            "TOKYO 2026-01-20\n"
            "The dollar slipped against the yen on Tuesday after Bank of Japan governor Hideo"
            " Kanamori hinted at a rate rise in April. Dealers said Japanese exporters sold"
            " dollars ahead of the month-end. Toyoshima Motors shares rose 1.2 percent.\n"
        ),
        "people": ["Hideo Kanamori"],
        "mentions": ["Hideo Kanamori"],
        "countries": ["JP"],
        "organizations": ["Bank of Japan", "Toyoshima Motors"],
    },
    {
        "text": (
            "MAPUTO 2026-04-02\n"
            "Mozambique's central bank cut its benchmark lending rate by 100 basis points to"
            " 12.25 percent on Thursday, governor Ernesto Macuácua told reporters.\n"
        ),
        "people": ["Ernesto Macuácua"],
        "mentions": ["Ernesto Macuácua"],
        "countries": ["MZ"],
        "organizations": [],
    },
    {
        "text": (
            "TBILISI 2026-10-09\n"
            "Georgian police detained 14 people at an opposition rally outside parliament on"
            " Friday, the interior ministry said.\n"
        ),
        "people": [],
        "mentions": [],
        "countries": ["GE"],
        "organizations": [],
    },
    {
        "text": (
            "WARSAW 2026-12-01\n"
            "Polish copper miner Miedzbor said on Tuesday its third-quarter net profit rose 14"
            " percent to 1.9 billion zlotys, helped by higher prices. Chief executive Zbigniew"
            " Kaczmarczyk said output at the Lubin smelter would rise next year.\n"
        ),
        "people": ["Zbigniew Kaczmarczyk"],
        "mentions": ["Zbigniew Kaczmarczyk"],
        "countries": ["PL"],
        "organizations": ["Miedzbor"],
    },
    {
        "text": (
            "ZURICH 2026-08-05\n"
            "Swiss drugmaker Halvetia Pharma agreed to buy U.S. biotech firm Corvane"
            " Therapeutics for $4.2 billion in cash, the companies said on Wednesday.\n"
        ),
        "people": [],
        "mentions": [],
        "countries": ["CH", "US"],
        "organizations": ["Halvetia Pharma", "Corvane Therapeutics"],
    },
    # --- US politics ---
    {
        "text": (
            "ATLANTA, Georgia 2026-11-04\n"
            "Democrat Kendra Whitfield-Nash won the race for governor of Georgia on Tuesday,"
            " beating Republican Dale Brantley by about 40,000 votes. Whitfield-Nash, a former"
            " state attorney general, will take office in January. Brantley conceded shortly"
            " after midnight.\n"
        ),
        "people": ["Kendra Whitfield-Nash", "Dale Brantley"],
        "mentions": ["Kendra Whitfield-Nash", "Dale Brantley", "Whitfield-Nash", "Brantley"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "WASHINGTON — Senator Marisol Etxeberria-Vance, a Democrat from Nevada, on Tuesday"
            " introduced a bill to cap the price of insulin in the U.S. at $35 a month. Her"
            " Republican colleague from Utah, Senator Brigham Oakes, said he would oppose the"
            " measure. The White House has not said whether President Tolliver would sign"
            " it."
        ),
        "people": ["Marisol Etxeberria-Vance", "Brigham Oakes", "Tolliver"],
        "mentions": ["Marisol Etxeberria-Vance", "Brigham Oakes", "Tolliver"],
        "countries": ["US"],
        "organizations": ["White House"],
    },
    {
        "text": (
            "Trumbull, Ellery Trade Barbs In Ohio Debate\n\n"
            "COLUMBUS, Ohio — Republican Senate candidate Wade Trumbull and Democrat Jordan"
            " Ellery clashed over trade with China and Mexico in their only debate on Monday"
            " night. Trumbull accused Ellery of voting for deals that sent jobs abroad; Ellery"
            " said Trumbull had made his fortune closing factories."
        ),
        "people": ["Wade Trumbull", "Jordan Ellery"],
        "mentions": ["Trumbull", "Ellery", "Wade Trumbull", "Jordan Ellery", "Trumbull",
                     "Ellery", "Ellery", "Trumbull"],
        "countries": ["CN", "MX"],
        "organizations": [],
    },
    {
        "text": (
            "Rep. Chad Okafor, a Maryland Democrat, said on Thursday he would run for the"
            " Senate seat being vacated by Sen. Israel Mendoza-Ruiz. Okafor, 44, served two"
            " terms in the state legislature before winning his House seat in 2022."
        ),
        "people": ["Chad Okafor", "Israel Mendoza-Ruiz"],
        "mentions": ["Chad Okafor", "Israel Mendoza-Ruiz", "Okafor"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Governor Signs Sweeping Gun Bill Into Law\n\n"
            "SACRAMENTO, California — Governor Lucinda Marroquín-Hayes on Friday signed a law"
            " banning the sale of untraceable gun kits. The National Rifle Association said it"
            " would sue. State Senator Arturo Benavides, the bill's author, called it the"
            " strongest such law in the country. Marroquín-Hayes signed it at a school in"
            " Fresno."
        ),
        "people": ["Lucinda Marroquín-Hayes", "Arturo Benavides"],
        "mentions": ["Lucinda Marroquín-Hayes", "Arturo Benavides", "Marroquín-Hayes"],
        "countries": [],
        "organizations": ["National Rifle Association"],
    },
    {
        "text": (
            "A U.S. federal judge in Austin on Friday blocked a Texas law that would have let"
            " police arrest migrants suspected of crossing the border from Mexico. Judge"
            " Ramona Castellanos-Whitby wrote that immigration was a matter for Washington,"
            " not the states. Texas attorney general Boyd Hargrove said he would appeal."
        ),
        "people": ["Ramona Castellanos-Whitby", "Boyd Hargrove"],
        "mentions": ["Ramona Castellanos-Whitby", "Boyd Hargrove"],
        "countries": ["US", "MX"],
        "organizations": [],
    },
    {
        "text": (
            "Mayor's Budget Faces Council Revolt\n\n"
            "CHICAGO — Mayor Teodoro Villaseñor's $16 billion budget ran into trouble on"
            " Wednesday when 19 aldermen signed a letter opposing a property tax rise."
            " Alderman Keisha Drummond-Pryor, who chairs the finance committee, said the plan"
            " asked too much of homeowners. Villaseñor's office said talks would continue."
        ),
        "people": ["Teodoro Villaseñor", "Keisha Drummond-Pryor"],
        "mentions": ["Teodoro Villaseñor", "Keisha Drummond-Pryor", "Villaseñor"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "PHOENIX — Florence Adjei-Whitman, a nurse from Tempe, won the Democratic primary"
            " for Arizona's 4th congressional district on Tuesday, defeating Victoria"
            " Sandoval. Adjei-Whitman will face Republican Sydney Kowalchuk in November."
        ),
        "people": ["Florence Adjei-Whitman", "Victoria Sandoval", "Sydney Kowalchuk"],
        "mentions": ["Florence Adjei-Whitman", "Victoria Sandoval", "Adjei-Whitman",
                     "Sydney Kowalchuk"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "WASHINGTON 2026-02-03\n"
            "The U.S. Senate confirmed Anand Subramaniam-Reyes as ambassador to India on"
            " Tuesday by 61 votes to 38. Subramaniam-Reyes, a former Commerce Department"
            " official, said he would press New Delhi to cut tariffs on American farm goods.\n"
        ),
        "people": ["Anand Subramaniam-Reyes"],
        "mentions": ["Anand Subramaniam-Reyes", "Subramaniam-Reyes"],
        "countries": ["US", "IN"],
        "organizations": ["U.S. Senate", "Commerce Department"],
    },
    # --- UK politics ---
    {
        "text": (
            "Chancellor Warns Banks Over Mortgage Rates\n\n"
            "LONDON — Britain's finance minister, Harriet Pembroke-Asante, told the heads of"
            " the largest banks on Monday to pass on lower borrowing costs to homeowners."
            " Pembroke-Asante, speaking at the Treasury, said she would publish a review of"
            " the sector in the spring."
        ),
        "people": ["Harriet Pembroke-Asante"],
        "mentions": ["Harriet Pembroke-Asante", "Pembroke-Asante"],
        "countries": ["GB"],
        "organizations": ["Treasury"],
    },
    {
        "text": (
            "LONDON 2026-06-17\n"
            "Prime Minister Edmund Ashcombe faced a revolt by 40 of his own MPs on Wednesday"
            " over plans to close rural hospitals in England. Former health secretary Rosalind"
            " Achterberg told the House of Commons the plan would cost lives. Downing Street"
            " said the vote would go ahead.\n"
        ),
        "people": ["Edmund Ashcombe", "Rosalind Achterberg"],
        "mentions": ["Edmund Ashcombe", "Rosalind Achterberg"],
        "countries": ["GB"],
        "organizations": ["House of Commons", "Downing Street"],
    },
    {
        "text": (
            "Ap Rhys Elected Welsh Labour Leader\n\n"
            "CARDIFF — Gethin ap Rhys was elected leader of Welsh Labour on Saturday with 54"
            " percent of members' votes. Ap Rhys, 51, a former teacher from Bangor, defeated"
            " Sioned Pritchard-Evans, who had been the favourite."
        ),
        "people": ["Gethin ap Rhys", "Sioned Pritchard-Evans"],
        "mentions": ["Ap Rhys", "Gethin ap Rhys", "Ap Rhys", "Sioned Pritchard-Evans"],
        "countries": ["GB"],
        "organizations": ["Welsh Labour"],
    },
    {
        "text": (
            "Rail Strike Called Off After Late Deal\n\n"
            "A national rail strike planned for Monday was called off late on Sunday after"
            " the RMT union accepted a pay offer. General secretary Declan O'Rourke-Byrne said"
            " members would vote on the deal. Transport Secretary Anjali Mistry-Cole said"
            " Britain's railways needed reform, not strikes."
        ),
        "people": ["Declan O'Rourke-Byrne", "Anjali Mistry-Cole"],
        "mentions": ["Declan O'Rourke-Byrne", "Anjali Mistry-Cole"],
        "countries": ["GB"],
        "organizations": ["RMT"],
    },
    {
        "text": (
            "EDINBURGH 2026-09-02\n"
            "Scotland's first minister, Ailsa McCorquodale, said on Wednesday she would ask"
            " London for the power to hold a second independence referendum. The Scottish"
            " Conservatives' leader, Fergus Baird-Lennox, called it a distraction.\n"
        ),
        "people": ["Ailsa McCorquodale", "Fergus Baird-Lennox"],
        "mentions": ["Ailsa McCorquodale", "Fergus Baird-Lennox"],
        "countries": ["GB"],
        "organizations": ["Scottish Conservatives"],
    },
    # --- encyclopedic wire: the least-covered regions ---
    {
        "text": (
            "Monday, April 13, 2026\n\n"
            "Iceland's parliament, the Althing, elected Guðrún Sæmundsdóttir as its speaker on"
            " Monday. Sæmundsdóttir, a former fisheries minister, succeeds Hallgrímur"
            " Þórðarson, who retired after 24 years in parliament."
        ),
        "people": ["Guðrún Sæmundsdóttir", "Hallgrímur Þórðarson"],
        "mentions": ["Guðrún Sæmundsdóttir", "Sæmundsdóttir", "Hallgrímur Þórðarson"],
        "countries": ["IS"],
        "organizations": ["Althing"],
    },
    {
        "text": (
            "Wednesday, September 23, 2026\n\n"
            "Estonian defence minister Rasmus Tammsaar-Kivi said on Tuesday that NATO would"
            " station a second brigade near Tartu. Latvia and Lithuania welcomed the decision;"
            " Moscow called it a provocation."
        ),
        "people": ["Rasmus Tammsaar-Kivi"],
        "mentions": ["Rasmus Tammsaar-Kivi"],
        "countries": ["EE", "LV", "LT", "RU"],
        "organizations": ["NATO"],
    },
    {
        "text": (
            "Friday, February 20, 2026\n\n"
            "Kosovo's prime minister, Arbën Krasniqi-Hoxha, accused Belgrade on Thursday of"
            " stirring unrest in the north. Serbian president Dragoslav Milenković said Serbs in"
            " Kosovo were being harassed. The European Union urged both sides to return to"
            " talks in Brussels."
        ),
        "people": ["Arbën Krasniqi-Hoxha", "Dragoslav Milenković"],
        "mentions": ["Arbën Krasniqi-Hoxha", "Dragoslav Milenković"],
        "countries": ["XK", "RS"],
        "organizations": ["European Union"],
    },
    {
        "text": (
            "Thursday, July 30, 2026\n\n"
            "Albanian police seized two tonnes of cannabis on a farm near Vlorë, the country's"
            " police chief Ilir Dervishaj said. Three men, including a former mayor, Besnik"
            " Çela, were arrested. Italy's anti-mafia office had tipped off Tirana."
        ),
        "people": ["Ilir Dervishaj", "Besnik Çela"],
        "mentions": ["Ilir Dervishaj", "Besnik Çela"],
        "countries": ["AL", "IT"],
        "organizations": [],
    },
    {
        "text": (
            "Sunday, May 10, 2026\n\n"
            "Haiti's transitional council named economist Ketleen Bien-Aimé as prime minister"
            " on Saturday, the third in a year. Bien-Aimé, who worked for the central bank,"
            " promised elections within 18 months. The Dominican Republic reopened its border"
            " crossings at Dajabón."
        ),
        "people": ["Ketleen Bien-Aimé"],
        "mentions": ["Ketleen Bien-Aimé", "Bien-Aimé"],
        "countries": ["HT", "DO"],
        "organizations": [],
    },
    {
        "text": (
            "Tuesday, November 17, 2026\n\n"
            "Guatemala's Constitutional Court ordered the release of Indigenous leader Eulalia"
            " Xocop Tzul, who had been held for 11 months on charges of blocking a highway."
            " Xocop, a K'iche' Maya, led protests against a nickel mine near Lake Izabal."
        ),
        "people": ["Eulalia Xocop Tzul"],
        "mentions": ["Eulalia Xocop Tzul", "Xocop"],
        "countries": ["GT"],
        "organizations": ["Constitutional Court"],
    },
    {
        "text": (
            "Saturday, January 24, 2026\n\n"
            "Nicaraguan journalist Maykeling Centeno Urbina, who fled to Costa Rica in 2021,"
            " was stripped of her citizenship by a court in Managua on Friday along with 93"
            " other exiles. Centeno said from San José that she would keep reporting."
        ),
        "people": ["Maykeling Centeno Urbina"],
        "mentions": ["Maykeling Centeno Urbina", "Centeno"],
        "countries": ["NI", "CR"],
        "organizations": [],
    },
    {
        "text": (
            "Thursday, June 4, 2026\n\n"
            "Peru's Congress voted on Wednesday to remove the head of the electoral board,"
            " Yolanda Huamán Ccori, accusing her of bias. Huamán, the first Quechua speaker to"
            " lead the board, called the vote an attack on democracy. Bolivia and Ecuador"
            " expressed concern."
        ),
        "people": ["Yolanda Huamán Ccori"],
        "mentions": ["Yolanda Huamán Ccori", "Huamán"],
        "countries": ["PE", "BO", "EC"],
        "organizations": ["Congress"],
    },
    {
        "text": (
            "Monday, August 31, 2026\n\n"
            "Uruguayan striker Facundo Pereyra Olivera has joined the Paraguayan club"
            " Sportivo Itauguá on a two-year contract. Pereyra, 30, was top scorer in the"
            " Uruguayan league with Rampla Montevideo last season."
        ),
        "people": ["Facundo Pereyra Olivera"],
        "mentions": ["Facundo Pereyra Olivera", "Pereyra"],
        "countries": ["UY", "PY"],
        "organizations": ["Sportivo Itauguá", "Rampla Montevideo"],
    },
    {
        "text": (
            "Wednesday, March 18, 2026\n\n"
            "Fighting between the Congolese army and M23 rebels forced 40,000 people from their"
            " homes near Goma, the United Nations said. Army spokesman Colonel Aimé Mbuyi"
            " Kalonji accused Rwanda of sending troops across the border, which Kigali denied."
        ),
        "people": ["Aimé Mbuyi Kalonji"],
        "mentions": ["Aimé Mbuyi Kalonji"],
        "countries": ["CD", "RW"],
        "organizations": ["M23", "United Nations"],
    },
    {
        "text": (
            "Friday, October 2, 2026\n\n"
            "Chad's opposition leader, Ahmat Mahamat Abakar, was released from detention in"
            " N'Djamena on Thursday. Abakar had been arrested after protests over fuel prices."
            " Chad hosts more than a million refugees from Sudan."
        ),
        "people": ["Ahmat Mahamat Abakar"],
        "mentions": ["Ahmat Mahamat Abakar", "Abakar"],
        "countries": ["TD", "SD"],
        "organizations": [],
    },
    {
        "text": (
            "Tuesday, December 8, 2026\n\n"
            "Ivory Coast raised the price paid to cocoa farmers by 20 percent on Monday. The"
            " head of the cocoa regulator, Bénédicte Yao-Kouassi, said the rise reflected"
            " record world prices. Ghana, the second-largest grower, is expected to follow."
        ),
        "people": ["Bénédicte Yao-Kouassi"],
        "mentions": ["Bénédicte Yao-Kouassi"],
        "countries": ["CI", "GH"],
        "organizations": [],
    },
    {
        "text": (
            "Thursday, January 29, 2026\n\n"
            "Madagascar's president, Hery Rakotondrazaka, dissolved the government on"
            " Wednesday after weeks of protests over power and water cuts in Antananarivo."
            " Rakotondrazaka named a general, Solofo Andrianjafy, as interim prime minister."
        ),
        "people": ["Hery Rakotondrazaka", "Solofo Andrianjafy"],
        "mentions": ["Hery Rakotondrazaka", "Rakotondrazaka", "Solofo Andrianjafy"],
        "countries": ["MG"],
        "organizations": [],
    },
    {
        "text": (
            "Saturday, July 11, 2026\n\n"
            "Al-Shabaab fighters attacked a military base in central Somalia on Friday, killing"
            " at least 12 soldiers, a regional official, Abdirahman Sheikh Hassan Nur, said."
            " Ethiopian and Kenyan troops serve in the African Union force in the region."
        ),
        "people": ["Abdirahman Sheikh Hassan Nur"],
        "mentions": ["Abdirahman Sheikh Hassan Nur"],
        "countries": ["SO", "ET", "KE"],
        "organizations": ["Al-Shabaab", "African Union"],
    },
    {
        "text": (
            "Monday, March 2, 2026\n\n"
            "Lebanon's parliament failed for the ninth time on Monday to elect a president."
            " Speaker Ghassan Haddad-Karam adjourned the session after 70 deputies walked out."
            " Israeli strikes in the south of the country killed four people the same day."
        ),
        "people": ["Ghassan Haddad-Karam"],
        "mentions": ["Ghassan Haddad-Karam"],
        "countries": ["LB", "IL"],
        "organizations": [],
    },
    {
        "text": (
            "Wednesday, April 22, 2026\n\n"
            "Oman's state oil company signed a 20-year deal to supply liquefied natural gas to"
            " South Korea. Oil minister Salim bin Nasser al-Harthy said the contract was the"
            " largest in the sultanate's history. Al-Harthy spoke in Muscat."
        ),
        "people": ["Salim bin Nasser al-Harthy"],
        "mentions": ["Salim bin Nasser al-Harthy", "Al-Harthy"],
        "countries": ["OM", "KR"],
        "organizations": [],
    },
    {
        "text": (
            "Friday, September 11, 2026\n\n"
            "Taiwan's foreign minister, Lin Chia-hsuan, said on Thursday that Chinese warships"
            " had circled the island for a third day. Lin told lawmakers in Taipei the drills"
            " were meant to intimidate voters before January's election."
        ),
        "people": ["Lin Chia-hsuan"],
        "mentions": ["Lin Chia-hsuan", "Lin"],
        "countries": ["TW", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "Sunday, June 21, 2026\n\n"
            "Cambodian and Thai officials met in Siem Reap on Saturday to settle a dispute"
            " over a border temple. Cambodia's delegation was led by Sok Chanthy, a deputy"
            " prime minister; Thailand's by Anuwat Srisombat."
        ),
        "people": ["Sok Chanthy", "Anuwat Srisombat"],
        "mentions": ["Sok Chanthy", "Anuwat Srisombat"],
        "countries": ["KH", "TH"],
        "organizations": [],
    },
    {
        "text": (
            "Tuesday, October 27, 2026\n\n"
            "The Maldives asked India on Monday to withdraw its last helicopter crews from the"
            " islands. President Aishath Shiham Rasheed said foreign troops had no place in a"
            " sovereign country. Rasheed has courted investment from China."
        ),
        "people": ["Aishath Shiham Rasheed"],
        "mentions": ["Aishath Shiham Rasheed", "Rasheed"],
        "countries": ["MV", "IN", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "Thursday, August 13, 2026\n\n"
            "Greenland's premier, Kaaleeraq Olsen-Kleist, told a conference in Nuuk that the"
            " island was not for sale, after renewed interest from Washington. Denmark's"
            " foreign minister, Mette Bjerregaard, backed him."
        ),
        "people": ["Kaaleeraq Olsen-Kleist", "Mette Bjerregaard"],
        "mentions": ["Kaaleeraq Olsen-Kleist", "Mette Bjerregaard"],
        "countries": ["GL", "US", "DK"],
        "organizations": [],
    },
    {
        "text": (
            "Wednesday, February 4, 2026\n\n"
            "Finland's border guard closed two more crossings with Russia on Tuesday after"
            " more than 300 asylum seekers arrived in a week. Interior minister Aino-Kaisa"
            " Väänänen said Helsinki would not be pressured by Moscow."
        ),
        "people": ["Aino-Kaisa Väänänen"],
        "mentions": ["Aino-Kaisa Väänänen"],
        "countries": ["FI", "RU"],
        "organizations": [],
    },
    {
        "text": (
            "Saturday, November 28, 2026\n\n"
            "Palau's president, Kione Ilebrang Ngiraked, signed a security pact with"
            " Australia on Friday. Ngiraked said the Pacific nation of 18,000 people needed"
            " help to patrol its waters against illegal fishing fleets."
        ),
        "people": ["Kione Ilebrang Ngiraked"],
        "mentions": ["Kione Ilebrang Ngiraked", "Ngiraked"],
        "countries": ["PW", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "Monday, May 25, 2026\n\n"
            "Belarusian opposition activist Ales Kazlouski was sentenced to nine years in"
            " prison by a court in Minsk. Poland and Lithuania, where many Belarusian exiles"
            " live, condemned the verdict. Kazlouski's wife, Volha, said he had been beaten."
        ),
        "people": ["Ales Kazlouski", "Volha"],
        "mentions": ["Ales Kazlouski", "Kazlouski", "Volha"],
        "countries": ["BY", "PL", "LT"],
        "organizations": [],
    },
]
