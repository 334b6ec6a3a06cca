"""The Discord front end: ``/ask`` (or a mention) in, cited verbatim excerpts out.

``create_bot(settings)`` builds the bot without connecting (tests drive it offline);
``run_bot(settings)`` reads the token from the environment and runs it until a stop signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from article_qa.config import Settings
from bot.app import ArticleBot
from bot.engines import AnswerEngine, Builder, EngineFactory, build_quietly, open_engine
from bot.feedback import FeedbackLog
from bot.runner import run_bot


def create_bot(
    settings: Settings,
    *,
    engine: AnswerEngine | None = None,
    engine_factory: EngineFactory = open_engine,
    builder: Builder = build_quietly,
    clock: Callable[[], float] = time.monotonic,
    feedback: FeedbackLog | None = None,
) -> ArticleBot:
    """The bot, not connected. Without ``engine``, the index is opened on first use."""
    return ArticleBot(
        settings,
        engine=engine,
        engine_factory=engine_factory,
        builder=builder,
        clock=clock,
        feedback=feedback,
    )


__all__ = ["ArticleBot", "create_bot", "run_bot"]
