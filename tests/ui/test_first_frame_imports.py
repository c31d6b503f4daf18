"""What the app has imported when its first rows are on the screen: nothing the first frame
does not need (the store, the analyser, the store-thread calls, JSON, the reading pane's
document model). Each runs in a fresh interpreter, as `reader` does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# Imported after the first frame (or when first used), never before it.
NOT_BEFORE_THE_FIRST_FRAME = (
    "json",
    "sqlite3",
    "reader.analysis",
    "reader.store",
    "reader.feeds",
    "reader.library.database",
    "reader.ui.session",
    "reader.ui.search",
    "reader.ui.document",
    "reader.ui.passage_selection",
    "reader.ui.widgets.feed_list",  # a files-only start: no feed list
    "textual.widgets._text_area",
)

PROBE = """
import asyncio, sys, threading
import reader.app
from reader.app import make_app

# The loader and store threads wait for the first paint, at most this long: on a loaded
# machine the first paint may come later than the usual second, and the store's imports
# would then be seen here. What is tested is what the first frame itself imports.
reader.app.FIRST_PAINT_WAIT_SECONDS = 120.0

folder, data_dir, cache_dir, out = sys.argv[1:5]
app = make_app([folder], data_dir, cache_dir)
seen = {}

class FirstPaint(threading.Event):
    def set(self):
        if "modules" not in seen:
            seen["modules"] = sorted(sys.modules)
        super().set()

app.services.first_paint = FirstPaint()

async def main():
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(6000):
            if "modules" in seen:
                break
            await pilot.pause(0.01)

asyncio.run(main())
with open(out, "w", encoding="utf-8") as handle:
    handle.write("\\n".join(seen.get("modules", [])))
"""


def _modules_at_first_paint(tmp_path: Path) -> set[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:03d}.txt").write_text(f"Headline {n}\nBody of story {n}.\n",
                                             encoding="utf-8")
    out = tmp_path / "modules.txt"
    subprocess.run([sys.executable, "-c", PROBE, str(folder), str(tmp_path / "data"),
                    str(tmp_path / "cache"), str(out)], check=True, timeout=120,
                   capture_output=True)
    modules = out.read_text(encoding="utf-8").split()
    assert modules, "the first rows were never shown"
    return set(modules)


def test_the_first_frame_is_drawn_before_the_modules_it_does_not_need_are_imported(
        tmp_path: Path) -> None:
    modules = _modules_at_first_paint(tmp_path)
    assert "reader.ui.widgets.article_list" in modules  # the probe saw the first frame
    early = [name for name in NOT_BEFORE_THE_FIRST_FRAME if name in modules]
    assert early == []
