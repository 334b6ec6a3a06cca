"""The bot's commands: /ask, /help, /stats, /reindex, and questions that mention the bot.

Every message goes out with ``AllowedMentions.none()``: quoted or echoed text never pings.

This module does not use ``from __future__ import annotations``: the /ask command is built per
bot (its length limit comes from the settings) and discord.py reads its annotations at runtime.
"""

import contextlib
import logging
import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from article_qa.errors import ArticleQAError, IndexMissing
from bot.asking import APOLOGY, Reply
from bot.conversations import Key
from bot.engines import ReindexRunning
from bot.feedback import FeedbackView
from bot.parts import BotParts
from bot.render import clip_content, render_notice
from retrieval import Answer

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
OPTION_MAX_LENGTH = 6000
"""Discord's own limit on a string option."""
DESCRIPTION = (
    "Answers questions about the indexed news articles with the articles' own words: "
    "verbatim excerpts, each with its paragraph and speaker. Ask with /ask."
)


def help_text(mention_mode: bool, question_limit: int, cooldown: float) -> str:
    lines = [
        "**Ask a question about the article** and get its own words back, cited.",
        "",
        "• `/ask question: What did Davutoglu say?`",
    ]
    if mention_mode:
        lines.append("• or mention me: `@article-qa what did Davutoglu say?`")
    lines += [
        "",
        "Each excerpt is quoted verbatim with its paragraph number, the speaker when the article "
        "says who said it, and the article's title (a link highlights the passage when the "
        "article has a web address). If the article doesn't say, I say so.",
        f"Questions can be up to {question_limit:,} characters"
        + (f"; one question every {cooldown:g} s per person." if cooldown > 0 else "."),
        "Use 👍/👎 under an answer to say whether it helped.",
        "",
        "`/stats` shows the index and answer times; `/reindex` (admins) rebuilds the index.",
    ]
    return "\n".join(lines)


def question_in(content: str, bot_id: int, role_id: int | None = None) -> str | None:
    """The question of a message that mentions the bot; None if it doesn't mention it.

    People often pick the bot's own role (``<@&role_id>``) when they type its name: that counts.
    """
    role = rf"|<@&{role_id}>" if role_id is not None else ""
    pattern = re.compile(rf"<@!?{bot_id}>{role}")
    if not pattern.search(content):
        return None
    return " ".join(pattern.sub(" ", content).split())


def conversation_key(user_id: int, channel_id: int | None) -> Key:
    """A conversation is one person's, in one channel or thread."""
    return Key(user_id, channel_id or 0)


def may_reindex(
    user: discord.User | discord.Member, permissions: discord.Permissions, role_ids: tuple[int, ...]
) -> bool:
    """Members with Manage Server (or Administrator), or with one of the admin roles."""
    if permissions.manage_guild or permissions.administrator:
        return True
    if isinstance(user, discord.Member):
        return any(role.id in role_ids for role in user.roles)
    return False


