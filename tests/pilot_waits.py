"""Pilot's idle waits, in finer steps and with the frame awaited (imported by the
conftests of the Pilot tests).

After each key `Pilot.press` waits twice, and `Pilot.pause()` once, for the app to be
idle: Textual's `wait_for_idle` sleeps 20 ms at a time until a sleep passes with the
process on the CPU for under a twentieth of it. The 20 ms also let the screen's next frame
(due within 1/60 s of a change) be drawn before the test goes on. Nearly every wait ends
after one or two sleeps, so the 20 ms steps were a third of the Pilot tests' time.

Here the steps are 5 ms, with the same ratio of CPU to wall time saying "idle", and a wait
also goes on while the current screen still has a frame to draw (a layout, a repaint or
dirty widgets) or callbacks due after it: what the 20 ms left to chance is awaited. The
bound is Textual's (1 s). A state a worker or a timer brings is awaited on the state
itself (tests/ui/support.py `until`, `settle`, `wait_until`), as before.
"""

from __future__ import annotations

import asyncio
from time import monotonic, process_time

import textual.app
import textual.pilot
from textual._context import active_app

STEP_SECONDS = 0.005
IDLE_CPU_SECONDS = STEP_SECONDS / 20  # Textual's ratio (1 ms of 20)


def frame_pending() -> bool:
    """Whether the active app's current screen has a frame (or after-frame callbacks)
    still to come."""
    try:
        screen = active_app.get().screen
    except Exception:  # no app, or no screen: nothing to draw
        return False
    return bool(screen._layout_required or screen._scroll_required
                or screen._repaint_required or screen._recompose_required
                or screen._dirty_widgets or screen._callbacks)


async def wait_for_idle(min_sleep: float = 0.02, max_sleep: float = 1) -> None:
    """textual._wait.wait_for_idle in 5 ms steps, which also waits for the frame."""
    start = monotonic()
    while True:
        cpu = process_time()
        await asyncio.sleep(STEP_SECONDS)
        idle = process_time() - cpu < IDLE_CPU_SECONDS
        elapsed = monotonic() - start
        if elapsed >= max_sleep:
            break
        if elapsed > min_sleep and idle and not frame_pending():
            break


# Both modules took the function by name (`from textual._wait import wait_for_idle`).
textual.pilot.wait_for_idle = wait_for_idle  # type: ignore[assignment]
textual.app.wait_for_idle = wait_for_idle  # type: ignore[assignment]
