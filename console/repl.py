"""An interactive loop over the engine, for trying questions and watching retrieval."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from article_qa.errors import QuestionError
from console.render import answer_as_json, answer_as_text, history_as_text
from retrieval.conversation import Conversation
from retrieval.engine import Engine

HELP = """Type a question and press Enter; follow-ups ("what did he say about it?", "why?",
"and Stoltenberg?", "more") are read against the conversation so far. Commands:
  :new     start a new conversation
  :history show the conversation's turns and how each was understood
  :k N     show N excerpts per answer
  :json    toggle JSON output
  :help    this text
  :quit    leave (Ctrl-D works too)"""


class Repl:
    """Read a line, answer it, print it; ``:`` lines are commands."""

    def __init__(
        self,
        engine: Engine,
        read: Callable[[str], str] = input,
        out: TextIO | None = None,
        history: Path | None = None,
    ) -> None:
        self.engine = engine
        self.read = read
        self.out = out or sys.stdout  # looked up now: a test runner may have replaced it
        self.k = engine.settings.retrieval.top_k
        self.as_json = False
        self.history = history or engine.settings.index.path.parent / "repl_history"
        self.conversation = Conversation()

    def run(self) -> None:
        self._load_history()
        self._say(
            f"article-qa: {len(self.engine.snapshot.sentences)} sentences indexed. "
            "Ask a question, :help for commands, Ctrl-D to quit."
        )
        try:
            while True:
                try:
                    line = self.read("? ").strip()
                except EOFError:
                    self._say("")
                    return
                except KeyboardInterrupt:
                    self._say("")
                    continue
                if not line:
                    continue
                if line.startswith(":"):
                    if not self._command(line):
                        return
                    continue
                self._ask(line)
        finally:
            self._save_history()

    def _ask(self, question: str) -> None:
        try:
            reply = self.engine.converse(question, self.conversation, k=self.k)
        except QuestionError as exc:
            self._say(f"article-qa: {exc}")
            return
        self.conversation = reply.conversation
        answer = reply.answer
        self._say(answer_as_json(answer) if self.as_json else answer_as_text(answer, True))

    def _command(self, line: str) -> bool:
        """Run a ``:`` command; False means leave the loop."""
        name, _, argument = line.partition(" ")
        if name in (":quit", ":q", ":exit"):
            return False
        if name == ":help":
            self._say(HELP)
        elif name == ":new":
            self.conversation = Conversation()
            self._say("new conversation")
        elif name == ":history":
            self._say(history_as_text(self.conversation))
        elif name == ":json":
            self.as_json = not self.as_json
            self._say(f"JSON output {'on' if self.as_json else 'off'}")
        elif name == ":k":
            if argument.strip().isdigit() and 1 <= int(argument) <= 50:
                self.k = int(argument)
                self._say(f"showing {self.k} excerpts")
            else:
                self._say(":k takes a whole number from 1 to 50, e.g. :k 3")
        else:
            self._say(f"unknown command {name}: type :help")
        return True

    def _say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def _load_history(self) -> None:
        try:
            import readline

            readline.read_history_file(self.history)
        except (ImportError, OSError):
            pass

    def _save_history(self) -> None:
        try:
            import readline

            self.history.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(self.history)
        except (ImportError, OSError):
            pass
