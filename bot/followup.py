"""Buttons that go on with a conversation: "Ask a follow-up" (a one-field form, so it works
without the privileged message-content intent) and, when the bot asks back, one button per
person it could mean."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord

AskFollowUp = Callable[[discord.Interaction[Any], str], Awaitable[None]]
"""Answers ``question`` as the next turn of the clicker's conversation, replying to the
interaction."""

FOLLOW_UP_LABEL = "Ask a follow-up"


class FollowUpForm(discord.ui.Modal, title=FOLLOW_UP_LABEL):
    """The one-field form the follow-up button opens."""

    def __init__(self, ask: AskFollowUp, limit: int) -> None:
        super().__init__()
        self.ask = ask
        self.question: discord.ui.TextInput[FollowUpForm] = discord.ui.TextInput(
            label="Your follow-up question",
            placeholder="e.g. What did he say about Russia?  Why?  more",
            max_length=min(limit, 4000),
        )
        self.add_item(self.question)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await self.ask(interaction, self.question.value)


class FollowUpButton(discord.ui.Button[Any]):
    def __init__(self, ask: AskFollowUp, limit: int) -> None:
        super().__init__(style=discord.ButtonStyle.primary, emoji="💬", label=FOLLOW_UP_LABEL)
        self.ask = ask
        self.limit = limit

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await interaction.response.send_modal(FollowUpForm(self.ask, self.limit))


class OptionButton(discord.ui.Button[Any]):
    """One answer to "Do you mean X or Y?": clicking it asks again meaning that person."""

    def __init__(self, ask: AskFollowUp, option: str) -> None:
        super().__init__(style=discord.ButtonStyle.secondary, label=option[:80])
        self.ask = ask
        self.option = option

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await self.ask(interaction, self.option)
