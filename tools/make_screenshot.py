"""Make docs/screenshot.svg: the app on the bundled seed at 160x50, a quote selected.

Run: python tools/make_screenshot.py  (from the repository root, in the project's venv)
The seed is copied with a pinned file date and the data folder is temporary, so the
picture does not depend on the machine or the day.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PINNED_MTIME = 1_727_870_400  # 2024-10-02


async def main() -> int:
    sys.path.insert(0, str(REPO))
    from reader.app import make_app
    from reader.ui.screens.main import MainScreen

    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for path in sorted((REPO / "seeds").glob("*.txt")):
            shutil.copyfile(path, seeds / path.name)
            os.utime(seeds / path.name, (PINNED_MTIME, PINNED_MTIME))
        app = make_app([seeds], Path(tmp) / "data")
        async with app.run_test(size=(160, 50)) as pilot:
            for _ in range(500):  # until loaded, restored and analysed (at most ~5 s)
                await app.workers.wait_for_complete()
                await pilot.pause(0.01)
                if app.main_screen.settled:
                    break
            screen = app.screen
            assert isinstance(screen, MainScreen)
            await pilot.press("right_square_bracket")  # the first quote, with its speaker
            people = [e for e in (screen.analysis.entities if screen.analysis else [])
                      if e.kind == "person" and screen.analysis
                      and screen.analysis.quotes_by(e.id)]
            if people:
                screen.entity_id = people[0].id  # its mentions and quotes in the side panel
            await pilot.pause(0.1)
            target = REPO / "docs" / "screenshot.svg"
            target.parent.mkdir(exist_ok=True)
            app.save_screenshot(filename=target.name, path=str(target.parent))
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
