"""A second invented wire set, written after the first had been used to fix rules and
scored only at the end (before: the main branch as it was; after: the branch), so that
it stays a held-out proxy. Same fields as tools/invented_wire.py; made-up items only.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    {
        "text": (
            "Cabinet named in Lusaka\n\n"
            "LUSAKA, Zambia — President Chanda Mwale-Banda named a new cabinet on Friday."
            " Foreign affairs go to Mutinta Hichilema-Phiri, a former ambassador to China,"
            " and finance to Kelvin Musonda. Mwale-Banda kept defence for himself."
        ),
        "people": ["Chanda Mwale-Banda", "Mutinta Hichilema-Phiri", "Kelvin Musonda"],
        "mentions": ["Chanda Mwale-Banda", "Mutinta Hichilema-Phiri", "Kelvin Musonda",
                     "Mwale-Banda"],
        "countries": ["ZM", "CN"],
        "organizations": [],
    },
    {
        "text": (
            "Obituary: Hoang Thi Lan, who built Vietnam's first silk export house, died on"
            " Tuesday in Da Nang at 91. Hoang founded the firm with her brother, Hoang Van"
            " Duc, in 1958."
        ),
        "people": ["Hoang Thi Lan", "Hoang Van Duc"],
        "mentions": ["Hoang Thi Lan", "Hoang", "Hoang Van Duc"],
        "countries": ["VN"],
        "organizations": [],
    },
    {
        "text": (
            "Women's 10,000 metres final: 1. Beatrice Chebet Kiplagat (Kenya) 29:58.11, 2."
            " Aster Wolde Gebru (Ethiopia) 30:02.40, 3. Yuki Hanazono (Japan) 30:15.02."
        ),
        "people": ["Beatrice Chebet Kiplagat", "Aster Wolde Gebru", "Yuki Hanazono"],
        "mentions": ["Beatrice Chebet Kiplagat", "Aster Wolde Gebru", "Yuki Hanazono"],
        "countries": ["KE", "ET", "JP"],
        "organizations": [],
    },
    {
        "text": (
            "DOHA, Qatar — Mediators led by Sheikh Khalid bin Abdulaziz al-Mannai said on"
            " Sunday that both sides had agreed to a ceasefire. Abu Karim, a commander who"
            " uses a nom de guerre, told reporters his men would hold their positions."
        ),
        "people": ["Khalid bin Abdulaziz al-Mannai", "Abu Karim"],
        "mentions": ["Khalid bin Abdulaziz al-Mannai", "Abu Karim"],
        "countries": ["QA"],
        "organizations": [],
    },
    {
        "text": (
            "SEOUL — Prosecutors sought a 12-year prison term for former Daesan Heavy"
            " Industries chief Choi Min-jae. Choi's lawyer, Yoon Ha-eun, said her client had"
            " acted within the law."
        ),
        "people": ["Choi Min-jae", "Yoon Ha-eun"],
        "mentions": ["Choi Min-jae", "Choi", "Yoon Ha-eun"],
        "countries": [],
        "organizations": ["Daesan Heavy Industries"],
    },
    {
        "text": (
            "KINGSTON, Jamaica — Sprinter Shericka Campbell-Dawes broke the national record in"
            " the 200 metres. Campbell-Dawes, 22, trains in Florida under coach Everton Blake."
            " Trinidad and Tobago's Keston Ramnarine was second."
        ),
        "people": ["Shericka Campbell-Dawes", "Everton Blake", "Keston Ramnarine"],
        "mentions": ["Shericka Campbell-Dawes", "Campbell-Dawes", "Everton Blake",
                     "Keston Ramnarine"],
        "countries": ["JM", "TT"],
        "organizations": [],
    },
    {
        "text": (
            "BRUSSELS — The EU's General Court dismissed an appeal by Czech businessman"
            " Radek Vondráček-Holub against an asset freeze. Lawyers for Vondráček-Holub said"
            " they would appeal to the Court of Justice."
        ),
        "people": ["Radek Vondráček-Holub"],
        "mentions": ["Radek Vondráček-Holub", "Vondráček-Holub"],
        "countries": ["CZ"],
        "organizations": ["European Union", "General Court", "Court of Justice"],
    },
    {
        "text": (
            "JAKARTA — Indonesian police named Susanto, a regional official in East Java, a"
            " suspect in a land fraud case. Susanto's lawyer said he would cooperate. Police"
            " chief Gen. Agus Wibowo said more arrests were likely."
        ),
        "people": ["Susanto", "Agus Wibowo"],
        "mentions": ["Susanto", "Susanto", "Agus Wibowo"],
        "countries": ["ID"],
        "organizations": [],
    },
    {
        "text": (
            "By Olumide Bakare-Ojo\n\n"
            "ABUJA, Nigeria — Alhaji Musa Danjuma Garba, a cattle trader from Kano, was"
            " freed by kidnappers on Wednesday, his family said. Garba had been held for three"
            " weeks. Nigeria's police did not say whether a ransom was paid."
        ),
        "people": ["Olumide Bakare-Ojo", "Musa Danjuma Garba"],
        "mentions": ["Olumide Bakare-Ojo", "Musa Danjuma Garba", "Garba"],
        "countries": ["NG"],
        "organizations": [],
    },
    {
        "text": (
            "Scorers: Mendoza United - Facundo Ibarrola 23, 67, Tomás Zabaleta 81; Sporting"
            " Rosales - Kevin Oyarzún 45.\n"
        ),
        "people": ["Facundo Ibarrola", "Tomás Zabaleta", "Kevin Oyarzún"],
        "mentions": ["Facundo Ibarrola", "Tomás Zabaleta", "Kevin Oyarzún"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "YEREVAN — Armenian Prime Minister Aram Khachatryan dismissed the head of the"
            " national security service, Gevorg Sargsyants, on Thursday. Khachatryan gave no"
            " reason. Russia and Iran said they were watching events closely."
        ),
        "people": ["Aram Khachatryan", "Gevorg Sargsyants"],
        "mentions": ["Aram Khachatryan", "Gevorg Sargsyants", "Khachatryan"],
        "countries": ["AM", "RU", "IR"],
        "organizations": [],
    },
    {
        "text": (
            "Tonga Queen Sails Home\n\n"
            "NUKU'ALOFA, Tonga — The ferry Tonga Queen returned to port on Monday after a"
            " storm. Captain Sione Havili Fifita said no one had been hurt."
        ),
        "people": ["Sione Havili Fifita"],
        "mentions": ["Sione Havili Fifita"],
        "countries": ["TO"],
        "organizations": [],
    },
    {
        "text": (
            "ISLAMABAD — Pakistan's Supreme Court freed former senator Syed Naveed Hasan"
            " Bukhari on bail. Bukhari, 71, was arrested in May. His party, led by Begum"
            " Shahida Rizvi, called the ruling a victory."
        ),
        "people": ["Syed Naveed Hasan Bukhari", "Shahida Rizvi"],
        "mentions": ["Syed Naveed Hasan Bukhari", "Bukhari", "Shahida Rizvi"],
        "countries": ["PK"],
        "organizations": ["Supreme Court"],
    },
    {
        "text": (
            "SHANGHAI — Jiang Weidong, founder of the electric-bus maker Jiang Auto, told"
            " shareholders that sales in Europe had doubled. Jiang Auto shares rose 6 percent"
            " in Shanghai. Jiang said a plant in Hungary would open next year."
        ),
        "people": ["Jiang Weidong"],
        "mentions": ["Jiang Weidong", "Jiang"],
        "countries": ["HU"],
        "organizations": ["Jiang Auto"],
    },
    {
        "text": (
            "QUITO, Ecuador — Former vice president Gustavo Adolfo Larrea Villacís was"
            " sentenced to eight years for bribery. Larrea denies the charges. His successor,"
            " Paola Andrade de la Torre, said justice had been done."
        ),
        "people": ["Gustavo Adolfo Larrea Villacís", "Paola Andrade de la Torre"],
        "mentions": ["Gustavo Adolfo Larrea Villacís", "Larrea", "Paola Andrade de la Torre"],
        "countries": ["EC"],
        "organizations": [],
    },
    {
        "text": (
            "HONIARA, Solomon Islands — Flash floods swept away homes in Guadalcanal on"
            " Saturday. Disaster official Mary-Rose Kwaiga said three children were missing."
            " Australia and New Zealand offered help."
        ),
        "people": ["Mary-Rose Kwaiga"],
        "mentions": ["Mary-Rose Kwaiga"],
        "countries": ["SB", "AU", "NZ"],
        "organizations": [],
    },
    {
        "text": (
            "TASHKENT — Uzbek President's adviser Bakhtiyor Rustamovich Yuldashev met a"
            " delegation from Turkmenistan on Friday. Yuldashev said gas prices had been agreed"
            " for two years."
        ),
        "people": ["Bakhtiyor Rustamovich Yuldashev"],
        "mentions": ["Bakhtiyor Rustamovich Yuldashev", "Yuldashev"],
        "countries": ["UZ", "TM"],
        "organizations": [],
    },
    {
        "text": (
            "COLOMBO — Sri Lankan batsman W.D.P. Gunawardene hit a century on debut as Sri"
            " Lanka drew with Zimbabwe. Gunawardene faced 214 balls."
        ),
        "people": ["W.D.P. Gunawardene"],
        "mentions": ["W.D.P. Gunawardene", "Gunawardene"],
        "countries": ["LK", "ZW"],
        "organizations": [],
    },
    {
        "text": (
            "Georgia Okafor-Reyes, a lawyer for the miners, said the company owed them wages."
            " Okafor-Reyes spoke outside a court in Johannesburg. South Africa's labour"
            " ministry said it would look into the claims."
        ),
        "people": ["Georgia Okafor-Reyes"],
        "mentions": ["Georgia Okafor-Reyes", "Okafor-Reyes"],
        "countries": ["ZA"],
        "organizations": [],
    },
    {
        "text": (
            "ULAANBAATAR — Mongolia's parliament approved Prime Minister Batbayar Gantulga's"
            " budget on Wednesday. Gantulga said mining revenues from China would fund"
            " new schools."
        ),
        "people": ["Batbayar Gantulga"],
        "mentions": ["Batbayar Gantulga", "Gantulga"],
        "countries": ["MN", "CN"],
        "organizations": [],
    },
]
