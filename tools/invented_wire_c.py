"""A third invented set in the style of encyclopedic wire stories (a date line, longer
sentences, background paragraphs), written after the rules of the first two rounds and
scored before any rule was changed for it. Same fields as tools/invented_wire.py.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    {
        "text": (
            "Thursday, March 5, 2026\n\n"
            "The parliament of Moldova on Wednesday elected Dorin Ceban-Rusu as speaker, by 58"
            " votes to 41. Ceban-Rusu, a lawyer by training, had served as justice minister"
            " under prime minister Natalia Gavrilescu-Popa. Romania's foreign ministry welcomed"
            " the vote, while Russia called it illegitimate."
        ),
        "people": ["Dorin Ceban-Rusu", "Natalia Gavrilescu-Popa"],
        "mentions": ["Dorin Ceban-Rusu", "Ceban-Rusu", "Natalia Gavrilescu-Popa"],
        "countries": ["MD", "RO", "RU"],
        "organizations": [],
    },
    {
        "text": (
            "Monday, June 8, 2026\n\n"
            "Police in Bangladesh have arrested Mohammad Rafiqul Alam Sarker, the owner of a"
            " garment factory near Dhaka where a fire killed 34 workers last week. According to"
            " the fire service, the building had no working exits. Sarker, 52, was remanded for"
            " seven days. Labour leader Shirin Akter Munni said owners were rarely punished."
        ),
        "people": ["Mohammad Rafiqul Alam Sarker", "Shirin Akter Munni"],
        "mentions": ["Mohammad Rafiqul Alam Sarker", "Sarker", "Shirin Akter Munni"],
        "countries": ["BD"],
        "organizations": [],
    },
    {
        "text": (
            "Saturday, October 17, 2026\n\n"
            "Ecuadorian footballer Jhon Jairo Caicedo Valencia has signed for the Mexican club"
            " Tigres for a reported fee of eight million dollars. Caicedo, 23, scored 14 goals"
            " for Independiente del Valle last season. His agent, Marcelo Pazmiño, confirmed the"
            " move."
        ),
        "people": ["Jhon Jairo Caicedo Valencia", "Marcelo Pazmiño"],
        "mentions": ["Jhon Jairo Caicedo Valencia", "Caicedo", "Marcelo Pazmiño"],
        "countries": ["EC", "MX"],
        "organizations": ["Tigres", "Independiente del Valle"],
    },
    {
        "text": (
            "Tuesday, January 13, 2026\n\n"
            "A court in Almaty sentenced blogger Aidos Serikbayuly to five years in prison for"
            " spreading false information. Serikbayuly had criticised the handling of gas price"
            " protests. The Committee to Protect Journalists called the verdict a blow to free"
            " speech in Kazakhstan."
        ),
        "people": ["Aidos Serikbayuly"],
        "mentions": ["Aidos Serikbayuly", "Serikbayuly"],
        "countries": ["KZ"],
        "organizations": ["Committee to Protect Journalists"],
    },
    {
        "text": (
            "Friday, May 22, 2026\n\n"
            "Vanuatu's prime minister, Samson Kalorib Tavoa, survived a motion of no confidence"
            " on Thursday. The motion, brought by opposition leader Bruno Tamata Lowini,"
            " failed by two votes. Tavoa told parliament that the country needed stability after"
            " two cyclones."
        ),
        "people": ["Samson Kalorib Tavoa", "Bruno Tamata Lowini"],
        "mentions": ["Samson Kalorib Tavoa", "Bruno Tamata Lowini", "Tavoa"],
        "countries": ["VU"],
        "organizations": [],
    },
    {
        "text": (
            "Wednesday, August 19, 2026\n\n"
            "The Indonesian conglomerate Salim Wijaya Group said on Tuesday it would build a"
            " nickel smelter in Sulawesi with a Chinese partner. Group president Antonius"
            " Wijaya told reporters the plant would cost two billion dollars. Indonesia bans the"
            " export of raw nickel ore."
        ),
        "people": ["Antonius Wijaya"],
        "mentions": ["Antonius Wijaya"],
        "countries": ["ID", "CN"],
        "organizations": ["Salim Wijaya Group"],
    },
    {
        "text": (
            "Sunday, April 12, 2026\n\n"
            "Sri Lanka completed a 2-0 series win over the West Indies in Galle on Saturday."
            " Off-spinner Lahiru Embulgama Herath took six wickets in the second innings,"
            " and captain Dilan Weerakkody-Perera made an unbeaten 92. West Indies captain"
            " Keacy Holderness said his batsmen had not adapted to the turning pitch."
        ),
        "people": ["Lahiru Embulgama Herath", "Dilan Weerakkody-Perera", "Keacy Holderness"],
        "mentions": ["Lahiru Embulgama Herath", "Dilan Weerakkody-Perera",
                     "Keacy Holderness"],
        "countries": ["LK"],
        "organizations": [],
    },
    {
        "text": (
            "Thursday, September 3, 2026\n\n"
            "Former Nigerian oil minister Dumebi Alison-Okoro has been charged in London with"
            " accepting bribes. Alison-Okoro, who has lived in the United Kingdom since 2015,"
            " denies wrongdoing. Nigeria's anti-corruption agency, the EFCC, has sought her"
            " extradition for years."
        ),
        "people": ["Dumebi Alison-Okoro"],
        "mentions": ["Dumebi Alison-Okoro", "Alison-Okoro"],
        "countries": ["NG", "GB"],
        "organizations": ["EFCC"],
    },
    {
        "text": (
            "Monday, November 30, 2026\n\n"
            "Thousands of people marched in Ulaanbaatar on Sunday to demand the resignation of"
            " Mongolia's mining minister, Ganbaatar Tsogtbaatar. The protesters accused"
            " Tsogtbaatar of selling coal rights to companies linked to his family."
        ),
        "people": ["Ganbaatar Tsogtbaatar"],
        "mentions": ["Ganbaatar Tsogtbaatar", "Tsogtbaatar"],
        "countries": ["MN"],
        "organizations": [],
    },
    {
        "text": (
            "Tuesday, February 24, 2026\n\n"
            "Samoa's head of state, Tupuola Va'asili Fonoti II, opened the new"
            " session of parliament in Apia. In his speech, Tupuola said the government"
            " would bring fast internet to every village. New Zealand and Australia are"
            " funding the cable."
        ),
        "people": ["Tupuola Va'asili Fonoti II"],
        "mentions": ["Tupuola Va'asili Fonoti II", "Tupuola"],
        "countries": ["WS", "NZ", "AU"],
        "organizations": [],
    },
    {
        "text": (
            "Friday, July 10, 2026\n\n"
            "The European Court of Human Rights has ruled that Hungary breached the freedom of"
            " expression of journalist Balázs Tóth-Kovács. Tóth-Kovács was fined in 2021 for an"
            " article about a state contract. The government in Budapest said it would study"
            " the judgment."
        ),
        "people": ["Balázs Tóth-Kovács"],
        "mentions": ["Balázs Tóth-Kovács", "Tóth-Kovács"],
        "countries": ["HU"],
        "organizations": ["European Court of Human Rights"],
    },
    {
        "text": (
            "Wednesday, December 2, 2026\n\n"
            "Kenyan marathon runner Vincent Kipruto Rotich has been banned for four years after"
            " testing positive for a blood booster, the Athletics Integrity Unit said. Rotich,"
            " who won the Seoul marathon in 2024, can appeal to the Court of Arbitration for"
            " Sport."
        ),
        "people": ["Vincent Kipruto Rotich"],
        "mentions": ["Vincent Kipruto Rotich", "Rotich"],
        "countries": ["KE"],
        "organizations": ["Athletics Integrity Unit", "Court of Arbitration for Sport"],
    },
    {
        "text": (
            "Saturday, March 28, 2026\n\n"
            "Voters in Guinea-Bissau chose a new president on Sunday in a run-off between"
            " Umaru Sanha Baldé and Domingos Simões Teixeira da Costa. Baldé, a former army"
            " general, promised to fight drug trafficking. Observers from Senegal and the"
            " African Union said the vote was calm."
        ),
        "people": ["Umaru Sanha Baldé", "Domingos Simões Teixeira da Costa"],
        "mentions": ["Umaru Sanha Baldé", "Domingos Simões Teixeira da Costa", "Baldé"],
        "countries": ["GW", "SN"],
        "organizations": ["African Union"],
    },
    {
        "text": (
            "Thursday, October 8, 2026\n\n"
            "Typhoon Haikui brought floods to northern Vietnam, killing at least 19 people."
            " Deputy Prime Minister Tran Hong Quan flew to Lao Cai province to oversee rescue"
            " work. Quan said more than 40,000 homes had been damaged. Laos also reported"
            " landslides."
        ),
        "people": ["Tran Hong Quan"],
        "mentions": ["Tran Hong Quan", "Quan"],
        "countries": ["VN", "LA"],
        "organizations": [],
    },
    {
        "text": (
            "Tuesday, June 16, 2026\n\n"
            "Ahmed Salem Ould Bouh, a former finance minister of Mauritania, was named head of"
            " the regional development bank on Monday. Ould Bouh succeeds Fatou Ndiaye Diop of"
            " Senegal, who led the bank for eight years."
        ),
        "people": ["Ahmed Salem Ould Bouh", "Fatou Ndiaye Diop"],
        "mentions": ["Ahmed Salem Ould Bouh", "Ould Bouh", "Fatou Ndiaye Diop"],
        "countries": ["MR", "SN"],
        "organizations": [],
    },
]
