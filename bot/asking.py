"""One question, from whichever way it was asked (slash command or mention) to a reply.

The checks that need no index (length, cooldown) run first and give a short notice; the answer
itself comes from the engine in a thread. Whatever goes wrong, the user gets a short sentence
and the bot keeps running; unexpected errors are logged with their traceback.
"""

from __future__ import annotations

import logging
import math
import re
import time
from dataclasses import dataclass, replace

import discord

from article_qa.config import Settings
from article_qa.errors import ArticleQAError, IndexMissing, QuestionError
from bot.conversations import ConversationBook, Key
from bot.cooldown import Cooldown
from bot.engines import Engines
from bot.render import render_answer
from bot.stats import AnswerStats
from retrieval import Answer

log = logging.getLogger(__name__)

NO_INDEX = "There's no index yet, so I can't answer. An admin can run `/reindex` to build it."
INDEX_TROUBLE = "I can't read the index right now. An admin can find the reason in the bot's log."
APOLOGY = "Sorry, something went wrong while answering that. It has been logged; please try again."
EMPTY = "Ask me something about the article, for example `/ask question: What did Davutoglu say?`"


MENTION = re.compile(r"<@[!&]?\d+>|<#\d+>|(?<!\w)@(?:everyone|here)\b")
"""User, role and channel mentions, @everyone and @here: not words of a question."""


def without_mentions(question: str) -> str:
    """``question`` without mentions (they would steer retrieval), white space folded."""
    return " ".join(MENTION.sub(" ", question).split())


@dataclass(frozen=True)
class Reply:
    """What goes back to the user: a short notice, or an answer's embeds."""

    text: str | None = None
    embeds: tuple[discord.Embed, ...] = ()
    answer: Answer | None = None
    """The answer or refusal shown, so that feedback can name it; None for notices."""


class Asker:
    def __init__(
        self, settings: Settings, engines: Engines, cooldown: Cooldown, stats: AnswerStats
    ) -> None:
        self.settings = settings
        self.engines = engines
        self.cooldown = cooldown
        self.stats = stats
        self.conversations = ConversationBook()

    def check(self, user_id: int, question: str) -> str | None:
        """A notice when ``question`` cannot be asked now; else None, and the cooldown starts."""
        cleaned = without_mentions(question)
        limit = self.settings.retrieval.max_question_chars
        if not cleaned:
            return EMPTY
        if len(cleaned) > limit:
            return (
                f"Your question is {len(cleaned):,} characters long and the limit is {limit:,}. "
                "Please ask a shorter question."
            )
        wait = self.cooldown.take(user_id)
        if wait > 0:
            seconds = math.ceil(wait)
            return f"Please wait {seconds} second{'s' if seconds != 1 else ''} before asking again."
        return None

    async def answer(self, question: str, via: str, key: Key | None = None) -> Reply:
        """Answer ``question`` off the event loop; never raises for a question that fails.

        With a ``key``, the question is a turn of that person's conversation in that channel.
        """
        started = time.perf_counter()
        asked = without_mentions(question) or question
        try:
            if key is None:
                answer = await self.engines.answer(asked)
            else:
                replied = await self.engines.converse(asked, self.conversations.get(key))
                self.conversations.put(key, replied.conversation)
                answer = replied.answer
            answer = replace(answer, question=question)  # shown as asked, still unpingable
        except QuestionError as exc:
            return Reply(text=f"{str(exc)[:1].upper()}{str(exc)[1:]}.")
        except IndexMissing:
            self.stats.record_failure()
            log.warning("question via=%s: no index yet", via)
            return Reply(text=NO_INDEX)
        except ArticleQAError as exc:
            self.stats.record_failure()
            log.error("question via=%s: cannot read the index: %s", via, exc)
            return Reply(text=INDEX_TROUBLE)
        except Exception:
            self.stats.record_failure()
            log.exception("question via=%s failed: %r", via, question[:200])
            return Reply(text=APOLOGY)
        latency_ms = (time.perf_counter() - started) * 1000
        self.stats.record(latency_ms, answer.refused)
        log.info(
            "question via=%s chars=%d latency_ms=%.1f engine_ms=%.1f refused=%s excerpts=%d",
            via,
            len(question),
            latency_ms,
            answer.elapsed_ms,
            answer.refused,
            len(answer.citations),
        )
        return Reply(embeds=tuple(render_answer(answer)), answer=answer)
