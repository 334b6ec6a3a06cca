"""``run_bot(settings)``: read the token, set up logging, connect, stop cleanly on a signal.

The token comes only from the environment variable named by ``[discord].token_env``; it is
never logged (a logging filter masks it even if some library were to print it).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Mapping

import discord

from article_qa.config import Settings
from article_qa.errors import ArticleQAError, ConfigError
from bot.app import ArticleBot

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def read_token(settings: Settings, environ: Mapping[str, str] | None = None) -> str:
    """The bot token from the environment; ConfigError naming the variable when missing."""
    environ = os.environ if environ is None else environ
    name = settings.discord.token_env
    token = environ.get(name, "").strip()
    if not token:
        raise ConfigError(
            f"no Discord bot token: set the environment variable {name} to the bot's token "
            "(the variable's name is [discord].token_env)"
        )
    return token


class RedactToken(logging.Filter):
    """Replaces the token in every log record, whatever logged it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "[token]")
            record.args = None
        if record.exc_info and not record.exc_text:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = text.replace(self.token, "[token]")
        return True


def configure_logging(token: str, level: int = logging.INFO) -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def run_bot(
    settings: Settings, environ: Mapping[str, str] | None = None, sync: bool = False
) -> None:
    """Run the bot until SIGINT/SIGTERM. Raises ConfigError for a missing or rejected token."""
    token = read_token(settings, environ)
    handler = configure_logging(token)
    try:
        asyncio.run(serve(ArticleBot(settings, sync=sync), token))
    finally:
        logging.getLogger().removeHandler(handler)


async def serve(bot: ArticleBot, token: str) -> None:
    """Connect ``bot`` and keep it running until a stop signal; then close it."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        async with bot:
            running = asyncio.create_task(bot.start(token), name="article-qa-bot")
            stopping = asyncio.create_task(stop.wait(), name="article-qa-stop")
            await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if stopping.done():
                log.info("stop signal received: disconnecting")
                await bot.close()
            stopping.cancel()
            await running
    except discord.LoginFailure:
        raise ConfigError(
            f"Discord rejected the token in {bot.settings.discord.token_env}: "
            "copy a fresh one from the developer portal (Bot → Reset Token)"
        ) from None
    except discord.PrivilegedIntentsRequired:
        raise ConfigError(
            "[discord].mention_mode = true needs the Message Content intent: enable it in the "
            "developer portal (Bot → Privileged Gateway Intents) or set mention_mode = false"
        ) from None
    except OSError as exc:  # aiohttp's connection errors are OSErrors
        raise ArticleQAError(
            f"cannot reach Discord ({exc}): check the network connection"
        ) from None
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
    log.info("stopped")
