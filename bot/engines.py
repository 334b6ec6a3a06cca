"""The bot's retrieval engine: opened lazily off the event loop, rebuilt in the background.

Everything that blocks (opening the index, loading the model, answering, indexing) runs in a
thread. Answering uses ``asyncio.to_thread``; a rebuild runs in a daemon thread of its own, so
that stopping the bot never waits for a long indexing run (an unfinished generation is never
made live, and the next build removes it).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from article_qa.config import Settings
from article_qa.embedders import load_embedder
from article_qa.errors import ArticleQAError, IndexMissing
from bot.batching import BatchingEmbedder
from index import IndexSummary, build_index
from retrieval import Answer, Engine
from retrieval.conversation import Conversation, Reply
from retrieval.snapshot import Snapshot

log = logging.getLogger(__name__)
T = TypeVar("T")


class AnswerEngine(Protocol):
    """What the bot needs of ``retrieval.Engine``."""

    def answer(self, question: str, k: int | None = None) -> Answer: ...

    def converse(
        self, question: str, conversation: Conversation | None = None, k: int | None = None
    ) -> Reply: ...

    def refresh(self, force: bool = False) -> bool: ...

    def close(self) -> None: ...

    @property
    def snapshot(self) -> Snapshot: ...


EngineFactory = Callable[[Settings], AnswerEngine]
Builder = Callable[[Settings], IndexSummary]


def open_engine(settings: Settings) -> AnswerEngine:
    """The real engine, with its embedding model loaded now rather than on the first question;
    questions that arrive together are encoded in one batch (``bot.batching``)."""
    model = load_embedder(settings.embedding)
    return Engine(settings, embedder=BatchingEmbedder(model))


def build_quietly(settings: Settings) -> IndexSummary:
    """Rebuild with the model the bot answers with (a second copy for the indexer's way of
    waiting would stay in the bot's memory)."""
    return build_index(settings, embedder=load_embedder(settings.embedding), progress=False)


class ReindexRunning(ArticleQAError):
    """A rebuild is already under way."""


class Engines:
    """Holds the engine; opens it on first use and after each rebuild."""

    def __init__(
        self,
        settings: Settings,
        factory: EngineFactory = open_engine,
        builder: Builder = build_quietly,
        engine: AnswerEngine | None = None,
    ) -> None:
        self.settings = settings
        self._factory = factory
        self._builder = builder
        self._engine = engine
        self._opening = asyncio.Lock()
        self._reindexing = False

    @property
    def reindexing(self) -> bool:
        return self._reindexing

    async def get(self) -> AnswerEngine:
        """The open engine; IndexMissing (or another domain error) when it cannot be opened."""
        if self._engine is not None:
            return self._engine
        async with self._opening:
            if self._engine is None:
                self._engine = await asyncio.to_thread(self._factory, self.settings)
            return self._engine

    async def answer(self, question: str) -> Answer:
        engine = await self.get()
        return await asyncio.to_thread(engine.answer, question)

    async def converse(self, question: str, conversation: Conversation) -> Reply:
        engine = await self.get()
        return await asyncio.to_thread(engine.converse, question, conversation)

    async def preload(self) -> None:
        """Open the engine ahead of the first question; log why when it cannot be."""
        try:
            await self.get()
        except IndexMissing as exc:
            log.warning("no index yet (%s); an admin can run /reindex", exc)
        except ArticleQAError as exc:
            log.error("cannot open the index: %s", exc)
        except Exception:
            log.exception("cannot open the index")

    async def reindex(self) -> IndexSummary:
        """Build a new generation in the background, then answer from it.

        The current engine keeps answering from the old generation until the new one is live.
        Raises ReindexRunning when a rebuild is already under way.
        """
        if self._reindexing:
            raise ReindexRunning("a rebuild is already running: wait for it to finish")
        self._reindexing = True
        try:
            summary = await in_daemon_thread(self._builder, self.settings, name="reindex")
            engine = self._engine
            if engine is not None:
                await asyncio.to_thread(engine.refresh, True)
            else:
                await self.get()
            return summary
        finally:
            self._reindexing = False

    async def close(self) -> None:
        """Release the engine's store connections (when the bot stops)."""
        engine, self._engine = self._engine, None
        if engine is not None:
            await asyncio.to_thread(engine.close)


async def in_daemon_thread(function: Callable[[Settings], T], settings: Settings, name: str) -> T:
    """Run ``function(settings)`` in a new daemon thread and wait for its result."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(outcome: Callable[[], None]) -> None:
        if not future.done():
            outcome()

    def work() -> None:
        try:
            result = function(settings)
        except Exception as exc:
            error = exc
            _call_soon(loop, lambda: deliver(lambda: future.set_exception(error)))
        else:
            _call_soon(loop, lambda: deliver(lambda: future.set_result(result)))

    threading.Thread(target=work, name=f"article-qa-{name}", daemon=True).start()
    return await future


def _call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
    try:
        loop.call_soon_threadsafe(callback)
    except RuntimeError:  # the loop closed while the thread ran (the bot is shutting down)
        pass
