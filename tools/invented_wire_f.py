"""Entity set f, written sealed: kept out of the repository and away from everyone who
changed the analyser during the sixth round (1 December 2026), scored blind at its start
(62c167f) and its end, then published here. Now that it is public it is no longer blind.

Invented items in a mix of sources, regions and writers' styles unlike sets a-d: agency
copy with "(AP) —" and "CITY, Country (Reuters) -" datelines, South Asian and African
press styles ("New Delhi:", "By Staff Reporter"), obituaries, court and election
reports, results lists, lists run together by bad markup, headlines in past tense, and
the span-boundary traps of issue 10 (prefixes such as "President-elect" and
"Top-seeded", initials, particles, a bracketed insertion, "the Roe administration",
products, songs, ships and buildings named like people).

Written before the analyser ran on any of it; same fields as tools/invented_wire.py
(people: the panel, fullest forms; mentions: every person mention as written, once per
occurrence, no title, no possessive; countries: ISO codes referred to by name, short
form, demonym, or capital standing for a government, a dateline city alone not
counting, nor a country's name inside the name of an organisation or event ("Qatar
Airways", "the Qatar Open"); organizations: bodies, companies, parties, clubs, newspapers
named).

    python tools/score_invented_wire.py -v f
"""

ITEMS = [
    {
        "text": (
            "WINDHOEK, Namibia (AP) — Namibia's electoral commission declared Ndapewa"
            " Shikongo-Amadhila the winner of Saturday's presidential election on Tuesday,"
            " making her the country's second female head of state in a row. Shikongo-Amadhila,"
            " 61, took 57 percent of the vote. Her main rival, Panduleni Kauraisa, said he would"
            " challenge the result in court."
        ),
        "people": ["Ndapewa Shikongo-Amadhila", "Panduleni Kauraisa"],
        "mentions": ["Ndapewa Shikongo-Amadhila", "Shikongo-Amadhila", "Panduleni Kauraisa"],
        "countries": ["NA"],
        "organizations": [],
    },
    {
        "text": (
            "New Delhi: Union minister Rajeshwari Bhattacharjee on Monday inaugurated a 400-bed"
            " hospital in Guwahati built with a loan from Japan. Assam chief minister Hemendra"
            " Kalita Bora, who attended the ceremony, said the state would hire 2,000 nurses."
        ),
        "people": ["Rajeshwari Bhattacharjee", "Hemendra Kalita Bora"],
        "mentions": ["Rajeshwari Bhattacharjee", "Hemendra Kalita Bora"],
        "countries": ["JP"],
        "organizations": [],
    },
    {
        "text": (
            "By Staff Reporter\n\n"
            "LILONGWE — Malawi's main opposition party, the Malawi Congress Party, has suspended"
            " its secretary general, Chimwemwe"
            " Banda-Nkhoma, over the sale of party land. Banda-Nkhoma told this newspaper he had"
            " done nothing wrong. Party spokesperson Towera Mhango said a hearing would be held"
            " next month."
        ),
        "people": ["Chimwemwe Banda-Nkhoma", "Towera Mhango"],
        "mentions": ["Chimwemwe Banda-Nkhoma", "Banda-Nkhoma", "Towera Mhango"],
        "countries": ["MW"],
        "organizations": ["Malawi Congress Party"],
    },
    {
        "text": (
            "President-elect Valentina Okonjo-Reyes named her chief of staff on Friday, picking"
            " longtime aide Theodore Banerjee-Walsh. Okonjo-Reyes takes office on January 20."
            " The Okonjo-Reyes administration is expected to announce its cabinet next week."
        ),
        "people": ["Valentina Okonjo-Reyes", "Theodore Banerjee-Walsh"],
        "mentions": ["Valentina Okonjo-Reyes", "Theodore Banerjee-Walsh", "Okonjo-Reyes",
                     "Okonjo-Reyes"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "TENNIS - TOP-SEEDED NAKASHIMA CRASHES OUT IN DOHA.\n"
            "DOHA 2026-02-18\n"
            "Top-seeded Riko Nakashima of Japan lost 6-4 7-6 to Czech qualifier Bára"
            " Dvořáková in the second round of the Qatar Open on Wednesday. Nakashima had"
            " won the title twice.\n"
        ),
        "people": ["Riko Nakashima", "Bára Dvořáková"],
        "mentions": ["NAKASHIMA", "Riko Nakashima", "Bára Dvořáková", "Nakashima"],
        "countries": ["JP", "CZ"],
        "organizations": [],
    },
    {
        "text": (
            "The committee's members are Sen. Delphine ArceneauxRep. Marcus Oyelaran-Hill"
            " and Sen. Priya Ramaswamy-Cole, who chairs it. Arceneaux said the first hearing"
            " would be held in March."
        ),
        "people": ["Delphine Arceneaux", "Marcus Oyelaran-Hill", "Priya Ramaswamy-Cole"],
        "mentions": ["Delphine Arceneaux", "Marcus Oyelaran-Hill", "Priya Ramaswamy-Cole",
                     "Arceneaux"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Mendoza-Quiroga Thanked Voters After Narrow Win\n\n"
            "SANTIAGO, Chile — Independent candidate Camila Mendoza-Quiroga thanked voters on"
            " Sunday night after winning the mayoralty of Valparaíso by 412 votes."
            " Mendoza-Quiroga, a marine biologist, defeated the incumbent, Rodrigo Sanhueza"
            " Painemal."
        ),
        "people": ["Camila Mendoza-Quiroga", "Rodrigo Sanhueza Painemal"],
        "mentions": ["Mendoza-Quiroga", "Camila Mendoza-Quiroga", "Mendoza-Quiroga",
                     "Rodrigo Sanhueza Painemal"],
        "countries": ["CL"],
        "organizations": [],
    },
    {
        "text": (
            "Former Liberian president J.B. Tarpeh-Sirleaf has died at 88, his family said on"
            " Thursday. Tarpeh-Sirleaf, who led the country from 1990 to 1996, spent his last"
            " years in Accra. He is survived by his wife, Comfort, and five children."
        ),
        "people": ["J.B. Tarpeh-Sirleaf", "Comfort"],
        "mentions": ["J.B. Tarpeh-Sirleaf", "Tarpeh-Sirleaf", "Comfort"],
        "countries": ["LR"],
        "organizations": [],
    },
    {
        "text": (
            "Sierra Leone's opposition leader, Alhaji Foday Kamara-Bangura, returned to Freetown"
            " on Saturday after two years in exile in Guinea. Thousands of supporters lined the"
            " road from Lungi airport."
        ),
        "people": ["Foday Kamara-Bangura"],
        "mentions": ["Foday Kamara-Bangura"],
        "countries": ["SL", "GN"],
        "organizations": [],
    },
    {
        "text": (
            "OUAGADOUGOU (Reuters) - Burkina Faso's military government expelled two French"
            " diplomats on Monday, accusing them of contact with \"terrorist groups\". Paris"
            " called the decision unjustified. Junta spokesman Captain Issouf Sawadogo-Kaboré"
            " read the order on state television.\n"
        ),
        "people": ["Issouf Sawadogo-Kaboré"],
        "mentions": ["Issouf Sawadogo-Kaboré"],
        "countries": ["BF", "FR"],
        "organizations": [],
    },
    {
        "text": (
            "Niger's Prime Minister Abdoulaye Hama Moussa announced on Tuesday"
            " that the uranium mine"
            " at Arlit would be run by a state company after the French operator's licence was"
            " withdrawn. Moussa spoke after meeting Russian energy officials in Niamey."
        ),
        "people": ["Abdoulaye Hama Moussa"],
        "mentions": ["Abdoulaye Hama Moussa", "Moussa"],
        "countries": ["NE", "FR", "RU"],
        "organizations": [],
    },
    {
        "text": (
            "ALGIERS, Algeria (AP) — Algeria and Morocco traded accusations on Wednesday over a"
            " drone strike in the Western Sahara that killed three truck drivers. Algerian"
            " foreign minister Karim Benyahia-Mansouri called the strike a crime; Rabat said it"
            " had targeted armed men."
        ),
        "people": ["Karim Benyahia-Mansouri"],
        "mentions": ["Karim Benyahia-Mansouri"],
        "countries": ["DZ", "MA", "EH"],
        "organizations": [],
    },
    {
        "text": (
            "Libya's rival governments agreed on Sunday to a joint budget, their first in"
            " a decade, the United Nations mission said. The deal was signed in Tunis by Faraj"
            " al-Mahdi Abushagur for the Tripoli government and Salem Bukhatwa for the east."
        ),
        "people": ["Faraj al-Mahdi Abushagur", "Salem Bukhatwa"],
        "mentions": ["Faraj al-Mahdi Abushagur", "Salem Bukhatwa"],
        "countries": ["LY"],
        "organizations": ["United Nations"],
    },
    {
        "text": (
            "SOCCER - TANZANIAN PREMIER LEAGUE STANDINGS.\n"
            "DAR ES SALAAM 2026-04-27\n"
            "Table after Sunday's games (games, wins, draws, defeats, goal difference,"
            " points):\n"
            "Simba Kariakoo 24 17 5 2 41 12 56\n"
            "Mbeya Highlanders 24 15 6 3 38 17 51\n"
            "Coastal Union Tanga 24 12 7 5 30 22 43\n"
        ),
        "people": [],
        "mentions": [],
        "countries": ["TZ"],
        "organizations": ["Simba Kariakoo", "Mbeya Highlanders", "Coastal Union Tanga"],
    },
    {
        "text": (
            "Burundi's president, Évariste Ndikumana-Hakizimana, pardoned 5,000 prisoners on"
            " Friday to ease overcrowding. Human rights group Ligue Iteka said political"
            " prisoners were not among them."
        ),
        "people": ["Évariste Ndikumana-Hakizimana"],
        "mentions": ["Évariste Ndikumana-Hakizimana"],
        "countries": ["BI"],
        "organizations": ["Ligue Iteka"],
    },
    {
        "text": (
            "JUBA (Reuters) - South Sudan's vice president, Achol Mabior Akol, said on"
            " Thursday that elections set for December would be delayed again. Akol blamed a"
            " lack of money for voter registration. The United States and Britain said they"
            " were disappointed.\n"
        ),
        "people": ["Achol Mabior Akol"],
        "mentions": ["Achol Mabior Akol", "Akol"],
        "countries": ["SS", "US", "GB"],
        "organizations": [],
    },
    {
        "text": (
            "Botswana's diamond company Debswana cut output by a third as demand from India's"
            " cutting centres fell. Managing director Lesego Motsumi-Kgosi told reporters in"
            " Gaborone that no mines would close."
        ),
        "people": ["Lesego Motsumi-Kgosi"],
        "mentions": ["Lesego Motsumi-Kgosi"],
        "countries": ["BW", "IN"],
        "organizations": ["Debswana"],
    },
    {
        "text": (
            "Lesotho's acting head of state, Palesa Mofokeng-Lerotholi, swore in a"
            " new prime minister, Tšepo Mokhehle-Ramaili,"
            " on Monday after a coalition collapsed. South Africa, which surrounds the kingdom,"
            " welcomed the swift transfer of power."
        ),
        "people": ["Palesa Mofokeng-Lerotholi", "Tšepo Mokhehle-Ramaili"],
        "mentions": ["Palesa Mofokeng-Lerotholi", "Tšepo Mokhehle-Ramaili"],
        "countries": ["LS", "ZA"],
        "organizations": [],
    },
    {
        "text": (
            "LISBON, Portugal (AP) — Portugal's president dissolved parliament on Thursday and"
            " called an early election for March, after Prime Minister Joaquim Serôdio Almeida"
            " resigned over a lithium mining inquiry. Serôdio Almeida denies any wrongdoing."
        ),
        "people": ["Joaquim Serôdio Almeida"],
        "mentions": ["Joaquim Serôdio Almeida", "Serôdio Almeida"],
        "countries": ["PT"],
        "organizations": [],
    },
    {
        "text": (
            "Greece and Cyprus signed a deal on Tuesday to build an undersea power cable to"
            " Crete. Greek energy minister Stavros Papadimitriou-Kalogeropoulos said the link"
            " would be ready by 2030. Turkey objects to the route."
        ),
        "people": ["Stavros Papadimitriou-Kalogeropoulos"],
        "mentions": ["Stavros Papadimitriou-Kalogeropoulos"],
        "countries": ["GR", "CY", "TR"],
        "organizations": [],
    },
    {
        "text": (
            "VALLETTA 2026-07-21\n"
            "Malta's parliament voted on Tuesday to decriminalise abortion when a woman's life"
            " is at risk. Health minister Roderick Camilleri Xuereb said the change brought"
            " Malta into line with the rest of the European Union.\n"
        ),
        "people": ["Roderick Camilleri Xuereb"],
        "mentions": ["Roderick Camilleri Xuereb"],
        "countries": ["MT"],
        "organizations": ["European Union"],
    },
    {
        "text": (
            "Slovak Prime Minister Miroslav Hudák-Šimečka survived a no-confidence vote on"
            " Wednesday. Opposition leader Zuzana Kollárová said the government had lost the"
            " trust of the public. Brussels has frozen some funds over judicial reforms."
        ),
        "people": ["Miroslav Hudák-Šimečka", "Zuzana Kollárová"],
        "mentions": ["Miroslav Hudák-Šimečka", "Zuzana Kollárová"],
        "countries": ["SK"],
        "organizations": [],
    },
    {
        "text": (
            "Montenegro opened its last chapter of talks to join the European Union on Friday."
            " Chief negotiator Jelena Vujošević-Radulović said Podgorica hoped to join by 2028."
        ),
        "people": ["Jelena Vujošević-Radulović"],
        "mentions": ["Jelena Vujošević-Radulović"],
        "countries": ["ME"],
        "organizations": ["European Union"],
    },
    {
        "text": (
            "Luxembourg's Grand Duke named a new government on Monday led by Christophe Wagner-"
            "Schmit, whose Christian Social People's Party won 21 of the 60 seats."
        ),
        "people": ["Christophe Wagner-Schmit"],
        "mentions": ["Christophe Wagner-Schmit"],
        "countries": ["LU"],
        "organizations": ["Christian Social People's Party"],
    },
    {
        "text": (
            "OTTAWA (Reuters) - Canada's governor general, Marie-Ève Tremblay-Ouellet, dissolved"
            " parliament on Sunday at the request of Prime Minister Harjit Sandhu-Lachance, who"
            " called an election for October 19. Tremblay-Ouellet met Sandhu-Lachance at Rideau"
            " Hall.\n"
        ),
        "people": ["Marie-Ève Tremblay-Ouellet", "Harjit Sandhu-Lachance"],
        "mentions": ["Marie-Ève Tremblay-Ouellet", "Harjit Sandhu-Lachance", "Tremblay-Ouellet",
                     "Sandhu-Lachance"],
        "countries": ["CA"],
        "organizations": [],
    },
    {
        "text": (
            "CARACAS — Venezuela freed five jailed opposition activists on Saturday, among them"
            " student leader Yorbelis Guaramato and lawyer Néstor Irausquín. Washington called"
            " the releases a first step."
        ),
        "people": ["Yorbelis Guaramato", "Néstor Irausquín"],
        "mentions": ["Yorbelis Guaramato", "Néstor Irausquín"],
        "countries": ["VE", "US"],
        "organizations": [],
    },
    {
        "text": (
            "The Bahamas declared a state of emergency on Grand Bahama as Hurricane Imelda"
            " approached with winds of 200 kph. Prime Minister Philippa Rolle-Cartwright urged"
            " residents of Freeport to leave."
        ),
        "people": ["Philippa Rolle-Cartwright"],
        "mentions": ["Philippa Rolle-Cartwright"],
        "countries": ["BS"],
        "organizations": [],
    },
    {
        "text": (
            "Barbados beat Guyana by 6 wickets in Bridgetown on Sunday. Opener Shamar"
            " Greenidge-Holder made 88 not out. Guyana's captain, Devendra Persaud, blamed a"
            " slow outfield."
        ),
        "people": ["Shamar Greenidge-Holder", "Devendra Persaud"],
        "mentions": ["Shamar Greenidge-Holder", "Devendra Persaud"],
        "countries": ["BB", "GY"],
        "organizations": [],
    },
    {
        "text": (
            "Suriname's president, Anand Ramdin, signed an oil deal with a French"
            " company on Wednesday worth $10 billion. Ramdin said the money would go into a"
            " sovereign wealth fund."
        ),
        "people": ["Anand Ramdin"],
        "mentions": ["Anand Ramdin", "Ramdin"],
        "countries": ["SR", "FR"],
        "organizations": [],
    },
    {
        "text": (
            "PANAMA CITY (AP) — Panama's canal authority cut the number of daily ship crossings"
            " to 24 because of drought. Administrator Aurelio Quintero-Tejeira said rain in"
            " November should restore traffic. The container ship Santa Eulalia waited nine"
            " days to cross."
        ),
        "people": ["Aurelio Quintero-Tejeira"],
        "mentions": ["Aurelio Quintero-Tejeira"],
        "countries": ["PA"],
        "organizations": [],
    },
    {
        "text": (
            "Belize's prime minister, Ashton Cadle-Usher, said on Monday his country would take"
            " Guatemala's territorial claim to the International Court of Justice for a final"
            " ruling."
        ),
        "people": ["Ashton Cadle-Usher"],
        "mentions": ["Ashton Cadle-Usher"],
        "countries": ["BZ", "GT"],
        "organizations": ["International Court of Justice"],
    },
    {
        "text": (
            "BAGHDAD (Reuters) - Iraq's parliament elected Kurdish politician Hoshyar Barzinji"
            " [the former finance minister] as president of the republic on Thursday. Barzinji"
            " won 210 votes. Tehran and Ankara congratulated him.\n"
        ),
        "people": ["Hoshyar Barzinji"],
        "mentions": ["Hoshyar Barzinji", "Barzinji"],
        "countries": ["IQ", "IR", "TR"],
        "organizations": [],
    },
    {
        "text": (
            "AMMAN — Jordan's King appointed Ayman Suleiman Haddadin as prime minister on"
            " Sunday. The new premier, a former ambassador to Washington, replaces Rami"
            " Fayez Obeidat."
        ),
        "people": ["Ayman Suleiman Haddadin", "Rami Fayez Obeidat"],
        "mentions": ["Ayman Suleiman Haddadin", "Rami Fayez Obeidat"],
        "countries": ["JO", "US"],
        "organizations": [],
    },
    {
        "text": (
            "Yemen's Houthi rebels released 40 crew members of a cargo ship seized in the Red"
            " Sea a year ago, Oman's foreign ministry said. Oman's foreign minister, Khalid bin"
            " Saif Al Rawahi, had mediated the talks."
        ),
        "people": ["Khalid bin Saif Al Rawahi"],
        "mentions": ["Khalid bin Saif Al Rawahi"],
        "countries": ["YE", "OM"],
        "organizations": [],
    },
    {
        "text": (
            "Qatar Airways ordered 60 wide-body jets on Monday. Chief executive Hamad Ali"
            " Al-Hajri said the deal, signed in Doha, was worth $20 billion at list prices."
            " Shares of the planemaker rose 2 percent in Paris."
        ),
        "people": ["Hamad Ali Al-Hajri"],
        "mentions": ["Hamad Ali Al-Hajri"],
        "countries": [],
        "organizations": ["Qatar Airways"],
    },
    {
        "text": (
            "YANGON — Myanmar's military court sentenced the poet Ko Zaw Lin Htet to 20 years"
            " in prison on Friday for a poem read at a protest. Zaw Lin Htet's lawyer, Daw Khin"
            " Mar Aye, said he would appeal. Thailand and Indonesia urged his release."
        ),
        "people": ["Zaw Lin Htet", "Khin Mar Aye"],
        "mentions": ["Zaw Lin Htet", "Zaw Lin Htet", "Khin Mar Aye"],
        "countries": ["MM", "TH", "ID"],
        "organizations": [],
    },
    {
        "text": (
            "DILI, East Timor (AP) — Timor-Leste became the 11th member of ASEAN on Wednesday."
            " Prime Minister Mateus da Costa Ximenes called it the proudest day since"
            " independence. Australia and Indonesia sent their foreign ministers."
        ),
        "people": ["Mateus da Costa Ximenes"],
        "mentions": ["Mateus da Costa Ximenes"],
        "countries": ["TL", "AU", "ID"],
        "organizations": ["ASEAN"],
    },
    {
        "text": (
            "Brunei's sultan opened a 30-km bridge linking the capital to the Temburong"
            " district on Saturday. The bridge was built by a Chinese company at a cost of"
            " $1.6 billion."
        ),
        "people": [],
        "mentions": [],
        "countries": ["BN", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "The Philippine coast guard said Chinese vessels fired water cannon at a supply"
            " boat near Second Thomas Shoal on Monday. Spokesman Commodore Raymundo Lacson"
            " Dimaculangan said two crew members were hurt. Manila summoned Beijing's ambassador."
        ),
        "people": ["Raymundo Lacson Dimaculangan"],
        "mentions": ["Raymundo Lacson Dimaculangan"],
        "countries": ["PH", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "BISHKEK 2026-03-09\n"
            "Kyrgyzstan and Tajikistan reopened their border on Monday, closed since the"
            " clashes of 2022. Kyrgyz security chief Kamchybek Toktosunov and his Tajik"
            " counterpart, Davlatsho Nazarov-Rahmon, met at the Batken crossing.\n"
        ),
        "people": ["Kamchybek Toktosunov", "Davlatsho Nazarov-Rahmon"],
        "mentions": ["Kamchybek Toktosunov", "Davlatsho Nazarov-Rahmon"],
        "countries": ["KG", "TJ"],
        "organizations": [],
    },
    {
        "text": (
            "NUKU'ALOFA — Tonga's parliament chose Sione 'Akau'ola Fifita as prime minister on"
            " Thursday. Fifita, a former journalist, promised to fight corruption. New Zealand"
            " and Fiji sent messages of support."
        ),
        "people": ["Sione 'Akau'ola Fifita"],
        "mentions": ["Sione 'Akau'ola Fifita", "Fifita"],
        "countries": ["TO", "NZ", "FJ"],
        "organizations": [],
    },
    {
        "text": (
            "Kiribati's president, Tetaua Kaiea Tabuaka, said on Monday that rising seas would"
            " force the relocation of two villages on Tarawa. Tabuaka asked Australia and Japan for"
            " help to build sea walls."
        ),
        "people": ["Tetaua Kaiea Tabuaka"],
        "mentions": ["Tetaua Kaiea Tabuaka", "Tabuaka"],
        "countries": ["KI", "AU", "JP"],
        "organizations": [],
    },
    {
        "text": (
            "Singer Amara Okoli's song \"Lagos Rain\" topped the charts in Britain for a third"
            " week. Okoli, 24, wrote it after moving to London from Enugu. She will tour the"
            " United States in May."
        ),
        "people": ["Amara Okoli"],
        "mentions": ["Amara Okoli", "Okoli"],
        "countries": ["GB", "US"],
        "organizations": [],
    },
    {
        "text": (
            "Shares of Morgan Hale & Sons fell 8 percent after the shipbuilder lost a navy"
            " contract. Chairman Winston Achterberg said the company would cut 600 jobs at its"
            " Belfast yard."
        ),
        "people": ["Winston Achterberg"],
        "mentions": ["Winston Achterberg"],
        "countries": [],
        "organizations": ["Morgan Hale & Sons"],
    },
    {
        "text": (
            "Police Tuesday released the name of the motorist killed in the crash: Dwayne"
            " Kowalczyk Jr., 34, of Toledo. His passenger, Lakeisha Brown-Whitaker, was treated"
            " for minor injuries."
        ),
        "people": ["Dwayne Kowalczyk Jr.", "Lakeisha Brown-Whitaker"],
        "mentions": ["Dwayne Kowalczyk Jr.", "Lakeisha Brown-Whitaker"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Seoul's Constitutional Court upheld the impeachment of South Korea's interior"
            " minister, Yoon Hae-jin, on Thursday. Yoon had been accused of failing to prevent"
            " a crowd crush. North Korea's state media mocked the ruling."
        ),
        "people": ["Yoon Hae-jin"],
        "mentions": ["Yoon Hae-jin", "Yoon"],
        "countries": ["KR", "KP"],
        "organizations": ["Constitutional Court"],
    },
    {
        "text": (
            "Nepali climber Lakpa Norbu Sherpa reached the summit of Everest for a record 31st"
            " time on Wednesday. Sherpa, 50, was guiding a team of climbers from Norway and"
            " Chile, the tourism department in Kathmandu said."
        ),
        "people": ["Lakpa Norbu Sherpa"],
        "mentions": ["Lakpa Norbu Sherpa", "Sherpa"],
        "countries": ["NP", "NO", "CL"],
        "organizations": [],
    },
    {
        "text": (
            "Eritrea's information minister, Tesfalem Habte Woldu, rejected a United"
            " Nations report on forced conscription as \"baseless\". Ethiopia's government has"
            " not commented."
        ),
        "people": ["Tesfalem Habte Woldu"],
        "mentions": ["Tesfalem Habte Woldu"],
        "countries": ["ER", "ET"],
        "organizations": ["United Nations"],
    },
    {
        "text": (
            "Tennis star Serena Vukovic-Diallo and her husband, the venture capitalist Marcus"
            " Oduya, gave $5 million to a children's hospital in Belgrade, where she was born."
            " Vukovic-Diallo retired in 2024."
        ),
        "people": ["Serena Vukovic-Diallo", "Marcus Oduya"],
        "mentions": ["Serena Vukovic-Diallo", "Marcus Oduya", "Vukovic-Diallo"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "SOCCER - ANDORRA DOUBLE LIFTS ROSARIO.\n"
            "ROSARIO, Argentina 2026-10-04\n"
            "Argentine midfielder Tomás Andorra scored twice as Central Rosario beat Atlético"
            " Paraná 2-1 on Saturday. Andorra, 22, has been linked with a move to Spain.\n"
        ),
        "people": ["Tomás Andorra"],
        "mentions": ["ANDORRA", "Tomás Andorra", "Andorra"],
        "countries": ["AR", "ES"],
        "organizations": ["Central Rosario", "Atlético Paraná"],
    },
]
