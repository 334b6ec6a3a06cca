"""Questions that arrive together are encoded together.

The bot answers each question in a thread of its own; under a burst, each thread would ask the
model to encode one short question, one after another. ``BatchingEmbedder`` lets the first of
them wait a few milliseconds for the others, then encodes them all in one model call and hands
each thread its own vectors. A lone question waits the window and no more.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from article_qa.embedding import Embedder, Vectors

WINDOW_SECONDS = 0.004
"""How long the first question of a batch waits for others."""


@dataclass
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: Vectors | None = None
    error: BaseException | None = None


class BatchingEmbedder:
    """An ``Embedder`` that combines the calls of concurrent threads into one model call."""

    def __init__(self, inner: Embedder, window: float = WINDOW_SECONDS) -> None:
        self.name = inner.name
        self.vector_space = inner.vector_space
        self.inner = inner
        self.window = window
        self.batches = 0
        """Model calls made (for the load benchmark and the tests)."""
        self._lock = threading.Lock()
        self._pending: list[_Request] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        request = _Request(list(texts))
        with self._lock:
            self._pending.append(request)
            leads = len(self._pending) == 1
        if leads:
            time.sleep(self.window)
            with self._lock:
                batch, self._pending = self._pending, []
            self._encode(batch)
        request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.vectors is not None
        return request.vectors

    def _encode(self, batch: list[_Request]) -> None:
        try:
            vectors = self.inner.embed([text for r in batch for text in r.texts])
            self.batches += 1
            start = 0
            for request in batch:
                request.vectors = np.asarray(vectors[start : start + len(request.texts)])
                start += len(request.texts)
        except BaseException as exc:  # every waiting thread gets the error, none hangs
            for request in batch:
                request.error = exc
        finally:
            for request in batch:
                request.done.set()
