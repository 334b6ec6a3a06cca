"""👍/👎 buttons under each answer, and the JSONL file the votes are appended to.

One JSON object per vote, per line, with no user names or ids::

    {"time": "2025-01-31T12:00:00Z", "vote": "up", "question": "What did Davutoglu say?",
     "refused": false, "cited": [{"id": "nato-…:1234-1390", "doc_id": "nato-…",
     "doc": "nato-….txt", "paragraph": 9, "para": [1234, 1390], "quote": "…"}]}

``para`` is the character range of the excerpt in ``doc``, as in the eval sets' ``span``
questions, so that ``article-qa eval`` can read the file as a question set.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import discord

from bot.followup import AskFollowUp, FollowUpButton, OptionButton
from retrieval import Answer, Citation

log = logging.getLogger(__name__)

Vote = Literal["up", "down"]
VOTE_WINDOW = 24 * 3600.0
"""Seconds during which the buttons of an answer take votes (the view lives in memory)."""
THANKS = {"up": "Thanks, glad it helped!", "down": "Thanks, noted: this helps improve answers."}


def citation_id(citation: Citation) -> str:
    """A stable name for an excerpt: its article and character range."""
    return f"{citation.doc_id}:{citation.start}-{citation.end}"


def feedback_record(answer: Answer, vote: Vote, now: datetime | None = None) -> dict[str, Any]:
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return {
        "time": moment.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "vote": vote,
        "question": answer.question,
        "refused": answer.refused,
        "cited": [
            {
                "id": citation_id(c),
                "doc_id": c.doc_id,
                "doc": Path(c.source).name,
                "paragraph": c.paragraph,
                "para": [c.start, c.end],
                "quote": c.quote,
            }
            for c in answer.citations
        ],
    }


class FeedbackLog:
    """Appends vote records to a JSONL file (thread-safe; call it off the event loop)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)


class VoteButton(discord.ui.Button["FeedbackView"]):
    def __init__(self, vote: Vote) -> None:
        emoji, label = ("👍", "Helpful") if vote == "up" else ("👎", "Not helpful")
        super().__init__(style=discord.ButtonStyle.secondary, emoji=emoji, label=label)
        self.vote: Vote = vote

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        assert self.view is not None
        await self.view.record_vote(interaction, self.vote)


class FeedbackView(discord.ui.View):
    """The buttons under one answer: two votes (each user's first click counts), "Ask a
    follow-up", and for a question back one button per option."""

    def __init__(
        self,
        answer: Answer,
        feedback: FeedbackLog,
        timeout: float = VOTE_WINDOW,
        follow_up: AskFollowUp | None = None,
        question_limit: int = 1000,
    ):
        super().__init__(timeout=timeout)
        self.answer = answer
        self.feedback = feedback
        self.message: discord.Message | None = None
        self._voters: set[int] = set()
        if follow_up is not None:  # a question back: one button per person it could mean
            for option in answer.clarify:
                self.add_item(OptionButton(follow_up, option))
        if not answer.clarify:
            self.add_item(VoteButton("up"))
            self.add_item(VoteButton("down"))
        if follow_up is not None:
            self.add_item(FollowUpButton(follow_up, question_limit))

    async def record_vote(self, interaction: discord.Interaction[Any], vote: Vote) -> None:
        if interaction.user.id in self._voters:
            await _whisper(interaction, "You already voted on this answer, thanks!")
            return
        self._voters.add(interaction.user.id)
        try:
            await asyncio.to_thread(self.feedback.append, feedback_record(self.answer, vote))
        except OSError as exc:
            self._voters.discard(interaction.user.id)
            log.error("cannot write feedback to %s: %s", self.feedback.path, exc)
            await _whisper(interaction, "Sorry, your vote could not be saved.")
            return
        log.info("feedback vote=%s refused=%s", vote, self.answer.refused)
        await _whisper(interaction, THANKS[vote])

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException:
            pass  # e.g. a slash-command reply whose interaction token has expired

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any]
    ) -> None:
        log.error("feedback button failed", exc_info=error)


async def _whisper(interaction: discord.Interaction[Any], text: str) -> None:
    await interaction.response.send_message(
        text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
    )
