"""The ``commands.Bot`` subclass: gets its dependencies in its constructor, connects nothing.

``setup_hook`` (run by discord.py after login) adds the cog, syncs the slash commands (to the
development guild only, instantly, when ``[discord].dev_guild_id`` is set; globally otherwise,
which Discord may take up to an hour to show) and opens the index in the background.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from article_qa.config import Settings
from article_qa.errors import ConfigError
from bot.asking import APOLOGY, Asker
from bot.cog import DESCRIPTION, NO_PINGS, QuestionsCog
from bot.cooldown import Cooldown
from bot.engines import AnswerEngine, Builder, EngineFactory, Engines, build_quietly, open_engine
from bot.feedback import FeedbackLog
from bot.parts import BotParts
from bot.stats import AnswerStats

log = logging.getLogger(__name__)


class Tree(app_commands.CommandTree["ArticleBot"]):
    async def on_error(
        self, interaction: discord.Interaction[ArticleBot], error: app_commands.AppCommandError, /
    ) -> None:
        """A failing command is logged with its traceback; the user gets a short apology."""
        name = interaction.command.qualified_name if interaction.command else "?"
        log.error("/%s failed", name, exc_info=error)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(APOLOGY, ephemeral=True, allowed_mentions=NO_PINGS)
            else:
                await interaction.response.send_message(
                    APOLOGY, ephemeral=True, allowed_mentions=NO_PINGS
                )
        except discord.HTTPException:
            log.warning("could not send the apology for /%s", name)


class ArticleBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        *,
        engine: AnswerEngine | None = None,
        engine_factory: EngineFactory = open_engine,
        builder: Builder = build_quietly,
        clock: Callable[[], float] = time.monotonic,
        feedback: FeedbackLog | None = None,
        sync: bool = False,
    ) -> None:
        # A text-only bot: don't warn at startup that voice libraries are missing.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        intents = discord.Intents.default()
        # Privileged: only asked for when mention mode is on (and enabled in the portal).
        intents.message_content = settings.discord.mention_mode
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            description=DESCRIPTION,
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=Tree,
        )
        self.settings = settings
        self.engines = Engines(settings, engine_factory, builder, engine)
        self.stats = AnswerStats(clock)
        self.cooldown = Cooldown(settings.discord.cooldown_seconds, clock)
        self.feedback = feedback or FeedbackLog(settings.discord.feedback_path)
        self.asker = Asker(settings, self.engines, self.cooldown, self.stats)
        self._background: set[asyncio.Task[Any]] = set()
        self.sync_on_start = sync
        """Register the slash commands with Discord at start (``article-qa bot --sync``)."""

    async def add_parts(self) -> None:
        """Add the commands and the mention listener (without syncing anything to Discord)."""
        parts = BotParts(self.settings, self.asker, self.engines, self.stats, self.feedback)
        await self.add_cog(QuestionsCog(self, parts))

    async def setup_hook(self) -> None:
        await self.add_parts()
        if self.sync_on_start:  # only when asked: Discord rate-limits command registration
            await self.sync_commands()
        task = asyncio.create_task(self.engines.preload(), name="article-qa-preload")
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        guild_id = self.settings.discord.dev_guild_id
        if guild_id is None:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (may take up to an hour)", len(synced))
            return synced
        guild = discord.Object(id=guild_id)
        self.tree.copy_global_to(guild=guild)
        try:
            synced = await self.tree.sync(guild=guild)
        except discord.Forbidden:
            raise ConfigError(
                f"[discord].dev_guild_id = {guild_id}: cannot add the slash commands to that "
                "server; invite the bot there with the applications.commands scope, or fix the id"
            ) from None
        log.info("synced %d slash commands to development guild %d", len(synced), guild_id)
        return synced

    async def close(self) -> None:
        """Disconnect from Discord, then release the index."""
        await super().close()
        await self.engines.close()

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: mentions are handled by the cog's listener."""

    async def on_ready(self) -> None:
        user = self.user
        log.info(
            "connected as %s (id %s) to %d server(s); mention mode %s",
            user,
            user.id if user else "?",
            len(self.guilds),
            "on" if self.settings.discord.mention_mode else "off",
        )
