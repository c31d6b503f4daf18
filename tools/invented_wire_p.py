"""Invented pages in the styles where name finders go wrong (people10's probes).

One page per kind: headlines in capitals and in Title Case, a terse agency brief with
section labels and datelines, a results page, a feature with capitalised sentence
starts, roles and offices alone, peoples and families in the plural, nationality and
religion words, capitalised words next to a name, names fused with a neighbour or cut by
a line break, nicknames, particles, initials, double surnames, a surname shared by two
people, a surname first and the full name later, accents and their absence, possessives.
Every name and event is made up; the expectations were written before the analyser was
run on them. Fields as in tools/invented_wire.py; scored by
`python tools/score_invented_wire.py -v tools/invented_wire_p.py`.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    {
        # Title-Case and ALL-CAPS headlines over the story, given names as common words.
        "text": (
            "Minister Quits Over Port Deal\n\n"
            "Grace Period Ends For Harbour Tenants\n\n"
            "WELLINGTON — Transport minister Aroha Tenhave resigned on Monday after an"
            " inquiry into the port contract. Tenhave, 51, said she had done nothing wrong.\n\n"
            "FLOODS HIT NORTH\n\n"
            "HOPE FADES FOR MISSING TRAMPERS\n\n"
            "Rivers burst their banks across the north on Sunday. Farmer Grant Pellow said"
            " his herd was lost.\n\n"
            "Pellow Vows To Rebuild\n\n"
            "Will Council Pay?\n\n"
            "Mayor Hemi Rawiri said the council would meet on Friday."
        ),
        "people": ["Aroha Tenhave", "Grant Pellow", "Hemi Rawiri"],
        "mentions": ["Aroha Tenhave", "Tenhave", "Grant Pellow", "Pellow", "Hemi Rawiri"],
        "countries": [],
        "organizations": [],
    },
    {
        # A terse 1990s agency brief: section labels, dateline, a contact line.
        "text": (
            "MARKETS - NORDIC BOURSES END MIXED.\n"
            "OSLO 1997-03-04\n"
            "Nordic shares ended mixed on Tuesday. Dealers said Fjordkraft Holding rose 2.1"
            " percent after chief executive Halvard Brekke outlined a buyback.\n"
            "\"The figures were firm,\" said Liv Aasen, an analyst at Nordkapp Securities.\n"
            "BRIEFS\n"
            "SHIPPING - Tanker rates eased. Broker Ossi Rantanen said demand was soft.\n"
            "METALS - Copper slipped.\n"
            "-- Oslo Newsroom +47 2293 6900"
        ),
        "people": ["Halvard Brekke", "Liv Aasen", "Ossi Rantanen"],
        "mentions": ["Halvard Brekke", "Liv Aasen", "Ossi Rantanen"],
        "countries": [],
        "organizations": ["Fjordkraft Holding", "Nordkapp Securities"],
    },
    {
        # A results page: teams, capitalised column words, players.
        "text": (
            "SOCCER - WELSH DIVISION TWO RESULTS.\n"
            "CARDIFF 1996-11-09\n"
            "Results of Welsh division two matches on Saturday:\n"
            "Penrhos Athletic 2 Llanfair Rovers 1\n"
            "Cwmderi Town 0 Aberporth United 0\n"
            "Table after Saturday. Team Pld Won Drew Lost Scored Conceded Pts\n"
            "Penrhos Athletic 12 8 3 1 25 9 27\n"
            "Aberporth United 12 7 4 1 19 8 25\n"
            "Scorers: Dafydd Pryce 31, Emyr Tudor-Jones 77 (Penrhos Athletic); Gethin Lloyd"
            " 60 (Llanfair Rovers).\n"
            "Attendance: 1,204. Referee: Owain Morgan."
        ),
        "people": ["Dafydd Pryce", "Emyr Tudor-Jones", "Gethin Lloyd", "Owain Morgan"],
        "mentions": ["Dafydd Pryce", "Emyr Tudor-Jones", "Gethin Lloyd", "Owain Morgan"],
        "countries": [],
        "organizations": ["Penrhos Athletic", "Llanfair Rovers", "Cwmderi Town",
                          "Aberporth United"],
    },
    {
        # A feature: capitalised common words at sentence starts.
        "text": (
            "Despite the rain, the market at Kisoro opened at dawn. Meanwhile, traders"
            " argued over stall fees. Officials said the fees would stay. Residents"
            " disagreed. Both sides met on Thursday. Neither would give way. Asked whether"
            " she would stand for the council, trader Miriam Nakato laughed. Still, Nakato"
            " said she might. Instead, her cousin Josephine Atuhaire will run. Later,"
            " Atuhaire told the crowd that nothing would change. Yet hope remained. Many"
            " Traders Agree, read a sign."
        ),
        "people": ["Miriam Nakato", "Josephine Atuhaire"],
        "mentions": ["Miriam Nakato", "Nakato", "Josephine Atuhaire", "Atuhaire"],
        "countries": [],
        "organizations": [],
    },
    {
        # Roles and offices alone, without a name.
        "text": (
            "The Prime Minister met the Chief Justice on Monday. The Attorney General said"
            " the bill was lawful, but the Speaker ruled it out of order. Foreign Secretary"
            " Imogen Thackeray said the Cabinet would try again. The Governor-General has"
            " not commented. Deputy Speaker Colm Faherty called the Minister for Justice to"
            " the chamber. Prime Minister Rhodri Ellis-Vaughan said the Opposition Leader"
            " had misled the House. The Solicitor General declined to comment."
        ),
        "people": ["Imogen Thackeray", "Colm Faherty", "Rhodri Ellis-Vaughan"],
        "mentions": ["Imogen Thackeray", "Colm Faherty", "Rhodri Ellis-Vaughan"],
        "countries": [],
        "organizations": ["Cabinet"],
    },
    {
        # Peoples, families and groups in the plural.
        "text": (
            "The Kurds and the Yazidis in the region have long asked for protection, said"
            " Shirin Barzani, a teacher. The Windsors spent the summer in the highlands."
            " The Okonkwos sold their house to the Halvorsens. Democrats and Republicans"
            " blamed each other for the delay. Greens said the plan went too far, and"
            " Liberals said it did not go far enough. \"We will fight on,\" the Tamils"
            " in the camp told visitors. Loyalists marched on Saturday. Maoists attacked a"
            " police post, said Inspector Ram Bahadur Thapa."
        ),
        "people": ["Shirin Barzani", "Ram Bahadur Thapa"],
        "mentions": ["Shirin Barzani", "Ram Bahadur Thapa"],
        "countries": [],
        "organizations": [],
    },
    {
        # Nationality and religion words beside names and alone.
        "text": (
            "Irish fans cheered as Sunni and Shia leaders shook hands. Sunni cleric Ahmad"
            " Tahir al-Jubouri prayed with a Catholic priest, Father Tomasz Wielgosz. Basque"
            " singer Maite Etxeberria closed the evening. Lutheran Bishop Sigrid Holm said"
            " the day belonged to everyone. Hindu and Druze delegates sent greetings. Welsh"
            " choir leader Ffion Bowen said Catholics and Protestants sang together."
        ),
        "people": ["Ahmad Tahir al-Jubouri", "Tomasz Wielgosz", "Maite Etxeberria",
                   "Sigrid Holm", "Ffion Bowen"],
        "mentions": ["Ahmad Tahir al-Jubouri", "Tomasz Wielgosz", "Maite Etxeberria",
                     "Sigrid Holm", "Ffion Bowen"],
        "countries": [],
        "organizations": [],
    },
    {
        # Capitalised words next to a name: days, months, a league, God, holidays.
        "text": (
            "Striker Kwame Asante-Boadu Tuesday signed for a Premier League side. In March"
            " Asante-Boadu had turned down a move abroad. \"Thank God it is done,\" Asante-Boadu"
            " said. Coach Ruud Verbeek said on Easter Monday that the deal was close. Verbeek"
            " Sunday confirmed it. Premier League champions Ashdown called Asante-Boadu"
            " a fine player. January Ndlovu, the club doctor, passed him fit."
        ),
        "people": ["Kwame Asante-Boadu", "Ruud Verbeek", "January Ndlovu"],
        "mentions": ["Kwame Asante-Boadu", "Asante-Boadu", "Asante-Boadu", "Asante-Boadu",
                     "Ruud Verbeek", "Verbeek", "January Ndlovu"],
        "countries": [],
        "organizations": ["Premier League"],
    },
    {
        # Names fused with a neighbour, cut by a line break, in credit lines.
        "text": (
            "Speakers included Sen. Mara LindqvistRep. Owen Talbridge and Mayor Ines"
            " Corvalan.\nPolice said Ana\nVidal-Serrat, 34, was arrested in the square."
            " Her brother Jorge\nVidal-Serrat was released.\n"
            "Photo: Kemal Aydinoglu/Agency\n"
            "Reporting by Sipho Dlamini; Editing by Clara Voss"
        ),
        "people": ["Mara Lindqvist", "Owen Talbridge", "Ines Corvalan", "Ana Vidal-Serrat",
                   "Jorge Vidal-Serrat", "Kemal Aydinoglu", "Sipho Dlamini", "Clara Voss"],
        "mentions": ["Mara Lindqvist", "Owen Talbridge", "Ines Corvalan", "Ana\nVidal-Serrat",
                     "Jorge\nVidal-Serrat", "Kemal Aydinoglu", "Sipho Dlamini", "Clara Voss"],
        "countries": [],
        "organizations": [],
    },
    {
        # Particles, initials, nicknames, hyphenated and double surnames.
        "text": (
            "The panel was chaired by Pieter van der Merwe-Botha and included Joana dos"
            " Santos Mateus, Khalid bin Rashid al-Mansoori, Mohamed el-Sayed Farouk and Yusuf"
            " ibn Tariq. Engineer J.R. Okonjo and historian A. K. Mehrotra presented a paper."
            " Boxer Edson \"Fumaça\" Ribeiro watched. Van der Merwe-Botha thanked Dos Santos"
            " Mateus, and Okonjo thanked Mehrotra. Carlos Ruiz Zafrano and Sarah"
            " Hale-Dunmore closed the meeting; Ruiz Zafrano spoke last."
        ),
        "people": ["Pieter van der Merwe-Botha", "Joana dos Santos Mateus",
                   "Khalid bin Rashid al-Mansoori", "Mohamed el-Sayed Farouk",
                   "Yusuf ibn Tariq", "J.R. Okonjo", "A. K. Mehrotra", "Edson Ribeiro",
                   "Carlos Ruiz Zafrano", "Sarah Hale-Dunmore"],
        "mentions": ["Pieter van der Merwe-Botha", "Joana dos Santos Mateus",
                     "Khalid bin Rashid al-Mansoori", "Mohamed el-Sayed Farouk",
                     "Yusuf ibn Tariq", "J.R. Okonjo", "A. K. Mehrotra",
                     "Edson \"Fumaça\" Ribeiro", "Van der Merwe-Botha", "Dos Santos Mateus",
                     "Okonjo", "Mehrotra", "Carlos Ruiz Zafrano", "Sarah Hale-Dunmore",
                     "Ruiz Zafrano"],
        "countries": [],
        "organizations": [],
    },
    {
        # One surname, two people.
        "text": (
            "Ingrid Solberg and her brother Magnus Solberg run the family hotel in Tromvik."
            " Ingrid Solberg handles the books; Magnus Solberg cooks. Ms. Solberg said"
            " bookings were up. Their neighbour, Hakon Dahl, and his wife, Berit Dahl,"
            " own the bakery. Berit Dahl said the winter was long."
        ),
        "people": ["Ingrid Solberg", "Magnus Solberg", "Hakon Dahl", "Berit Dahl"],
        "mentions": ["Ingrid Solberg", "Magnus Solberg", "Ingrid Solberg", "Magnus Solberg",
                     "Solberg", "Hakon Dahl", "Berit Dahl", "Berit Dahl"],
        "countries": [],
        "organizations": [],
    },
    {
        # Surname first, full name later; the surname as a modifier.
        "text": (
            "Okereke scored the winner in the last minute. The Okereke goal sent the home"
            " fans wild. Afterwards, Chidi Okereke said he had dreamed of it. Mensah-Larbi"
            " also played well, and coach Abena Mensah-Larbi praised her side. The Mensah-Larbi"
            " era has begun, wrote one fan."
        ),
        "people": ["Chidi Okereke", "Abena Mensah-Larbi"],
        "mentions": ["Okereke", "Okereke", "Chidi Okereke", "Mensah-Larbi",
                     "Abena Mensah-Larbi", "Mensah-Larbi"],
        "countries": [],
        "organizations": [],
    },
    {
        # Accents and their absence for one person.
        "text": (
            "José Núñez Ibarra won the mayoral race in Ciudad Roble. Jose Nunez Ibarra, as"
            " the ballot spelled it, took 52 percent. Zoë Brandtner, his rival, conceded."
            " Zoe Brandtner said she would stay in politics. Łukasz Wróblewski, an observer,"
            " said the count was clean; Lukasz Wroblewski later repeated it."
        ),
        "people": ["José Núñez Ibarra", "Zoë Brandtner", "Łukasz Wróblewski"],
        "mentions": ["José Núñez Ibarra", "Jose Nunez Ibarra", "Zoë Brandtner",
                     "Zoe Brandtner", "Łukasz Wróblewski", "Lukasz Wroblewski"],
        "countries": [],
        "organizations": [],
    },
    {
        # Possessives.
        "text": (
            "Okafor's lawyers appealed on Friday. Ngozi Okafor's campaign said the ruling"
            " was unjust. James Whitlock's firm represents her; Whitlock's partner, Thomas"
            " Ashby, declined to comment. The Halvorsens' farm was seized. Ashby's statement"
            " came later. The Whitlock family's lawyer, Iris Kemble, said nothing."
        ),
        "people": ["Ngozi Okafor", "James Whitlock", "Thomas Ashby", "Iris Kemble"],
        "mentions": ["Okafor", "Ngozi Okafor", "James Whitlock", "Whitlock", "Thomas Ashby",
                     "Ashby", "Whitlock", "Iris Kemble"],
        "countries": [],
        "organizations": [],
    },
    {
        # ALL-CAPS headline naming the people, then a terse 1990s brief.
        "text": (
            "KARIUKI WINS APPEAL, NJOROGE FACES RETRIAL\n"
            "NAIROBI 1998-06-17\n"
            "Kenya's appeal court on Wednesday freed opposition politician Wanjiru Kariuki."
            " The court ordered a retrial for former minister Peter Njoroge Mwangi. Justice"
            " Amos Kiprono said the first trial was unfair. Kariuki told reporters Thursday she"
            " would sue. Njoroge Mwangi's lawyer said he would appeal. The Kariuki family"
            " thanked supporters.\n"
            "((Nairobi Newsroom +254 2 330261))"
        ),
        "people": ["Wanjiru Kariuki", "Peter Njoroge Mwangi", "Amos Kiprono"],
        "mentions": ["KARIUKI", "NJOROGE", "Wanjiru Kariuki", "Peter Njoroge Mwangi",
                     "Amos Kiprono", "Kariuki", "Njoroge Mwangi", "Kariuki"],
        "countries": ["KE"],
        "organizations": [],
    },
    {
        # A Title-Case subhead fused with the story's names; sports with capitalised words.
        "text": (
            "Rossini Leads, Marquez-Bello Third As Rain Halts Qualifying\n\n"
            "Italian rider Davide Rossini led qualifying on Saturday before rain stopped the"
            " session. Spaniard Iker Marquez-Bello was third. World Champion Lars Eklund"
            " crashed twice. Team Boss Hiroshi Tanabe said the Bike Was Fine. Rossini said:"
            " \"Grip was the problem.\""
        ),
        "people": ["Davide Rossini", "Iker Marquez-Bello", "Lars Eklund", "Hiroshi Tanabe"],
        "mentions": ["Rossini", "Marquez-Bello", "Davide Rossini", "Iker Marquez-Bello",
                     "Lars Eklund", "Hiroshi Tanabe", "Rossini"],
        "countries": ["IT", "ES"],
        "organizations": [],
    },
]
