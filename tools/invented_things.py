"""An open probe set of things that fool name finders: invented running copy, a page per
kind (companies named after founders, sports, arts, travel and cities, weather and
disasters, science, events), from many countries. Written before any rule of the
analyser was read, to count the false people per kind; the expectations are kept as
written. Same fields as tools/invented_wire.py; scored by
`python tools/score_invented_wire.py -v tools/invented_things.py`.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    # ---- company page ----
    {
        "text": (
            "MILAN (Reuters) - Shares of Bellandi Ferrucci rose 4 percent on Tuesday after"
            " the tile maker raised its forecast. Bellandi Ferrucci, founded by two"
            " families in 1921, now sells in forty countries. Chief executive Chiara"
            " Montanelli said demand in Germany had recovered. Rival Gastaldi Fratelli"
            " fell 2 percent."
        ),
        "people": ["Chiara Montanelli"],
        "mentions": ["Chiara Montanelli"],
        "countries": ["IT", "DE"],
        "organizations": ["Reuters", "Bellandi Ferrucci", "Gastaldi Fratelli"],
    },
    {
        "text": (
            "LONDON - Law firm Hartwell & Pryce said on Monday it would merge with"
            " Oakes Brothers, the Leeds practice, creating the country's sixth-largest"
            " partnership. Hartwell & Pryce senior partner Rupert Ashdown said the deal"
            " would close in spring. Oakes Brothers was founded by Samuel Oakes, who died"
            " in 1952."
        ),
        "people": ["Rupert Ashdown", "Samuel Oakes"],
        "mentions": ["Rupert Ashdown", "Samuel Oakes"],
        "countries": ["GB"],
        "organizations": ["Hartwell & Pryce", "Oakes Brothers"],
    },
    {
        "text": (
            "SAO PAULO - Brazilian retailer Casas Medeiros posted a quarterly loss as"
            " interest rates squeezed consumers. Medeiros shares dropped 6 percent."
            " Analyst Renata Quintela at Banco Vilar said the chain had too many stores."
            " Carrefour and Magalu were little changed."
        ),
        "people": ["Renata Quintela"],
        "mentions": ["Renata Quintela"],
        "countries": ["BR"],
        "organizations": ["Casas Medeiros", "Banco Vilar", "Carrefour", "Magalu"],
    },
    {
        "text": (
            "TOKYO - Carmaker Hoshino Motors recalled 120,000 vehicles over a brake fault."
            " Hoshino said no injuries had been reported. The company, named after its"
            " founder Kenji Hoshino, also makes motorcycles. Takeda Racing, its motorsport"
            " arm, will skip next month's race."
        ),
        "people": ["Kenji Hoshino"],
        "mentions": ["Kenji Hoshino"],
        "countries": ["JP"],
        "organizations": ["Hoshino Motors", "Takeda Racing"],
    },
    {
        "text": (
            "STOCKHOLM - Fashion brand Lina Holmqvist opened its first store in New York"
            " on Thursday. Holmqvist's turnover doubled in two years, according to its filings."
            " Designer Lina Holmqvist, who started the label in her flat, was not at the"
            " opening. Her business partner Oskar Brandt said the brand would list shares"
            " next year."
        ),
        "people": ["Lina Holmqvist", "Oskar Brandt"],
        "mentions": ["Lina Holmqvist", "Oskar Brandt"],
        "countries": ["SE", "US"],
        "organizations": [],
    },
    {
        "text": (
            "JOHANNESBURG - Mining group Van Rensburg Holdings said output at its Dlamini"
            " mine fell 12 percent. Van Rensburg shares slipped. The Mokoena Trust, its"
            " largest shareholder, backed the board. Spokesman Thabo Nkosi declined to"
            " comment on the Botha & Naidoo audit."
        ),
        "people": ["Thabo Nkosi"],
        "mentions": ["Thabo Nkosi"],
        "countries": ["ZA"],
        "organizations": ["Van Rensburg Holdings", "Mokoena Trust", "Botha & Naidoo"],
    },
    # ---- sports page ----
    {
        "text": (
            "Soccer - Argentine league results on Sunday: Estudiantes Rivadavia 2 Atletico"
            " Sarmiento 1; Deportivo Moreno 0 Club Almirante Brown 0; Belgrano 3 Talleres 1."
            " Moreno coach Hugo Iturbe said his side deserved more."
        ),
        "people": ["Hugo Iturbe"],
        "mentions": ["Hugo Iturbe"],
        "countries": ["AR"],
        "organizations": ["Estudiantes Rivadavia", "Atletico Sarmiento",
                          "Deportivo Moreno", "Club Almirante Brown", "Belgrano",
                          "Talleres"],
    },
    {
        "text": (
            "Horse racing - Silver Duchess, ridden by Aidan Costello, won the Lady Margaret"
            " Stakes at Curragh on Saturday. The filly, trained by Dermot Fahy, beat"
            " Captain Morrow by a length. Costello said the ground suited her."
        ),
        "people": ["Aidan Costello", "Dermot Fahy"],
        "mentions": ["Aidan Costello", "Dermot Fahy", "Costello"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Sailing - The Kristiansen Cup regatta off Bergen was abandoned on Friday"
            " after winds reached 40 knots. Norwegian skipper Eirik Solheim, whose yacht"
            " Queen Astrid led after two races, said safety came first."
        ),
        "people": ["Eirik Solheim"],
        "mentions": ["Eirik Solheim"],
        "countries": ["NO"],
        "organizations": [],
    },
    {
        "text": (
            "Boxing - Mexican featherweight 'El Toro' Ramon Villaseñor beat Filipino Jun"
            " Dela Cruz on points in Las Vegas. Villaseñor, 27, improved to 31-2. The"
            " fight at the Caesars Palace was the first defence of his title."
        ),
        "people": ["Ramon Villaseñor", "Jun Dela Cruz"],
        "mentions": ["Ramon Villaseñor", "Jun Dela Cruz", "Villaseñor"],
        "countries": ["MX", "PH", "US"],
        "organizations": [],
    },
    {
        "text": (
            "Cricket - Sir Garfield Oval will host the third test after the Kensington"
            " ground failed an inspection. Bradman Cup holders Queensland face Victoria"
            " at the Gabba next week. Captain Liam Hartigan returns from injury."
        ),
        "people": ["Liam Hartigan"],
        "mentions": ["Liam Hartigan"],
        "countries": [],
        "organizations": ["Queensland", "Victoria"],
    },
    {
        "text": (
            "Cycling - Belgian Pieter Van Damme won the Ronde van Wouters on Sunday,"
            " outsprinting Dutchman Joris Kuipers. The race, named after 1950s champion"
            " Staf Wouters, finished in Ostend. Team Lambrecht-Devos placed three riders"
            " in the top ten."
        ),
        "people": ["Pieter Van Damme", "Joris Kuipers", "Staf Wouters"],
        "mentions": ["Pieter Van Damme", "Joris Kuipers", "Staf Wouters"],
        "countries": ["BE", "NL"],
        "organizations": ["Team Lambrecht-Devos"],
    },
    # ---- arts page ----
    {
        "text": (
            "Novelist Amaka Eze won the Lindqvist Prize for fiction on Wednesday for"
            " \"Mrs Obi's Garden\", her third book. The judges called it a quiet"
            " masterpiece. Eze, who lives in Lagos, will give the Harriet Moss Lecture"
            " in London next month."
        ),
        "people": ["Amaka Eze"],
        "mentions": ["Amaka Eze", "Eze"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "The film \"Anna Karel\" opened the Karlovy festival on Friday. Director Tomas"
            " Vrba said the title character was invented. Its star, Petra Novotna, won"
            " the Jan Hrubes Award last year for \"Little Marek\"."
        ),
        "people": ["Tomas Vrba", "Petra Novotna"],
        "mentions": ["Tomas Vrba", "Petra Novotna"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Singer Dara Ocampo's new album, Lola Remedios, went straight to the top of"
            " the charts in Manila. Its first single, \"Tito Boy\", has been streamed ten"
            " million times. Ocampo tours Australia in March."
        ),
        "people": ["Dara Ocampo"],
        "mentions": ["Dara Ocampo", "Ocampo"],
        "countries": ["AU"],
        "organizations": [],
    },
    {
        "text": (
            "An exhibition of Frida Solano's photographs opens at the Museo Ignacio"
            " Zaragoza in Puebla on Saturday. The show, Doña Elena and Other Portraits,"
            " runs until June. Curator Mateo Lira said Solano had been overlooked."
        ),
        "people": ["Frida Solano", "Mateo Lira"],
        "mentions": ["Frida Solano", "Mateo Lira", "Solano"],
        "countries": [],
        "organizations": ["Museo Ignacio Zaragoza"],
    },
    {
        "text": (
            "The musical Uncle Vanya Sings closes on Broadway after 900 shows. Producer"
            " Gail Sternberg said ticket sales had fallen. The Sternberg Theatre will"
            " host a revival of Peter Pan next winter."
        ),
        "people": ["Gail Sternberg"],
        "mentions": ["Gail Sternberg"],
        "countries": [],
        "organizations": [],
    },
    # ---- travel and city page ----
    {
        "text": (
            "NAIROBI - Traffic on Kenyatta Avenue was diverted on Monday as workers"
            " repaired a burst main near Moi International Airport road. City engineer"
            " Wanjiru Kamau said Jomo Kenyatta International Airport was not affected."
        ),
        "people": ["Wanjiru Kamau"],
        "mentions": ["Wanjiru Kamau"],
        "countries": ["KE"],
        "organizations": [],
    },
    {
        "text": (
            "Visitors to Lisbon should start at Praça Duarte Pacheco, walk down Rua Augusto"
            " Rosa and cross to the Vasco da Gama bridge. The Gulbenkian museum and the"
            " Eduardo VII park are a short taxi ride away, guide Sofia Marques said."
        ),
        "people": ["Sofia Marques"],
        "mentions": ["Sofia Marques"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Police closed Fort Lamont and Port Edwards to traffic after the storm. Residents"
            " of Mount Pleasant and Coral Springs were told to stay indoors. Mayor Dwayne"
            " Charles said St. Michael's Hospital had power."
        ),
        "people": ["Dwayne Charles"],
        "mentions": ["Dwayne Charles"],
        "countries": [],
        "organizations": ["St. Michael's Hospital"],
    },
    {
        "text": (
            "Students at Ahmadu Bello University marched to Murtala Square on Tuesday."
            " They later gathered outside the Tafawa Balewa Stadium. Union leader Ibrahim"
            " Musa said the strike at the Aminu Kano Teaching Hospital would continue."
        ),
        "people": ["Ibrahim Musa"],
        "mentions": ["Ibrahim Musa"],
        "countries": [],
        "organizations": ["Ahmadu Bello University", "Aminu Kano Teaching Hospital"],
    },
    {
        "text": (
            "The new metro line links Vajpayee Nagar with Rajiv Chowk and the Indira Gandhi"
            " stadium. Commuter Meena Joshi said the trip to Lajpat Nagar now took"
            " twenty minutes. Trains will later reach Nehru Place."
        ),
        "people": ["Meena Joshi"],
        "mentions": ["Meena Joshi"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "HANOI - Tourists crowded Dinh Tien Hoang street beside the lake on the"
            " holiday. Tran Hung Dao road was closed for a parade. Hotel manager Nguyen"
            " Thi Lan said rooms were full."
        ),
        "people": ["Nguyen Thi Lan"],
        "mentions": ["Nguyen Thi Lan"],
        "countries": ["VN"],
        "organizations": [],
    },
    # ---- weather and disaster brief ----
    {
        "text": (
            "MIAMI - Hurricane Delphine strengthened to category 3 on Wednesday and could"
            " reach the Bahamas by Friday. Delphine's winds reached 120 mph. Forecaster"
            " Carla Mendes said Tropical Storm Ignacio, further east, posed no threat."
        ),
        "people": ["Carla Mendes"],
        "mentions": ["Carla Mendes"],
        "countries": ["US", "BS"],
        "organizations": [],
    },
    {
        "text": (
            "The tanker Marianne Kjaer ran aground off Gotland on Sunday. The crew of the"
            " Princess Ingrid, a ferry, helped with the rescue. Coast guard officer Lars"
            " Nyqvist said no oil had leaked."
        ),
        "people": ["Lars Nyqvist"],
        "mentions": ["Lars Nyqvist"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Production at the Johan Castberg field was halted after a gas leak. Output at"
            " the nearby Ivar Aasen platform was normal, operator spokeswoman Hilde Berg"
            " said. The Grand Ethiopian dam and the Hoover Dam were cited as examples."
        ),
        "people": ["Hilde Berg"],
        "mentions": ["Hilde Berg"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Rescuers reached 14 miners trapped in the Santa Barbara pit on Thursday. The"
            " Glencoe colliery nearby was evacuated. Mine official Jorge Paredes said"
            " typhoon Rosita had flooded the shafts."
        ),
        "people": ["Jorge Paredes"],
        "mentions": ["Jorge Paredes"],
        "countries": [],
        "organizations": [],
    },
    # ---- science page ----
    {
        "text": (
            "Researchers in Basel said a new drug slowed Huntington's disease in mice."
            " Lead author Ursula Brenner said the Parkinson's trial would start next year."
            " The Doppler effect and Hubble's law were used to date the galaxy, the team"
            " added."
        ),
        "people": ["Ursula Brenner"],
        "mentions": ["Ursula Brenner"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Mathematician Kwame Asante proved the Lindahl conjecture, a problem posed in"
            " 1931. Asante's proof uses the Riemann hypothesis and Fermat's little"
            " theorem. The Lindahl Institute will award him its medal."
        ),
        "people": ["Kwame Asante"],
        "mentions": ["Kwame Asante", "Asante"],
        "countries": [],
        "organizations": ["Lindahl Institute"],
    },
    {
        "text": (
            "Patients with Crohn's disease and Alzheimer's may benefit, said Dr. Mariam"
            " Haddad of the Hamad Medical Corporation. Her team measured the current in"
            " amperes and the field in teslas. The Haddad method is patented."
        ),
        "people": ["Mariam Haddad"],
        "mentions": ["Mariam Haddad"],
        "countries": [],
        "organizations": ["Hamad Medical Corporation"],
    },
    # ---- events page ----
    {
        "text": (
            "Ministers met in Vienna to revive the Baruch Plan and the Monroe Doctrine was"
            " cited by both sides. Envoy Rashid Karimov said the Tashkent talks would"
            " continue. The Marshall Plan anniversary falls next month."
        ),
        "people": ["Rashid Karimov"],
        "mentions": ["Rashid Karimov"],
        "countries": ["AT"],
        "organizations": [],
    },
    {
        "text": (
            "Thousands joined the Steve Biko march in Cape Town on Saturday. Organiser"
            " Nomvula Dube said the Mandela Day events would follow. The Albertina Sisulu"
            " lecture was postponed."
        ),
        "people": ["Nomvula Dube"],
        "mentions": ["Nomvula Dube"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Leaders signed the Almeida Accord in Maputo on Friday, ending a ten-year"
            " border dispute. President Armando Sitoe called the Almeida Accord a new"
            " start. The Samora Machel festival opens on Sunday."
        ),
        "people": ["Armando Sitoe"],
        "mentions": ["Armando Sitoe"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "The Kowalczyk Summit in Gdansk ended without a statement. Polish minister"
            " Agnieszka Wrona said the Chopin festival and the Kosciuszko Mound"
            " celebrations had drawn more visitors than the talks."
        ),
        "people": ["Agnieszka Wrona"],
        "mentions": ["Agnieszka Wrona"],
        "countries": ["PL"],
        "organizations": [],
    },
]
