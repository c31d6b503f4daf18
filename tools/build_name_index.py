"""Write reader/analysis/data/name_index.marshal: the words of the big name
tables of reader/analysis/names.py packed as reader/analysis/word_tables.py looks them
up, so that a process reads three objects at start instead of building sets of a
hundred thousand words.

Run it after changing any list those tables are made from (data/*.txt, the given and
surnames of data/given_names.py and data/world_names.py), and after changing which words
the finders' modules look up when they are imported (their numbers are kept ready in
the file: a start that asks others looks those up, slower, with the same answers):

    python tools/build_name_index.py

(On a merge conflict in the file, take either side and run the tool again.) A file made
from other lists is not read: the tables are then built from the lists, slower, with the
same answers (tests/analysis/test_word_tables.py says so).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from reader.analysis import names
    from reader.analysis.word_tables import pack, write_index

    numbers = names.numbers_from_lists()
    stamp, crc = names.lists_stamp(), names.lists_fingerprint()
    write_index(names.INDEX_FILE, stamp, crc, pack(numbers))
    # Then the words a start asks for (as a process that reads the file just written
    # asks them), written with their numbers ready.
    asked = _asked_at_start()
    write_index(names.INDEX_FILE, stamp, crc, pack(numbers, asked))
    print(f"{names.INDEX_FILE}: {len(numbers)} words, {len(asked)} of them ready at start")
    return 0


_ASKED = """
import json
import reader.analysis.entities, reader.analysis.quotes, reader.commands.analyze
from reader.analysis import names
print(json.dumps(list(names._WORDS.known)))
"""


def _asked_at_start() -> list[str]:
    """The words the analyser's modules look up when they are imported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _ASKED], env=env, check=True,
                          capture_output=True, text=True)
    asked: list[str] = json.loads(done.stdout)
    return asked


if __name__ == "__main__":
    raise SystemExit(main())
