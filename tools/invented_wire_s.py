"""Entity set s, written for the fifteenth round (3 December 2026) by wire15, before the
analyser ran on any of it; the expectations are kept as written.

Encyclopedic wire of the Wikinews kind (no dateline, "on Tuesday", background clauses) on
science, culture, courts, disasters, elections and sport, with the name shapes the older
sets (b c d f h p q r) cover least: Korean (given names with hyphens), Chinese pinyin with a
two-syllable surname, Japanese, Vietnamese and Mongolian usage (the given name alone on a
second mention), Persian and Egyptian transliterations (Mohammad Javad, Abdel-, el-, hyphen
compounds), Turkish and Romanian letters, Slavic -ović and -enko, Hungarian, Icelandic
patronymics and given-name usage, Portuguese and Spanish double surnames, Dutch particles
(van den, ter, ten), Tongan names with the glottal-stop apostrophe, Solomon Islands and
Somali names, Ethiopian given-name usage, Swahili coast names in feature writing (first
names alone); and names next to capitalised things that are not people: a species, a
spacecraft, a typhoon named like a woman, a ship ("MV Lady ..."), a festival, a prize, a
book, a film, a band, clubs, a party and its acronym; people at the start of a sentence,
in lists, with III, possessive, in an ALL-CAPS headline and a picture caption.

Two parts written at the same time: `ITEMS` (scored with `s`; its misses are read and
rules are made from their classes) and `HELD` (scored with `sh`; its own held-out: its
misses are never listed, only its totals are looked at; the scorer refuses -v on it).

Same fields and rules as tools/invented_wire_q.py (people: the panel, fullest forms;
mentions: every person mention as written, once per occurrence, no title, no possessive,
an ALL-CAPS headline name as written, a nickname inside a name kept as written;
countries: ISO codes referred to by name, short form, demonym, or capital standing for a
government, not a country's name or demonym inside the name of a body or event;
organizations: bodies, companies, parties, clubs named). A person's name inside the name
of a species, ship, prize, club, company or work is not a person mention.

    python tools/score_invented_wire.py -v s
    python tools/score_invented_wire.py sh

First figures, scored once at a7730da (the branch's base, 1e48b9f, plus the set), before
any rule was changed for it (people mentions / panel, F1):
s  mentions P .950 R .950 F1 .950, panel P .943 R .962 F1 .952, countries 1.000, orgs .692;
sh mentions P .921 R .972 F1 .946, panel P .846 R .957 F1 .898, countries 1.000, orgs 1.000.

At the round's end (after the rules made from the misses of ITEMS and from probes of the
same styles; sh's misses never listed):
s  mentions P .988 R .988 F1 .988, panel P 1.000 R 1.000 F1 1.000, countries 1.000, orgs .815;
sh mentions P .946 R .972 F1 .959, panel P .880 R .957 F1 .917, countries 1.000, orgs 1.000.
"""