class QuestionsCog(commands.Cog):
    def __init__(self, bot: commands.Bot, parts: BotParts) -> None:
        self.bot = bot
        self.parts = parts
        self.settings = parts.settings
        limit = min(parts.settings.retrieval.max_question_chars, OPTION_MAX_LENGTH)
        self.ask_command = self._make_ask_command(limit)

    def _make_ask_command(self, limit: int) -> app_commands.Command[Any, ..., None]:
        @app_commands.command(name="ask", description="Ask about the article; get cited excerpts")
        @app_commands.describe(question="Your question, e.g. What did Davutoglu say?")
        async def ask(
            interaction: discord.Interaction[commands.Bot],
            question: app_commands.Range[str, 1, limit],
        ) -> None:
            await self.ask_slash(interaction, question)

        return ask

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_command, override=True)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_command.name)

    # -- asking -----------------------------------------------------------------------------

    async def ask_slash(
        self, interaction: discord.Interaction[commands.Bot], question: str
    ) -> None:
        """/ask: notices are ephemeral; the answer is public, with feedback buttons."""
        await self._ask(interaction, question, via="slash")

    async def ask_follow_up(self, interaction: discord.Interaction[Any], question: str) -> None:
        """A question from the follow-up form or an option button: the next turn of the
        clicker's conversation in this channel."""
        await self._ask(interaction, question, via="follow-up")

    async def _ask(self, interaction: discord.Interaction[Any], question: str, via: str) -> None:
        """A question asked through an interaction, as the next turn of the asker's
        conversation in that channel; a notice (cooldown, length) only they see."""
        notice = self.parts.asker.check(interaction.user.id, question)
        if notice is not None:
            await interaction.response.send_message(
                clip_content(notice), ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        await interaction.response.defer(thinking=True)
        key = conversation_key(interaction.user.id, interaction.channel_id)
        reply = await self.parts.asker.answer(question, via=via, key=key)
        await self._follow_up(interaction, reply, key)

    def _view(self, answer: Answer) -> FeedbackView:
        return FeedbackView(
            answer,
            self.parts.feedback,
            follow_up=self.ask_follow_up,
            question_limit=self.settings.retrieval.max_question_chars,
        )

    async def _follow_up(
        self, interaction: discord.Interaction[Any], reply: Reply, key: Key | None = None
    ) -> None:
        if reply.answer is None:
            await interaction.followup.send(
                clip_content(reply.text or APOLOGY), allowed_mentions=NO_PINGS
            )
            return
        view = self._view(reply.answer)
        view.message = await interaction.followup.send(
            embeds=list(reply.embeds), view=view, allowed_mentions=NO_PINGS, wait=True
        )
        if key is not None:
            self.parts.asker.conversations.remember(view.message.id, key)

    @commands.Cog.listener("on_message")
    async def ask_by_mention(self, message: discord.Message) -> None:
        """A message that mentions the bot is a question; the answer is a reply to it."""
        me = self.bot.user
        if not self.settings.discord.mention_mode or me is None or message.author.bot:
            return
        own_role = message.guild.self_role if message.guild else None
        question = question_in(message.content, me.id, own_role.id if own_role else None)
        if question is None:
            return
        notice = self.parts.asker.check(message.author.id, question)
        if notice is not None:
            await self._reply(message, Reply(text=notice))
            return
        # A reply to one of the bot's answers goes on with that answer's conversation.
        replied_to = message.reference.message_id if message.reference else None
        book = self.parts.asker.conversations
        key = (book.key_of(replied_to) if replied_to else None) or conversation_key(
            message.author.id, message.channel.id
        )
        async with contextlib.AsyncExitStack() as stack:
            with contextlib.suppress(discord.HTTPException):
                await stack.enter_async_context(message.channel.typing())
            reply = await self.parts.asker.answer(question, via="mention", key=key)
        await self._reply(message, reply, key)

    async def _reply(self, message: discord.Message, reply: Reply, key: Key | None = None) -> None:
        reference = message.to_reference(fail_if_not_exists=False)
        if reply.answer is None:
            await message.channel.send(
                clip_content(reply.text or APOLOGY), reference=reference, allowed_mentions=NO_PINGS
            )
            return
        view = self._view(reply.answer)
        view.message = await message.channel.send(
            embeds=list(reply.embeds), view=view, reference=reference, allowed_mentions=NO_PINGS
        )
        if key is not None:
            self.parts.asker.conversations.remember(view.message.id, key)

    # -- help and stats ---------------------------------------------------------------------

    @app_commands.command(name="help", description="How to ask article-qa questions")
    async def help(self, interaction: discord.Interaction[commands.Bot]) -> None:
        text = help_text(
            self.settings.discord.mention_mode,
            self.settings.retrieval.max_question_chars,
            self.settings.discord.cooldown_seconds,
        )
        await interaction.response.send_message(
            embed=render_notice(text), ephemeral=True, allowed_mentions=NO_PINGS
        )

    @app_commands.command(name="stats", description="Corpus, index size and answer times")
    async def stats(self, interaction: discord.Interaction[commands.Bot]) -> None:
        await interaction.response.send_message(
            embed=render_notice(await self.stats_text()), ephemeral=True, allowed_mentions=NO_PINGS
        )

    async def stats_text(self) -> str:
        lines = []
        try:
            snapshot = (await self.parts.engines.get()).snapshot
        except IndexMissing:
            lines.append("**Index:** none yet (an admin can run `/reindex`)")
        except ArticleQAError as exc:
            log.error("/stats cannot read the index: %s", exc)
            lines.append("**Index:** cannot be read right now (see the bot's log)")
        else:
            titles = sorted(snapshot.titles())
            names = ", ".join(title for _, title in titles[:10])
            more = f" and {len(titles) - 10} more" if len(titles) > 10 else ""
            lines.append(f"**Corpus:** {len(titles)} article(s): {names}{more}")
            lines.append(
                f"**Index:** {len(snapshot.passages):,} passages, "
                f"{len(snapshot.sentences):,} sentences (generation `{snapshot.generation}`)"
            )
        figures = self.parts.stats.summary()
        lines.append(
            f"**Questions since start:** {figures['questions']:.0f} "
            f"({figures['answered']:.0f} answered, {figures['refused']:.0f} refused, "
            f"{figures['failed']:.0f} failed)"
        )
        lines.append(
            f"**Answer time:** p50 {figures['p50_ms']:.0f} ms · p95 {figures['p95_ms']:.0f} ms"
            f" · max {figures['max_ms']:.0f} ms"
        )
        lines.append(f"**Up for:** {_duration(figures['uptime_s'])}")
        if self.parts.engines.reindexing:
            lines.append("**Rebuilding the index now.**")
        return "\n".join(lines)

    # -- admin ------------------------------------------------------------------------------

    @app_commands.command(name="reindex", description="Rebuild the index (Manage Server or admins)")
    @app_commands.guild_only()
    async def reindex(self, interaction: discord.Interaction[commands.Bot]) -> None:
        """Rebuild in the background; questions keep being answered from the old index."""
        roles = self.settings.discord.admin_role_ids
        if not may_reindex(interaction.user, interaction.permissions, roles):
            await interaction.response.send_message(
                "Only members with the Manage Server permission (or an admin role set in the "
                "bot's configuration) can rebuild the index.",
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        if self.parts.engines.reindexing:
            await self._whisper(interaction, "A rebuild is already running: wait for it to finish.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        log.info("reindex started by an admin")
        try:
            summary = await self.parts.engines.reindex()
        except ReindexRunning:
            text = "A rebuild is already running: wait for it to finish."
        except ArticleQAError as exc:
            log.error("reindex failed: %s", exc)
            text = f"The rebuild failed and the old index is still answering: {exc}"
        except Exception:
            log.exception("reindex failed")
            text = "The rebuild failed (see the bot's log); the old index is still answering."
        else:
            log.info("reindex done: %s", summary.line())
            text = (
                f"Rebuilt the index: {summary.passages:,} passages ({summary.sentences:,} "
                f"sentences) from {summary.documents} article(s) in {summary.seconds:.1f} s. "
                "Answers now come from the new index."
            )
        try:
            await interaction.followup.send(clip_content(text), allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:  # e.g. the 15-minute interaction token expired
            log.warning("could not report the rebuild to the admin (%s): %s", exc, text)

    async def _whisper(self, interaction: discord.Interaction[commands.Bot], text: str) -> None:
        await interaction.response.send_message(
            clip_content(text), ephemeral=True, allowed_mentions=NO_PINGS
        )


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s" if minutes else f"{secs} s"
