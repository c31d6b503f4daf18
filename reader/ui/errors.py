"""The one error policy for workers: every worker failure is shown in the app and logged.

Textual tells only the node that ran a worker about its state (Worker.StateChanged does
not bubble), so every node that runs workers mixes in `ReportsWorkerFailures`, whose one
handler (`on_worker_state_changed`) hands each failure to `report_worker_failure`.
Workers are started with `exit_on_error=False`, so a failure never closes the app, and
none passes in silence.
"""

from __future__ import annotations

import logging

from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

LOG = logging.getLogger("reader")

# What the user is told a failed worker was doing, by worker group.
WORKER_WHAT = {
    "analysis": "Could not analyse this article",
    "load": "Loading articles stopped",
    "open": "Could not open the data folder",
    "state": "Could not read the saved reading state",
    "article-state": "Could not read this article's saved state",
    "export": "Export failed",
    "bookmarks-load": "Could not read the bookmarks",
    "bookmarks-write": "Could not save the change",
    "index": "Indexing the library stopped",
    "search": "The search failed",
    "saved-searches": "Could not read the saved searches",
    "people": "Could not read the people of the library",
    "page": "Could not read this page",
}


def report_worker_failure(node: DOMNode, worker: Worker[object]) -> str:
    """Show a failed worker's error in the app (markup off) and log it with its traceback;
    returns the message shown."""
    what = WORKER_WHAT.get(worker.group, "Something went wrong")
    error = worker.error
    message = f"{what}: {error}" if str(error) else f"{what} ({type(error).__name__})"
    LOG.error("worker %r (group %r) failed", worker.name, worker.group, exc_info=error)
    node.log.error(message)
    node.app.notify(message, title="Error", severity="error", markup=False, timeout=10)
    return message


class ReportsWorkerFailures:
    """Mixed into the app and every screen that runs workers."""

    # By name, not @on: Textual finds `on_worker_state_changed` in every class of the
    # MRO, mixins included, while @on handlers register only on its own Widget classes.
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            assert isinstance(self, DOMNode)
            self.on_worker_failed(event.worker)
            report_worker_failure(self, event.worker)

    def on_worker_failed(self, worker: Worker[object]) -> None:
        """Undo what the failed worker leaves half-done (e.g. the load flag); default none."""
