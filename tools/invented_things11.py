"""An open probe set of round 11: invented wire copy for the things named like people
and the name bounds that round 11 looked at (firms before "shares" or after "analysts
at", clubs after "beat", teams in a results line, a job that is also a kind of firm, a
team's officer, peoples, events, shows and figures of speech, headings, "Said" as a
surname, "the Queen Mother", a given name with and without its hyphen, long Pacific
names whose first word comes back alone). Every name, firm, club, place and sentence is
made up; the expectations were written with the text, before the analyser was run on
it. Same fields as tools/invented_wire.py; scored by
`python tools/score_invented_wire.py -v tools/invented_things11.py`.
"""

from __future__ import annotations

from invented_wire import Item

ITEMS: list[Item] = [
    # ---- firms named like people ----
    {
        "text": (
            "FRANKFURT (Reuters) - Analysts at Hollis Brandt said the central bank would"
            " cut rates in June. Hollis Brandt expects growth of 2 percent this year,"
            " economist Petra Lindqvist told clients."
        ),
        "people": ["Petra Lindqvist"],
        "mentions": ["Petra Lindqvist"],
        "countries": [],
        "organizations": ["Reuters", "Hollis Brandt"],
    },
    {
        "text": (
            "OSAKA - Fenwick Electric Power said on Monday output fell 4 percent in March."
            " Fenwick Electric Power shares fell 2 percent, said broker Ana Vale of"
            " Marlow Securities."
        ),
        "people": ["Ana Vale"],
        "mentions": ["Ana Vale"],
        "countries": [],
        "organizations": ["Fenwick Electric Power", "Marlow Securities"],
    },
    {
        "text": (
            "Shares of Danvers Holt rose 3 percent after the insurer raised its dividend."
            " Danvers Holt chief executive Rupert Kell said claims had eased."
        ),
        "people": ["Rupert Kell"],
        "mentions": ["Rupert Kell"],
        "countries": [],
        "organizations": ["Danvers Holt"],
    },
    # ---- clubs and results ----
    {
        "text": (
            "Tarvo Keskinen scored twice as Torpedo Vesk beat Lada Brezny 2-1 on Sunday."
            " Torpedo Vesk will play Dinamo Oreny next week, coach Ivo Marek said."
        ),
        "people": ["Tarvo Keskinen", "Ivo Marek"],
        "mentions": ["Tarvo Keskinen", "Ivo Marek"],
        "countries": [],
        "organizations": ["Torpedo Vesk", "Lada Brezny", "Dinamo Oreny"],
    },
    {
        "text": (
            "Results of league matches on Saturday:\n"
            "Torpedo Vesk 2 (Olsen 23, Brandt 67) Lada Brezny 1 (Kovac 80)\n"
            "Selby Rowe 0 Harlan Vale 0\n"
        ),
        "people": ["Olsen", "Brandt", "Kovac"],
        "mentions": ["Olsen", "Brandt", "Kovac"],
        "countries": [],
        "organizations": ["Torpedo Vesk", "Lada Brezny", "Selby Rowe", "Harlan Vale"],
    },
    {
        "text": (
            "Team Boss Harlan Voss said the car had been quick all weekend. Team Principal"
            " Mona Ekdahl of the rival outfit said her drivers lacked grip."
        ),
        "people": ["Harlan Voss", "Mona Ekdahl"],
        "mentions": ["Harlan Voss", "Mona Ekdahl"],
        "countries": [],
        "organizations": [],
    },
    # ---- peoples, events, shows, figures of speech ----
    {
        "text": (
            "Thousands joined the Hundred Village Walk on Saturday to ask for clean water,"
            " organiser Lina Osei said. The Boerlanders, descendants of the first"
            " settlers, marched at the back."
        ),
        "people": ["Lina Osei"],
        "mentions": ["Lina Osei"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "On the show \"Lion Pit\", investor Dara Mott offered 50,000 dollars for a share"
            " of the bakery. Critics say Uncle Sam cannot pay for everything, Senator"
            " Ruth Kell told the panel."
        ),
        "people": ["Dara Mott", "Ruth Kell"],
        "mentions": ["Dara Mott", "Ruth Kell"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Per Share Numbers\n"
            "Revenue rose to 4.2 million dollars in the quarter, chief financial officer"
            " Carla Benning said."
        ),
        "people": ["Carla Benning"],
        "mentions": ["Carla Benning"],
        "countries": [],
        "organizations": [],
    },
    # ---- name bounds and variants ----
    {
        "text": (
            "Amara Said said the plan for the port was late. Said, a former harbour"
            " engineer, told reporters the cranes had not been ordered."
        ),
        "people": ["Amara Said"],
        "mentions": ["Amara Said", "Said"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "The Queen Mother opened the new children's ward on Tuesday. Dr. Tom Kell"
            " showed the Queen Mother the wards."
        ),
        "people": ["Queen Mother", "Tom Kell"],
        "mentions": ["Queen Mother", "Tom Kell", "Queen Mother"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "SEOUL - Opposition leader Kim Sung-woo met union officials on Monday. Kim Sung"
            " Woo later said the talks had gone well, and Kim promised a second round."
        ),
        "people": ["Kim Sung-woo"],
        "mentions": ["Kim Sung-woo", "Kim Sung Woo", "Kim"],
        "countries": ["KR"],
        "organizations": [],
    },
    {
        "text": (
            "APIA - Fa'atau Lemalu Tone Pelenato said the vote had been fair. Fa'atau"
            " refused to comment on the recount. Malaeta Seu Fono Tavita, the"
            " opposition leader, called it a farce. Malaeta said he would go to court."
        ),
        "people": ["Fa'atau Lemalu Tone Pelenato", "Malaeta Seu Fono Tavita"],
        "mentions": ["Fa'atau Lemalu Tone Pelenato", "Fa'atau", "Malaeta Seu Fono Tavita",
                     "Malaeta"],
        "countries": [],
        "organizations": [],
    },
    {
        "text": (
            "Lealiifano Saumalu refused to comment. Lealiifano said later that the vote"
            " was fair."
        ),
        "people": ["Lealiifano Saumalu"],
        "mentions": ["Lealiifano Saumalu", "Lealiifano"],
        "countries": [],
        "organizations": [],
    },
]
