"""A held-out proxy for the entity finder: short invented wire items from many regions.

Every item is made up (names, places of events, figures); the expectations were written
before the analyser was run on them and are kept as written. `people` is the side
panel (fullest form of each person), `mentions` every person mention as written (no
title, no possessive), `countries` the ISO codes the item refers to (name, demonym, or
capital standing for a government), `organizations` the bodies and companies named.
Scored by tools/score_invented_wire.py.
"""

from __future__ import annotations

from typing import TypedDict


class Item(TypedDict):
    text: str
    people: list[str]
    mentions: list[str]
    countries: list[str]
    organizations: list[str]


ITEMS: list[Item] = [
    {
        "text": (
            "LA PAZ, Bolivia (AP) — Voters in Bolivia chose on Sunday between former miners'"
            " leader Ramiro Quispe Mamani and economist Lucía Fernández de Córdoba. Quispe"
            " Mamani, 58, told supporters in El Alto that the count could take days."
            " Fernández de Córdoba said she trusted the electoral tribunal."
        ),
        "people": ["Ramiro Quispe Mamani", "Lucía Fernández de Córdoba"],
        "mentions": ["Ramiro Quispe Mamani", "Lucía Fernández de Córdoba", "Quispe Mamani",
                     "Fernández de Córdoba"],
        "countries": ["BO"],
        "organizations": ["AP"],
    },
    {
        "text": (
            "BOGOTÁ, Colombia — Colombian senator María Fernanda Ospina-Restrepo resigned on"
            " Thursday after the Supreme Court opened an inquiry into campaign funds."
            " Ospina-Restrepo denied any wrongdoing. Her lawyer, Andrés Felipe Zuluaga, said"
            " the case had no basis."
        ),
        "people": ["María Fernanda Ospina-Restrepo", "Andrés Felipe Zuluaga"],
        "mentions": ["María Fernanda Ospina-Restrepo", "Ospina-Restrepo",
                     "Andrés Felipe Zuluaga"],
        "countries": ["CO"],
        "organizations": ["Supreme Court"],
    },
    {
        "text": (
            "KAMPALA, Uganda (AP) — Striker Denis Okello Ssali scored twice as Uganda beat"
            " Kenya 3-1 in a qualifying match for the next World Cup. Ssali, 24, has scored"
            " nine goals in his last ten internationals. Kenya coach Joseph Wanyama blamed the"
            " pitch."
        ),
        "people": ["Denis Okello Ssali", "Joseph Wanyama"],
        "mentions": ["Denis Okello Ssali", "Ssali", "Joseph Wanyama"],
        "countries": ["UG", "KE"],
        "organizations": ["AP"],
    },
    {
        "text": (
            "Results of Saturday's African club championship group matches:\n"
            "Nile Stars (Egypt) 2 Kilimanjaro Rovers (Tanzania) 0\n"
            "Carthage Olympic (Tunisia) 1 Highveld Eagles (South Africa) 1\n"
            "Atlas Union (Morocco) 0 Moses Kabwe Rangers (Zambia) 2\n"
        ),
        "people": [],
        "mentions": [],
        "countries": ["EG", "TZ", "TN", "ZA", "MA", "ZM"],
        "organizations": [],
    },
    {
        "text": (
            "Scoreboard from the one-day international in Colombo:\n"
            "Pakistan 287-6 in 50 overs (Imran Qadeer 104, Shadab Rauf 55; Kusal Ratnayake"
            " 3-41)\n"
            "Sri Lanka 251 all out in 47.2 overs (Pathum Gunasekara 78; Naseem Afridi 4-38)\n"
            "Pakistan won by 36 runs.\n"
        ),
        "people": ["Imran Qadeer", "Shadab Rauf", "Kusal Ratnayake", "Pathum Gunasekara",
                   "Naseem Afridi"],
        "mentions": ["Imran Qadeer", "Shadab Rauf", "Kusal Ratnayake", "Pathum Gunasekara",
                     "Naseem Afridi"],
        "countries": ["PK", "LK"],
        "organizations": [],
    },
    {
        "text": (
            "JAKARTA (Reuters) - Shares of PT Bumi Sentosa fell 4 percent on Tuesday after"
            " chief executive Hartono said the miner would delay its coal expansion. Hartono,"
            " who like many Indonesians uses a single name, told analysts that prices had"
            " weakened. Finance Minister Retno Sulistyowati said export duties would stay."
        ),
        "people": ["Hartono", "Retno Sulistyowati"],
        "mentions": ["Hartono", "Hartono", "Retno Sulistyowati"],
        "countries": ["ID"],
        "organizations": ["PT Bumi Sentosa", "Reuters"],
    },
    {
        "text": (
            "HANOI, Vietnam — Vietnam's National Assembly elected Nguyen Van Thanh as state"
            " president on Tuesday. Thanh, 66, previously ran the port authority of Ho Chi"
            " Minh City. He replaces Tran Thi Mai Huong, who stepped down in March."
        ),
        "people": ["Nguyen Van Thanh", "Tran Thi Mai Huong"],
        "mentions": ["Nguyen Van Thanh", "Thanh", "Tran Thi Mai Huong"],
        "countries": ["VN"],
        "organizations": ["National Assembly"],
    },
    {
        "text": (
            "SEOUL — Hanbit Electronics chairman Park Ji-hoon apologised on Monday for a"
            " battery recall. Park said the company would compensate buyers in South Korea and"
            " Japan. Analyst Kim Soo-yeon of Daewon Securities said the cost could reach 2"
            " trillion won."
        ),
        "people": ["Park Ji-hoon", "Kim Soo-yeon"],
        "mentions": ["Park Ji-hoon", "Park", "Kim Soo-yeon"],
        "countries": ["KR", "JP"],
        "organizations": ["Hanbit Electronics", "Daewon Securities"],
    },
    {
        "text": (
            "BEIJING — Chinese Vice Premier Liu Jianguo met Brazilian Foreign Minister Paulo"
            " Henrique Vasconcelos on Wednesday. Liu told Vasconcelos that China wanted to buy"
            " more soybeans and beef."
        ),
        "people": ["Liu Jianguo", "Paulo Henrique Vasconcelos"],
        "mentions": ["Liu Jianguo", "Paulo Henrique Vasconcelos", "Liu", "Vasconcelos"],
        "countries": ["CN", "BR"],
        "organizations": [],
    },
    {
        "text": (
            "ASTANA, Kazakhstan — Presidential spokesman Ruslan Zhaksylykovich Beisenov said on"
            " Friday that talks with Uzbekistan over sharing river water had stalled. Beisenov"
            " said a deal was still possible before the spring floods."
        ),
        "people": ["Ruslan Zhaksylykovich Beisenov"],
        "mentions": ["Ruslan Zhaksylykovich Beisenov", "Beisenov"],
        "countries": ["KZ", "UZ"],
        "organizations": [],
    },
    {
        "text": (
            "TBILISI, Georgia — Thousands rallied outside parliament on Saturday against a draft"
            " law on foreign funding. Opposition leader Nika Gvaramidze addressed the crowd,"
            " and former president Salome Kapanadze called for new elections. Armenia and"
            " Azerbaijan urged calm."
        ),
        "people": ["Nika Gvaramidze", "Salome Kapanadze"],
        "mentions": ["Nika Gvaramidze", "Salome Kapanadze"],
        "countries": ["GE", "AM", "AZ"],
        "organizations": [],
    },
    {
        "text": (
            "BAKU, Azerbaijan — Foreign Minister Elmar Mammadli said on Monday that a peace"
            " treaty with Armenia was within reach. Mammadli spoke after meeting Armenian envoy"
            " Vahagn Petrosyan in Geneva."
        ),
        "people": ["Elmar Mammadli", "Vahagn Petrosyan"],
        "mentions": ["Elmar Mammadli", "Mammadli", "Vahagn Petrosyan"],
        "countries": ["AZ", "AM"],
        "organizations": [],
    },
    {
        "text": (
            "SUVA, Fiji — Cyclone Mele flattened villages on Fiji's outer islands on Sunday, and"
            " Tonga and Vanuatu braced for the storm. Prime Minister Ratu Josefa Waqanivalu said"
            " at least nine people had died. Red Cross official Losana Tuilagi said clean water"
            " was the most urgent need."
        ),
        "people": ["Josefa Waqanivalu", "Losana Tuilagi"],
        "mentions": ["Josefa Waqanivalu", "Losana Tuilagi"],
        "countries": ["FJ", "TO", "VU"],
        "organizations": ["Red Cross"],
    },
    {
        "text": (
            "STRASBOURG, France — The European Court of Human Rights ruled on Tuesday that Turkey"
            " had violated the rights of jailed journalist Ahmet Yıldırımoğlu. The court ordered"
            " Ankara to pay him 25,000 euros. His lawyer, Ayşe Nur Karaca, said the ruling came"
            " too late."
        ),
        "people": ["Ahmet Yıldırımoğlu", "Ayşe Nur Karaca"],
        "mentions": ["Ahmet Yıldırımoğlu", "Ayşe Nur Karaca"],
        "countries": ["FR", "TR"],
        "organizations": ["European Court of Human Rights"],
    },
    {
        "text": (
            "THE HAGUE — Dutch prosecutors charged former minister Pieter van der Linden-Smit"
            " with fraud on Wednesday. Van der Linden-Smit, who served in two cabinets, denies"
            " the charges. Prosecutor Els de Waard said the case concerned farm subsidies."
        ),
        "people": ["Pieter van der Linden-Smit", "Els de Waard"],
        "mentions": ["Pieter van der Linden-Smit", "Van der Linden-Smit", "Els de Waard"],
        "countries": ["NL"],
        "organizations": [],
    },
    {
        "text": (
            "FRANKFURT — Friederike von Hallwyl, a board member of Germany's central bank, said"
            " inflation in the euro zone would ease by summer. Von Hallwyl warned that wage"
            " deals in Austria and Belgium could slow the fall."
        ),
        "people": ["Friederike von Hallwyl"],
        "mentions": ["Friederike von Hallwyl", "Von Hallwyl"],
        "countries": ["DE", "AT", "BE"],
        "organizations": [],
    },
    {
        "text": (
            "RIYADH — Saudi Energy Minister Prince Faisal bin Turki al-Sabhan said on Monday that"
            " producers would keep output steady. Prince Faisal told reporters that demand from"
            " India and China remained strong."
        ),
        "people": ["Faisal bin Turki al-Sabhan"],
        "mentions": ["Faisal bin Turki al-Sabhan", "Faisal"],
        "countries": ["SA", "IN", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "AMMAN, Jordan — Jordanian Foreign Minister Ayman Abu Rumman met Iraqi Prime"
            " Minister Mustafa Jaber al-Kaabi on Sunday. Abu Rumman said both countries would"
            " reopen a border crossing closed since the summer."
        ),
        "people": ["Ayman Abu Rumman", "Mustafa Jaber al-Kaabi"],
        "mentions": ["Ayman Abu Rumman", "Mustafa Jaber al-Kaabi", "Abu Rumman"],
        "countries": ["JO", "IQ"],
        "organizations": [],
    },
    {
        "text": (
            "DUBAI — The ruler of Fujairah, Sheikh Saif, opened a deep-water port on Tuesday."
            " Sheikh Saif said the project would create 4,000 jobs in the United Arab Emirates"
            " within five years."
        ),
        "people": ["Saif"],
        "mentions": ["Saif", "Saif"],
        "countries": ["AE"],
        "organizations": [],
    },
    {
        "text": (
            "KUALA LUMPUR — Floods forced 40,000 people from their homes in northern Malaysia."
            " Pak Harun, a fisherman in Kelantan, said the water was the highest he had seen."
            " Home Minister Datuk Seri Zulkifli Hashim said the army had been sent in."
        ),
        "people": ["Harun", "Zulkifli Hashim"],
        "mentions": ["Harun", "Zulkifli Hashim"],
        "countries": ["MY"],
        "organizations": [],
    },
    {
        "text": (
            "OKONJO-BELLO WINS LAGOS GOVERNORSHIP RACE\n\n"
            "BY AMAKA OBIORAH\n\n"
            "LAGOS, Nigeria — Opposition candidate Chiamaka Okonjo-Bello won the Lagos"
            " governorship election, the electoral commission said on Monday. Okonjo-Bello, a"
            " former banker, took 52 percent of the vote."
        ),
        "people": ["Chiamaka Okonjo-Bello", "Amaka Obiorah"],
        "mentions": ["OKONJO-BELLO", "AMAKA OBIORAH", "Chiamaka Okonjo-Bello",
                     "Okonjo-Bello"],
        "countries": ["NG"],
        "organizations": [],
    },
    {
        "text": (
            "By Priya Raghunathan\n\n"
            "MUMBAI, India — Mehta Motors shares rose 3 percent on Friday after the carmaker"
            " reported record sales. Chairman Vikram Mehta said electric models made up a fifth"
            " of orders. Rival Bajwa Industries also gained."
        ),
        "people": ["Priya Raghunathan", "Vikram Mehta"],
        "mentions": ["Priya Raghunathan", "Vikram Mehta"],
        "countries": ["IN"],
        "organizations": ["Mehta Motors", "Bajwa Industries"],
    },
    {
        "text": (
            "CHENNAI — Opener K.L. Raghavan struck 112 as India beat Bangladesh by seven wickets."
            " Bangladesh captain Mominul Karim said his bowlers had struggled with the dew."
            " R. Ashwath Kumar took three wickets for India."
        ),
        "people": ["K.L. Raghavan", "Mominul Karim", "R. Ashwath Kumar"],
        "mentions": ["K.L. Raghavan", "Mominul Karim", "R. Ashwath Kumar"],
        "countries": ["IN", "BD"],
        "organizations": [],
    },
    {
        "text": (
            "HARARE — A bus overturned near Victoria Falls on Wednesday, killing 11 people,"
            " Zimbabwean police said. Police spokesman Tendai Moyo-Chikwanha said the driver"
            " had lost control on the road to Bulawayo. In neighbouring Zambia, the town of"
            " Livingstone declared a day of mourning."
        ),
        "people": ["Tendai Moyo-Chikwanha"],
        "mentions": ["Tendai Moyo-Chikwanha"],
        "countries": ["ZW", "ZM"],
        "organizations": [],
    },
    {
        "text": (
            "Nigerian sprinter Israel Okonkwo won the 100 metres in 9.98 seconds on Friday."
            " Jamaica's Chad Whitfield took silver. In the women's race Kenya Wanjiru of Kenya"
            " finished third behind two Americans."
        ),
        "people": ["Israel Okonkwo", "Chad Whitfield", "Kenya Wanjiru"],
        "mentions": ["Israel Okonkwo", "Chad Whitfield", "Kenya Wanjiru"],
        "countries": ["NG", "JM", "KE", "US"],
        "organizations": [],
    },
    {
        "text": (
            "LAGOS — Shares in Adeyemi Holdings jumped 8 percent after the group won a licence"
            " to build a refinery. Founder Babatunde Adeyemi said construction would begin next"
            " year. Adeyemi Holdings also owns a shipping line."
        ),
        "people": ["Babatunde Adeyemi"],
        "mentions": ["Babatunde Adeyemi"],
        "countries": [],
        "organizations": ["Adeyemi Holdings"],
    },
    {
        "text": (
            "GOMA, Congo — Former rebel commander Jean-Baptiste (Le Lion) Mukendi surrendered to"
            " United Nations peacekeepers on Thursday. Mukendi had been wanted since 2019,"
            " a spokeswoman for the mission said."
        ),
        "people": ["Jean-Baptiste Mukendi"],
        "mentions": ["Mukendi"],
        "countries": [],
        "organizations": ["United Nations"],
    },
    {
        "text": (
            "ACCRA — Ghana beat Mali 2-0 on Tuesday to top their qualifying group."
            " Asamoah-Boateng scored in the 12th minute and Kudjoe added a second after the"
            " break. Mali had a man sent off before half-time."
        ),
        "people": ["Asamoah-Boateng", "Kudjoe"],
        "mentions": ["Asamoah-Boateng", "Kudjoe"],
        "countries": ["GH", "ML"],
        "organizations": [],
    },
    {
        "text": (
            "TEGUCIGALPA — Striking factory workers blocked roads around San Pedro Sula,"
            " Honduras's industrial hub, and in La Ceiba on the coast. Union leader Marvin Josué"
            " Euceda said the blockades would last until wages rose."
        ),
        "people": ["Marvin Josué Euceda"],
        "mentions": ["Marvin Josué Euceda"],
        "countries": ["HN"],
        "organizations": [],
    },
    {
        "text": (
            "MANILA, Philippines — Typhoon Kiko left 23 people dead across Luzon, disaster"
            " officials said on Sunday. Defence Secretary Rodolfo Macaraeg Dela Cruz said"
            " soldiers had reached the worst-hit towns. Dela Cruz asked Japan and Australia for"
            " helicopters."
        ),
        "people": ["Rodolfo Macaraeg Dela Cruz"],
        "mentions": ["Rodolfo Macaraeg Dela Cruz", "Dela Cruz"],
        "countries": ["PH", "JP", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "BANGKOK — Thai police arrested Somchai Wongsuwan, a former army colonel, over the"
            " bombing of a market. Colonel Somchai, as he is widely known, denies any role."
        ),
        "people": ["Somchai Wongsuwan"],
        "mentions": ["Somchai Wongsuwan", "Somchai"],
        "countries": ["TH"],
        "organizations": [],
    },
    {
        "text": (
            "YANGON — Activist Daw Khin Myat Thu was sentenced to four years in prison by a court"
            " of Myanmar's military government, her lawyer U Zaw Min Htet said on Friday."
        ),
        "people": ["Khin Myat Thu", "Zaw Min Htet"],
        "mentions": ["Khin Myat Thu", "Zaw Min Htet"],
        "countries": ["MM"],
        "organizations": [],
    },
    {
        "text": (
            "DHAKA — Bangladesh's garment exports rose 11 percent in the year to June, said"
            " Shahidul Islam Chowdhury, president of the exporters' association. Chowdhury said"
            " orders from Europe and the United States had recovered."
        ),
        "people": ["Shahidul Islam Chowdhury"],
        "mentions": ["Shahidul Islam Chowdhury", "Chowdhury"],
        "countries": ["BD", "US"],
        "organizations": [],
    },
    {
        "text": (
            "KATHMANDU — Nepal's parliament elected Bishnu Prasad Adhikari as speaker on"
            " Thursday. Adhikari, a veteran of three governments, promised to hold sessions in"
            " Nepali and Maithili."
        ),
        "people": ["Bishnu Prasad Adhikari"],
        "mentions": ["Bishnu Prasad Adhikari", "Adhikari"],
        "countries": ["NP"],
        "organizations": [],
    },
    {
        "text": (
            "PESHAWAR, Pakistan — Cleric Maulana Fazal Rehman Durrani called off a march on"
            " Islamabad on Monday after talks with the government. Durrani said his followers"
            " would return home peacefully."
        ),
        "people": ["Fazal Rehman Durrani"],
        "mentions": ["Fazal Rehman Durrani", "Durrani"],
        "countries": ["PK"],
        "organizations": [],
    },
    {
        "text": (
            "BUENOS AIRES — Rosario club Newell's Old Boys sacked coach Mauricio Larrañaga on"
            " Sunday after a fifth straight defeat. Larrañaga had been in charge for eight"
            " months. Argentina's league leaders won again."
        ),
        "people": ["Mauricio Larrañaga"],
        "mentions": ["Mauricio Larrañaga", "Larrañaga"],
        "countries": ["AR"],
        "organizations": ["Newell's Old Boys"],
    },
    {
        "text": (
            "SÃO PAULO — Brazilian prosecutors charged businessman João Pedro dos Santos Filho"
            " with bribing port officials. Dos Santos Filho, who lives in Portugal, could not"
            " be reached."
        ),
        "people": ["João Pedro dos Santos Filho"],
        "mentions": ["João Pedro dos Santos Filho", "Dos Santos Filho"],
        "countries": ["BR", "PT"],
        "organizations": [],
    },
    {
        "text": (
            "SANTIAGO, Chile — Chile's new mining minister, María José Errázuriz Larraín, said on"
            " Wednesday that lithium royalties would not rise this year. Errázuriz met"
            " investors from Canada and South Korea."
        ),
        "people": ["María José Errázuriz Larraín"],
        "mentions": ["María José Errázuriz Larraín", "Errázuriz"],
        "countries": ["CL", "CA", "KR"],
        "organizations": [],
    },
    {
        "text": (
            "MOSCOW — A Moscow court jailed former deputy governor Sergei Vladimirovich Lapshin"
            " for nine years on Thursday for taking bribes. Lapshin's lawyers said they would"
            " appeal. Russia's prosecutors had asked for twelve years."
        ),
        "people": ["Sergei Vladimirovich Lapshin"],
        "mentions": ["Sergei Vladimirovich Lapshin", "Lapshin"],
        "countries": ["RU"],
        "organizations": [],
    },
    {
        "text": (
            "BISHKEK, Kyrgyzstan — Kyrgyz lawmakers voted to dismiss Prime Minister Almazbek"
            " Toktorbaev on Wednesday. Toktorbaev, who had been in office for 14 months, was"
            " blamed for power cuts. Tajikistan closed its border crossings the same day."
        ),
        "people": ["Almazbek Toktorbaev"],
        "mentions": ["Almazbek Toktorbaev", "Toktorbaev"],
        "countries": ["KG", "TJ"],
        "organizations": [],
    },
    {
        "text": (
            "ADDIS ABABA — Ethiopia's Tigist Bekele Ayana won the city marathon in 2:18:40 on"
            " Sunday, ahead of Kenya's Mercy Jepchirchir Koech. Ayana said the heat had slowed"
            " the leaders."
        ),
        "people": ["Tigist Bekele Ayana", "Mercy Jepchirchir Koech"],
        "mentions": ["Tigist Bekele Ayana", "Mercy Jepchirchir Koech", "Ayana"],
        "countries": ["ET", "KE"],
        "organizations": [],
    },
    {
        "text": (
            "JOHANNESBURG — Flooding in Nelson Mandela Bay killed 12 people, the municipality said"
            " on Friday. Provincial premier Thandiwe Mahlangu-Dlamini visited the area and"
            " promised emergency housing. South Africa's weather service warned of more rain."
        ),
        "people": ["Thandiwe Mahlangu-Dlamini"],
        "mentions": ["Thandiwe Mahlangu-Dlamini"],
        "countries": ["ZA"],
        "organizations": [],
    },
    {
        "text": (
            "PORT MORESBY — A landslide buried part of a village in Enga province, Papua New"
            " Guinea's disaster centre said. Governor Kila Pokawin said 30 people were missing."
            " Australia sent two aircraft with supplies."
        ),
        "people": ["Kila Pokawin"],
        "mentions": ["Kila Pokawin"],
        "countries": ["PG", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "FUNAFUTI, Tuvalu — Climate minister Feleti Tausi Lopati told a regional meeting that"
            " rising seas now flooded the capital twice a month. Lopati asked New Zealand and"
            " Australia to fund sea walls."
        ),
        "people": ["Feleti Tausi Lopati"],
        "mentions": ["Feleti Tausi Lopati", "Lopati"],
        "countries": ["TV", "NZ", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "TOKYO — Haruka Morimoto, the chief executive of Sorano Airways, said on Thursday the"
            " airline would add flights to Vietnam and the Philippines. Morimoto said demand"
            " from Chinese travellers had not yet returned."
        ),
        "people": ["Haruka Morimoto"],
        "mentions": ["Haruka Morimoto", "Morimoto"],
        "countries": ["VN", "PH", "CN"],
        "organizations": ["Sorano Airways"],
    },
    {
        "text": (
            "MEXICO CITY — Mexico's interior minister, Guadalupe Treviño Garza, said on Monday"
            " that 4,000 troops would be sent to the state of Sinaloa. Treviño said the"
            " deployment had been agreed with the governor."
        ),
        "people": ["Guadalupe Treviño Garza"],
        "mentions": ["Guadalupe Treviño Garza", "Treviño"],
        "countries": ["MX"],
        "organizations": [],
    },
    {
        "text": (
            "WELLINGTON — New Zealand's Black Ferns beat England 31-20. Fly-half Aroha"
            " Te Rangi kicked 16 points and captain Mere Tautahi scored a try."
        ),
        "people": ["Aroha Te Rangi", "Mere Tautahi"],
        "mentions": ["Aroha Te Rangi", "Mere Tautahi"],
        "countries": ["NZ"],
        "organizations": [],
    },
    {
        "text": (
            "NAIROBI — Kenyan opposition leader Wanjiku Kamau-Otieno said on Saturday that her"
            " party would boycott the vote. KAMAU-OTIENO, speaking in Kisumu, accused the"
            " electoral board of bias. Tanzania and Uganda sent observers."
        ),
        "people": ["Wanjiku Kamau-Otieno"],
        "mentions": ["Wanjiku Kamau-Otieno", "KAMAU-OTIENO"],
        "countries": ["KE", "TZ", "UG"],
        "organizations": [],
    },
]
