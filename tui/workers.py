"""Worker failures reach the user as one notification, from wherever the worker ran."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.message_pump import MessagePump
from textual.worker import Worker, WorkerState


@dataclass
class WorkerFailed(Message):
    """A worker raised; the App turns this into a notification."""

    worker_name: str
    error: BaseException


class ReportsWorkerErrors:
    """Mixin for anything that starts workers.

    ``Worker.StateChanged`` does not bubble, so a handler on the App never sees
    it; each worker owner forwards failures to the App instead.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            assert isinstance(self, MessagePump)
            self.app.post_message(WorkerFailed(event.worker.name, event.worker.error))
