"""Starting and stopping the bot: the token, logging, signals (no connection is ever made)."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import signal
from pathlib import Path

import discord
import pytest
from click.testing import CliRunner

from article_qa.errors import ArticleQAError, ConfigError
from bot import create_bot, run_bot
from bot.runner import RedactToken, read_token, serve
from console.cli import main
from tests.helpers import settings_for

TOKEN = "MTIzNDU2Nzg5.fake.token-value"


def test_missing_token_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["bot"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "article-qa: no Discord bot token: set the environment variable DISCORD_TOKEN "
        "to the bot's token (the variable's name is [discord].token_env)"
    ]


def test_the_token_variable_is_configurable(tmp_path: Path) -> None:
    settings = settings_for(tmp_path / "index", discord={"token_env": "AQA_BOT_TOKEN"})
    with pytest.raises(ConfigError, match="AQA_BOT_TOKEN") as raised:
        run_bot(settings, environ={"DISCORD_TOKEN": TOKEN, "AQA_BOT_TOKEN": "  "})
    assert raised.value.exit_code == 2
    assert read_token(settings, {"AQA_BOT_TOKEN": f" {TOKEN}\n"}) == TOKEN


def test_the_token_never_reaches_the_log() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(TOKEN))
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    try:
        log.warning("connecting with %s", TOKEN)
        try:
            raise RuntimeError(f"bad header Authorization: Bot {TOKEN}")
        except RuntimeError:
            log.exception("request failed")
    finally:
        log.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output
    assert "connecting with [token]" in output and "Bot [token]" in output


async def test_a_stop_signal_closes_the_bot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = create_bot(settings_for(tmp_path / "index"))
    connected, closed = asyncio.Event(), asyncio.Event()

    async def start(token: str) -> None:  # stands in for login + gateway connection
        assert token == TOKEN
        connected.set()
        await closed.wait()

    async def close() -> None:
        closed.set()

    monkeypatch.setattr(bot, "start", start)
    monkeypatch.setattr(bot, "close", close)
    serving = asyncio.create_task(serve(bot, TOKEN))
    await asyncio.wait_for(connected.wait(), 5)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(serving, 5)
    assert closed.is_set()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (discord.LoginFailure("Improper token has been passed."), "rejected the token"),
        (discord.PrivilegedIntentsRequired(None), "Message Content intent"),
        (ConnectionRefusedError(111, "Connection refused"), "cannot reach Discord"),
    ],
)
async def test_connection_failures_become_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception, message: str
) -> None:
    bot = create_bot(settings_for(tmp_path / "index"))

    async def start(token: str) -> None:
        raise error

    monkeypatch.setattr(bot, "start", start)
    with pytest.raises(ArticleQAError, match=message) as raised:
        await serve(bot, TOKEN)
    assert raised.value.exit_code == (1 if isinstance(error, OSError) else 2)