ITEMS = [
    {
        "text": (
            "Biologists in South Korea have described a new species of freshwater crab,"
            " Potamon hwangae, from streams on Jeju Island. The team, led by Kim Min-jae of"
            " Haesong National University, named the crab after Hwang Eun-sook, a"
            " schoolteacher who first collected it in 1987. Kim said the species was"
            " threatened by runoff from farms."
        ),
        "people": ["Kim Min-jae", "Hwang Eun-sook"],
        "mentions": ["Kim Min-jae", "Hwang Eun-sook", "Kim"],
        "countries": ["KR"],
        "organizations": ["Haesong National University"],
    },
    {
        "text": (
            "Japan's space agency said on Wednesday that its lunar lander Tsukuyomi-2 had"
            " touched down near the Moon's south pole. Mission manager Haruka Sasamoto told"
            " reporters in Sagamihara that the lander's solar panels were working. Sasamoto"
            " credited engineer Takeshi Oguri-Mori, who rewrote the landing software after"
            " the first Tsukuyomi crashed in 2024."
        ),
        "people": ["Haruka Sasamoto", "Takeshi Oguri-Mori"],
        "mentions": ["Haruka Sasamoto", "Sasamoto", "Takeshi Oguri-Mori"],
        "countries": ["JP"],
        "organizations": [],
    },
    {
        "text": (
            "Typhoon Daniela made landfall in central Vietnam on Sunday, killing at least 11"
            " people and cutting power to half a million homes. Tran Van Duc, who heads the"
            " flood committee of a coastal province, said 40,000 people had been moved to"
            " schools. Duc said Daniela had weakened over the mountains. The storm had"
            " earlier crossed the Philippines, where forecaster Lourdes Ilagan-Reyes warned"
            " of landslides."
        ),
        "people": ["Tran Van Duc", "Lourdes Ilagan-Reyes"],
        "mentions": ["Tran Van Duc", "Duc", "Lourdes Ilagan-Reyes"],
        "countries": ["VN", "PH"],
        "organizations": [],
    },
    {
        "text": (
            "A court in Izmir on Thursday sentenced journalist Ayşe Nur Karabulut to two"
            " years in prison for insulting a public official. Her lawyer, Mehmet Emin"
            " Çağlayan, said they would appeal to Turkey's Constitutional Court. Karabulut,"
            " who writes for the daily Gündem Postası, has been charged four times since 2021."
        ),
        "people": ["Ayşe Nur Karabulut", "Mehmet Emin Çağlayan"],
        "mentions": ["Ayşe Nur Karabulut", "Mehmet Emin Çağlayan", "Karabulut"],
        "countries": ["TR"],
        "organizations": ["Constitutional Court", "Gündem Postası"],
    },
    {
        "text": (
            "Icelanders voted on Saturday in a snap election called after the coalition"
            " collapsed in June. The Coastal Alliance of Guðrún Hallgrímsdóttir won 19 of the"
            " 63 seats in the Althing. Guðrún, a former fisheries minister, told supporters in"
            " Reykjavík that she would seek partners on Monday. Outgoing prime minister Einar"
            " Þór Magnússon conceded defeat."
        ),
        "people": ["Guðrún Hallgrímsdóttir", "Einar Þór Magnússon"],
        "mentions": ["Guðrún Hallgrímsdóttir", "Guðrún", "Einar Þór Magnússon"],
        "countries": ["IS"],
        "organizations": ["Coastal Alliance", "Althing"],
    },
    {
        "text": (
            "Ethiopia's Tigist Alemayehu Bekele won the women's marathon at the world"
            " championships in Budapest on Sunday, ahead of Kenya's Faith Chepkoech and"
            " Tigist's training partner Meseret Haile. Tigist, 24, ran the last ten"
            " kilometres alone."
        ),
        "people": ["Tigist Alemayehu Bekele", "Faith Chepkoech", "Meseret Haile"],
        "mentions": ["Tigist Alemayehu Bekele", "Faith Chepkoech", "Tigist", "Meseret Haile",
                     "Tigist"],
        "countries": ["ET", "KE"],
        "organizations": [],
    },
    {
        "text": (
            "Hungarian novelist Réka Szalontai-Kiss won the Aranytoll Prize on Friday for Salt"
            " Winter, her third book. The jury, chaired by poet Ferenc Dobozy, praised its"
            " portrait of a village on the Tisza. Szalontai-Kiss, who lives in Debrecen, said"
            " she would give the prize money to a school library."
        ),
        "people": ["Réka Szalontai-Kiss", "Ferenc Dobozy"],
        "mentions": ["Réka Szalontai-Kiss", "Ferenc Dobozy", "Szalontai-Kiss"],
        "countries": ["HU"],
        "organizations": [],
    },
    {
        "text": (
            "Nemanja Vukadinović scored twice as Radnički Borovac beat Sloga Vrelo 3-1 in"
            " Serbia's top division on Saturday. Vukadinović's second goal came from a cross"
            " by Dmytro Kovalenko, a Ukrainian winger on loan from Metalurh Pivdenne. Coach"
            " Goran Ilić said his side had finally found a striker. Kovalenko, 21, has two"
            " goals in three games."
        ),
        "people": ["Nemanja Vukadinović", "Dmytro Kovalenko", "Goran Ilić"],
        "mentions": ["Nemanja Vukadinović", "Vukadinović", "Dmytro Kovalenko", "Goran Ilić",
                     "Kovalenko"],
        "countries": ["RS", "UA"],
        "organizations": ["Radnički Borovac", "Sloga Vrelo", "Metalurh Pivdenne"],
    },
    {
        "text": (
            "The magnitude 6.1 earthquake that struck south-eastern Iran on Monday was caused"
            " by a fault that had been quiet for 300 years, seismologist Mohammad Javad"
            " Rezaei-Nejad said. Rezaei-Nejad spoke on state television from Kerman. The Red"
            " Crescent said 14 people had died in the village of Dehkuyeh, among them"
            " Gholam-Hossein Abdollahi, its only teacher."
        ),
        "people": ["Mohammad Javad Rezaei-Nejad", "Gholam-Hossein Abdollahi"],
        "mentions": ["Mohammad Javad Rezaei-Nejad", "Rezaei-Nejad", "Gholam-Hossein Abdollahi"],
        "countries": ["IR"],
        "organizations": ["Red Crescent"],
    },
    {
        "text": (
            "Egyptian director Abdel-Rahman el-Shennawy won the Golden Palm at the Nile Delta"
            " Film Days on Saturday for Sand Letters, a drama about a postman in Siwa."
            " El-Shennawy dedicated the prize to actress Nour el-Hoda Mansour, who died during"
            " filming. The festival's director, Hala Abdel-Fattah, said 40,000 tickets had"
            " been sold."
        ),
        "people": ["Abdel-Rahman el-Shennawy", "Nour el-Hoda Mansour", "Hala Abdel-Fattah"],
        "mentions": ["Abdel-Rahman el-Shennawy", "El-Shennawy", "Nour el-Hoda Mansour",
                     "Hala Abdel-Fattah"],
        "countries": ["EG"],
        "organizations": [],
    },
    {
        "text": (
            "Chinese astronomers have found a pulsar that spins 700 times a second, the"
            " Lanshan Observatory said on Thursday. Lead author Zhang Yuqing said the pulsar,"
            " catalogued as PSR J1953+17, orbits a white dwarf every nine hours. Zhang"
            " credited doctoral student Ouyang Lin, who spotted the signal in 2025."
        ),
        "people": ["Zhang Yuqing", "Ouyang Lin"],
        "mentions": ["Zhang Yuqing", "Zhang", "Ouyang Lin"],
        "countries": ["CN"],
        "organizations": ["Lanshan Observatory"],
    },
    {
        "text": (
            "The Dutch Supreme Court on Tuesday overturned the fraud conviction of"
            " Jan-Willem van den Heuvel, a former alderman of Oosterwijk. Justice Marieke de"
            " Vries-ter Horst wrote that the lower court had misread a contract. Van den"
            " Heuvel, 61, thanked his lawyer, Bram ten Have."
        ),
        "people": ["Jan-Willem van den Heuvel", "Marieke de Vries-ter Horst", "Bram ten Have"],
        "mentions": ["Jan-Willem van den Heuvel", "Marieke de Vries-ter Horst",
                     "Van den Heuvel", "Bram ten Have"],
        "countries": ["NL"],
        "organizations": ["Supreme Court"],
    },
    {
        "text": (
            "Tonga's parliament elected Sione Vuna Fa'otusia as prime minister on Wednesday,"
            " ending a month of deadlock in Nuku'alofa. Fa'otusia, a former police chief from"
            " Vava'u, won 15 of 26 votes against 'Ofa Latu Pulu. His deputy will be Losaline"
            " Kata, the first woman to hold the post."
        ),
        "people": ["Sione Vuna Fa'otusia", "'Ofa Latu Pulu", "Losaline Kata"],
        "mentions": ["Sione Vuna Fa'otusia", "Fa'otusia", "'Ofa Latu Pulu", "Losaline Kata"],
        "countries": ["TO"],
        "organizations": [],
    },
    {
        "text": (
            "Rescuers in the Solomon Islands searched on Monday for nine people missing after"
            " the ferry MV Lady Roviana capsized off Malaita. Police commissioner Jimmy Sade"
            " Ramoifuila said 41 passengers had been pulled from the sea. Ramoifuila said"
            " the ferry had been carrying twice its licensed load. Survivor Ellison Tafoa"
            " swam for six hours to reach a reef."
        ),
        "people": ["Jimmy Sade Ramoifuila", "Ellison Tafoa"],
        "mentions": ["Jimmy Sade Ramoifuila", "Ramoifuila", "Ellison Tafoa"],
        "countries": ["SB"],
        "organizations": [],
    },
    {
        "text": (
            "Lawmakers in Mogadishu elected Hassan Abdi Nur Farah as speaker of Somalia's"
            " lower house on Thursday. Farah, a former health minister, defeated Ilhan"
            " Mohamud Ugaas in a second round of voting. Ugaas, the first woman to run for"
            " the post, said she would stay in parliament."
        ),
        "people": ["Hassan Abdi Nur Farah", "Ilhan Mohamud Ugaas"],
        "mentions": ["Hassan Abdi Nur Farah", "Farah", "Ilhan Mohamud Ugaas", "Ugaas"],
        "countries": ["SO"],
        "organizations": [],
    },
    {
        "text": (
            "The Unidos do Morro Alto samba school won the carnival parade in Rio de Janeiro"
            " on Wednesday with a tribute to Maria Aparecida dos Santos Ferreira, a"
            " washerwoman who founded a choir in 1952. Carnival director Luiz Henrique"
            " Pinheiro Bastos said the parade was the most watched in Brazil this year."
            " Bastos praised the school's drummers."
        ),
        "people": ["Maria Aparecida dos Santos Ferreira", "Luiz Henrique Pinheiro Bastos"],
        "mentions": ["Maria Aparecida dos Santos Ferreira", "Luiz Henrique Pinheiro Bastos",
                     "Bastos"],
        "countries": ["BR"],
        "organizations": ["Unidos do Morro Alto"],
    },
    {
        "text": (
            "A Colombian judge on Friday ordered the arrest of former senator José Manuel"
            " Restrepo Gaviria over payments from the mining company Minerales del Cauca."
            " Restrepo Gaviria, who denies wrongdoing, is living in Spain, prosecutor Ana"
            " Lucía Bermúdez Ospina said. The Spanish government said it had received no"
            " request for his extradition."
        ),
        "people": ["José Manuel Restrepo Gaviria", "Ana Lucía Bermúdez Ospina"],
        "mentions": ["José Manuel Restrepo Gaviria", "Restrepo Gaviria",
                     "Ana Lucía Bermúdez Ospina"],
        "countries": ["CO", "ES"],
        "organizations": ["Minerales del Cauca"],
    },
    {
        "text": (
            "By five in the morning the harbour at Lamu is already loud. Amina Bakari Mwinyi"
            " has sold fish here for thirty years, since Kenya's coast road was a sand track."
            " Amina laughs when asked about retiring. Her son, Juma, runs the boat now. \"She"
            " taught me to read the tide,\" Juma says."
        ),
        "people": ["Amina Bakari Mwinyi", "Juma"],
        "mentions": ["Amina Bakari Mwinyi", "Amina", "Juma", "Juma"],
        "countries": ["KE"],
        "organizations": [],
    },
    {
        "text": (
            "VAN ROOYEN'S LATE TRY SINKS PUMAS\n"
            "Fly-half Dewald van Rooyen scored in the last minute as South Africa beat"
            " Argentina 24-20 in Durban on Saturday. Argentina captain Tomás Echeverría Lanús"
            " had kicked five penalties.\n"
            "PICTURE: Van Rooyen (centre) is lifted by Sipho Mabuza-Ndlovu after the final"
            " whistle."
        ),
        "people": ["Dewald van Rooyen", "Tomás Echeverría Lanús", "Sipho Mabuza-Ndlovu"],
        "mentions": ["VAN ROOYEN", "Dewald van Rooyen", "Tomás Echeverría Lanús", "Van Rooyen",
                     "Sipho Mabuza-Ndlovu"],
        "countries": ["ZA", "AR"],
        "organizations": [],
    },
    {
        "text": (
            "Three astronauts returned to Earth on Friday aboard the Halcyon capsule after"
            " 180 days on the space station. Commander Robert L. Pettiford III, pilot Anjali"
            " Raghunathan and Japanese flight engineer Daisuke Kuramochi splashed down in the"
            " Pacific off Baja California. Pettiford, 52, said the crew had grown tomatoes in"
            " orbit. Raghunathan's father, Venkat Raghunathan, watched from Houston."
        ),
        "people": ["Robert L. Pettiford III", "Anjali Raghunathan", "Daisuke Kuramochi",
                   "Venkat Raghunathan"],
        "mentions": ["Robert L. Pettiford III", "Anjali Raghunathan", "Daisuke Kuramochi",
                     "Pettiford", "Raghunathan", "Venkat Raghunathan"],
        "countries": ["JP"],
        "organizations": [],
    },
    {
        "text": (
            "The Mongolian folk-metal band Khar Chono played to 30,000 people at the Nordlys"
            " Festival in Norway on Saturday. Singer Ganboldyn Temuulen, who plays the"
            " horsehead fiddle, said the band had learned its English from fans. Temuulen and"
            " guitarist Otgonbayar founded Khar Chono in Ulaanbaatar in 2017."
        ),
        "people": ["Ganboldyn Temuulen", "Otgonbayar"],
        "mentions": ["Ganboldyn Temuulen", "Temuulen", "Otgonbayar"],
        "countries": ["MN", "NO"],
        "organizations": [],
    },
    {
        "text": (
            "Voters in Moldova gave the Civic Renewal Movement (MRC) 41 percent in Sunday's"
            " parliamentary election, preliminary results showed. MRC leader Vasile"
            " Ciobanu-Rusu claimed victory in Chișinău. The bloc of Ion Gârbovan, which"
            " favours closer ties with Moscow, came second with 33 percent; Gârbovan alleged"
            " fraud. Observers from the OSCE said the vote had been orderly."
        ),
        "people": ["Vasile Ciobanu-Rusu", "Ion Gârbovan"],
        "mentions": ["Vasile Ciobanu-Rusu", "Ion Gârbovan", "Gârbovan"],
        "countries": ["MD", "RU"],
        "organizations": ["Civic Renewal Movement", "OSCE"],
    },
]

