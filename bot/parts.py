"""What the cog needs from the bot besides discord.py itself, passed to it as one value (so
the cog never imports the bot class that adds it)."""

from __future__ import annotations

from dataclasses import dataclass

from article_qa.config import Settings
from bot.asking import Asker
from bot.engines import Engines
from bot.feedback import FeedbackLog
from bot.stats import AnswerStats


@dataclass(frozen=True)
class BotParts:
    settings: Settings
    asker: Asker
    """Checks and answers questions (cooldown, conversations, rendering)."""
    engines: Engines
    """The retrieval engine, opened in the background, and /reindex."""
    stats: AnswerStats
    feedback: FeedbackLog
