"""Write reader/analysis/data/name_index.marshal: the words of the big name
tables of reader/analysis/names.py packed as reader/analysis/word_tables.py looks them
up, so that a process reads three objects at start instead of building sets of a
hundred thousand words.

Run it after changing any list those tables are made from (data/*.txt, the given and
surnames of data/given_names.py and data/world_names.py):

    python tools/build_name_index.py

(On a merge conflict in the file, take either side and run the tool again.) A file made
from other lists is not read: the tables are then built from the lists, slower, with the
same answers (tests/analysis/test_word_tables.py says so).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from reader.analysis import names
    from reader.analysis.word_tables import pack, write_index

    numbers = names.numbers_from_lists()
    write_index(names.INDEX_FILE, names.lists_stamp(), names.lists_fingerprint(), pack(numbers))
    print(f"{names.INDEX_FILE}: {len(numbers)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