HELD = [
    {
        "text": (
            "A Seoul court on Tuesday sentenced Choi Seung-woo, former chairman of South"
            " Korea's second-largest shipbuilder, Daehan Marine, to four years in prison for"
            " bribery. Choi's lawyer, Lee Da-eun, said the ruling ignored new evidence."
        ),
        "people": ["Choi Seung-woo", "Lee Da-eun"],
        "mentions": ["Choi Seung-woo", "Choi", "Lee Da-eun"],
        "countries": ["KR"],
        "organizations": ["Daehan Marine"],
    },
    {
        "text": (
            "Japan's Kaito Morishige won the men's 200 metres butterfly at the Pan Pacific"
            " championships on Friday, beating Australia's Lachlan Ferris-Moore. Morishige,"
            " 19, trains in Nagaoka under coach Emiko Saitō."
        ),
        "people": ["Kaito Morishige", "Lachlan Ferris-Moore", "Emiko Saitō"],
        "mentions": ["Kaito Morishige", "Lachlan Ferris-Moore", "Morishige", "Emiko Saitō"],
        "countries": ["JP", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "Lebanese novelist Rima Abou Chakra won the Qalam Prize on Wednesday for The"
            " Orange Sellers, a novel set in the civil war. Abou Chakra, who teaches in"
            " Tripoli, thanked her translator, Khaled Abdel-Massih."
        ),
        "people": ["Rima Abou Chakra", "Khaled Abdel-Massih"],
        "mentions": ["Rima Abou Chakra", "Abou Chakra", "Khaled Abdel-Massih"],
        "countries": ["LB"],
        "organizations": [],
    },
    {
        "text": (
            "Aron Freyr Sigurðsson scored nine goals as Iceland beat Denmark 31-29 at the"
            " European handball championship on Thursday. Aron Freyr, 22, plays for a club in"
            " Kiel. Danish coach Mikkel Brøndsted-Holm blamed tired legs."
        ),
        "people": ["Aron Freyr Sigurðsson", "Mikkel Brøndsted-Holm"],
        "mentions": ["Aron Freyr Sigurðsson", "Aron Freyr", "Mikkel Brøndsted-Holm"],
        "countries": ["IS", "DK"],
        "organizations": [],
    },
    {
        "text": (
            "Flash floods in Turkey's Black Sea region killed six people on Tuesday. Governor"
            " Hüseyin Avni Köseoğlu said rivers had risen two metres in an hour. Among the"
            " dead was Fatma Nur Yıldırım, 9, whose family's house was swept away. Köseoğlu"
            " asked villagers to stay on high ground."
        ),
        "people": ["Hüseyin Avni Köseoğlu", "Fatma Nur Yıldırım"],
        "mentions": ["Hüseyin Avni Köseoğlu", "Fatma Nur Yıldırım", "Köseoğlu"],
        "countries": ["TR"],
        "organizations": [],
    },
    {
        "text": (
            "Palaeontologists in Poland have described a new dinosaur, Vistulasaurus"
            " kowalskii, from a quarry near Kielce. The species honours quarry worker Zbigniew"
            " Kowalski, who found the bones in 2019. Team leader Agnieszka Wróblewska-Nowak"
            " said the animal was about four metres long. Wróblewska-Nowak's team will dig"
            " again in May."
        ),
        "people": ["Zbigniew Kowalski", "Agnieszka Wróblewska-Nowak"],
        "mentions": ["Zbigniew Kowalski", "Agnieszka Wróblewska-Nowak", "Wróblewska-Nowak"],
        "countries": ["PL"],
        "organizations": [],
    },
    {
        "text": (
            "Qin Ruolan beat Vietnam's Nguyen Thao Vy 6-3 6-4 in the second round of the"
            " Guangzhou tennis open on Wednesday. Qin, the Chinese number three, will next"
            " face a qualifier."
        ),
        "people": ["Qin Ruolan", "Nguyen Thao Vy"],
        "mentions": ["Qin Ruolan", "Nguyen Thao Vy", "Qin"],
        "countries": ["VN", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "When the rains fail, Tesfaye Gebremedhin walks four hours to the nearest well."
            " Tesfaye, 60, has farmed the same slope in Ethiopia's north since the famine of"
            " the 1980s. His daughter Selam carries the water cans. Selam wants to be a nurse."
        ),
        "people": ["Tesfaye Gebremedhin", "Selam"],
        "mentions": ["Tesfaye Gebremedhin", "Tesfaye", "Selam", "Selam"],
        "countries": ["ET"],
        "organizations": [],
    },
    {
        "text": (
            "Wiremu Tāwhai-Ngata was named New Zealand's poet laureate on Monday."
            " Tāwhai-Ngata, who writes in Māori and English, succeeds Aroha Pene, whose"
            " collection Salt Roads won the national book award in 2023."
        ),
        "people": ["Wiremu Tāwhai-Ngata", "Aroha Pene"],
        "mentions": ["Wiremu Tāwhai-Ngata", "Tāwhai-Ngata", "Aroha Pene"],
        "countries": ["NZ"],
        "organizations": [],
    },
    {
        "text": (
            "SITOE DOUBLE LIFTS MOZAMBIQUE\n"
            "Eusébio Armando Sitoe scored twice as Mozambique beat Angola 2-1 in Maputo on"
            " Sunday. Angola's goal came from Mário Kiala da Costa.\n"
            "PICTURE: Sitoe (left) with coach Abel Nhantumbo."
        ),
        "people": ["Eusébio Armando Sitoe", "Mário Kiala da Costa", "Abel Nhantumbo"],
        "mentions": ["SITOE", "Eusébio Armando Sitoe", "Mário Kiala da Costa", "Sitoe",
                     "Abel Nhantumbo"],
        "countries": ["MZ", "AO"],
        "organizations": [],
    },
    {
        "text": (
            "India's solar probe Surya-Drishti reached its orbit around the Sun's first"
            " Lagrange point on Saturday, the Indian Space Research Organisation said."
            " Project director Lakshmi Narayanan Iyer said the probe's cameras would be"
            " switched on next week. Iyer's team had spent eight years on the mission."
        ),
        "people": ["Lakshmi Narayanan Iyer"],
        "mentions": ["Lakshmi Narayanan Iyer", "Iyer"],
        "countries": ["IN"],
        "organizations": ["Indian Space Research Organisation"],
    },
]
