"""The ``article-qa`` command line: index, ask, repl, eval, bot, info, model.

The commands only parse arguments and format results; the work is done by ``index`` and
``retrieval``. Domain errors become one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from article_qa import __version__
from article_qa.config import Settings, load_settings
from article_qa.errors import ArticleQAError

if TYPE_CHECKING:
    from retrieval.engine import Engine

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Turn domain errors into ``article-qa: message`` and their exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ArticleQAError as exc:
            click.echo(f"article-qa: {one_line(str(exc))}", err=True)
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def one_line(message: str) -> str:
    """A message on one line, whatever a file name in it holds."""
    return message.replace("\r", "\\r").replace("\n", "\\n")


def settings_from(ctx: click.Context) -> Settings:
    """Load the configuration named on the group (once per invocation)."""
    obj = ctx.ensure_object(dict)
    if "settings" not in obj:
        obj["settings"] = load_settings(obj.get("config_path"))
    settings: Settings = obj["settings"]
    return settings


@click.group(name="article-qa", context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Configuration file (default: $ARTICLE_QA_CONFIG, else ./config.toml, else defaults).",
)
@click.version_option(__version__, prog_name="article-qa")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None) -> None:
    """Answer questions about news articles with cited, verbatim excerpts.

    \b
    Example:
      article-qa index
      article-qa ask "What did Davutoglu say?"
    """
    ctx.ensure_object(dict)["config_path"] = config_path


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--if-missing", is_flag=True, help="Do nothing when an index already exists.")
@click.option("--full", is_flag=True, help="Re-embed every article, changed or not.")
@click.option("--check", is_flag=True, help="Say whether the live index is sound; change nothing.")
@click.pass_context
@reports_errors
def index(
    ctx: click.Context,
    paths: tuple[Path, ...],
    quiet: bool,
    if_missing: bool,
    full: bool,
    check: bool,
) -> None:
    """Build or update the index from articles (PATHs override [corpus].paths).

    Only new and changed articles are embedded; articles no longer there are dropped.
    The new index replaces the old one only once it is complete. A lost or damaged pointer
    to the live index is repaired by pointing back at the newest complete generation.

    \b
    Example:
      article-qa index data/articles
      article-qa index --check
    """
    from article_qa import store
    from index import build_index

    settings = settings_from(ctx)
    if check:
        health = store.check(settings)
        click.echo(
            health.message if health.sound else f"article-qa: {health.message}",
            err=not health.sound,
        )
        sys.exit(0 if health.sound else 1)
    if if_missing and store.current_generation_name(settings) is not None:
        return
    summary = build_index(
        settings, [p.resolve() for p in paths] or None, progress=not quiet, full=full
    )
    click.echo(summary.line())


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per question, per line.")
@click.option("-k", "k", type=click.IntRange(1, 50), help="How many excerpts (default: top_k).")
@click.option(
    "--conversation",
    is_flag=True,
    help="Read standard input as a conversation: each line a turn, an empty line starts anew.",
)
@click.pass_context
@reports_errors
def ask(
    ctx: click.Context, question: str | None, as_json: bool, k: int | None, conversation: bool
) -> None:
    """Answer QUESTION, or each line of standard input when QUESTION is left out.

    \b
    Example:
      article-qa ask "What did Davutoglu say?"
      printf 'Who is NATO chief?\\nWhat did Turkey do?\\n' | article-qa ask --json
      printf 'What did Davutoglu say?\\nWhy?\\n' | article-qa ask --conversation --json
    """
    from article_qa.errors import QuestionError
    from article_qa.questions import checked_question
    from console.render import answer_as_json, answer_as_text
    from retrieval import Engine

    settings = settings_from(ctx)
    if conversation:
        if question is not None:
            raise click.UsageError("--conversation reads its turns from standard input")
        _converse(Engine(settings), sys.stdin, as_json, k)
        return
    if question is not None:  # checked before the model and the index load
        question = checked_question(question, settings.retrieval.max_question_chars)
        answer = Engine(settings).answer(question, k=k)
        click.echo(answer_as_json(answer) if as_json else answer_as_text(answer))
        return
    engine = Engine(settings)
    failed = False
    for line in sys.stdin:  # one output per input line, always: answers stay aligned
        text = line.rstrip("\r\n")
        try:
            answer = engine.answer(text, k=k)
        except QuestionError as exc:
            failed = True
            _echo_error(text, str(exc), as_json)
            continue
        click.echo(answer_as_json(answer) if as_json else answer_as_text(answer))
    if failed:
        sys.exit(QuestionError.exit_code)


def _echo_error(question: str, message: str, as_json: bool) -> None:
    """A rejected line of a batch, in its place among the answers."""
    if as_json:
        click.echo(
            json.dumps({"question": question, "error": one_line(message)}, ensure_ascii=False)
        )
    else:
        click.echo(f"article-qa: {one_line(message)}")


def _converse(engine: Engine, lines: Iterable[str], as_json: bool, k: int | None) -> None:
    """``ask --conversation``: one answer per non-empty line, even for a bad one, so that
    answers stay aligned with questions; an empty line starts a new conversation."""
    from article_qa.errors import QuestionError
    from console.render import answer_as_json, answer_as_text
    from retrieval.conversation import Conversation

    state = Conversation()
    failed = False
    for line in lines:
        text = line.strip()
        if not text:
            state = Conversation()
            continue
        try:
            reply = engine.converse(text, state, k=k)
        except QuestionError as exc:
            failed = True
            _echo_error(text, str(exc), as_json)
            continue
        state = reply.conversation
        click.echo(answer_as_json(reply.answer) if as_json else answer_as_text(reply.answer))
    if failed:
        sys.exit(QuestionError.exit_code)


@main.command()
@click.pass_context
@reports_errors
def repl(ctx: click.Context) -> None:
    """Ask questions interactively (type :help for commands, Ctrl-D to leave).

    \b
    Example:
      article-qa repl
    """
    from console.repl import Repl
    from retrieval import Engine

    Repl(Engine(settings_from(ctx))).run()


@main.command("eval")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--docs",
    "docs",
    multiple=True,
    type=click.Path(path_type=Path, exists=True),
    help="Articles to index for this evaluation (default: docs/ beside FILE, else the index).",
)
@click.option("--dev", is_flag=True, help="Run the project's development sets (data/eval).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--misses", is_flag=True, help="Also list the questions answered wrongly.")
@click.pass_context
@reports_errors
def evaluate(
    ctx: click.Context,
    files: tuple[Path, ...],
    docs: tuple[Path, ...],
    dev: bool,
    as_json: bool,
    misses: bool,
) -> None:
    """Score answers on question sets (JSONL: fact, span, speaker, unanswerable).

    \b
    Example:
      article-qa eval --dev
      article-qa eval my_questions.jsonl --docs my_articles/
    """
    from evaluation.report import format_report
    from evaluation.runs import EvalRun, Scored, dev_runs, run_all, run_conversations

    runs = [EvalRun(path, docs or _docs_beside(path)) for path in files]
    if dev:
        runs.extend(dev_runs())
    if not runs:
        raise click.UsageError("give a question set FILE or --dev")
    settings = settings_from(ctx)
    reports: list[Scored] = list(run_all(settings, runs))
    if dev:
        reports.extend(run_conversations(settings))
    for report in reports:
        figures = report.figures()
        if as_json:
            if misses:
                figures["misses"] = report.misses
            click.echo(json.dumps(figures, ensure_ascii=False))
            continue
        click.echo(format_report(figures))
        if misses:
            for miss in report.misses:
                click.echo(f"  miss: {json.dumps(miss, ensure_ascii=False)}")
        click.echo()


def _docs_beside(path: Path) -> tuple[Path, ...]:
    folder = path.parent / "docs"
    return (folder,) if folder.is_dir() else ()


@main.command()
@click.pass_context
@reports_errors
def info(ctx: click.Context) -> None:
    """Show where the configuration, corpus and index are.

    \b
    Example:
      article-qa info
    """
    from article_qa import store

    settings = settings_from(ctx)
    details = {
        "config": str(settings.source) if settings.source else "(built-in defaults)",
        "corpus": [str(p) for p in settings.corpus.paths],
        "index": str(settings.index.path),
        "generation": store.current_generation_name(settings),
        "chroma_mode": settings.chroma.mode,
    }
    click.echo(json.dumps(details, indent=2))


@main.command()
@click.pass_context
@reports_errors
def model(ctx: click.Context) -> None:
    """Make the embedding model ready and say what makes the vectors.

    With the onnx backend, the first run exports the installed model to ONNX into
    [embedding].cache (a few seconds; `make setup` does it); later runs find it there.

    \b
    Example:
      article-qa model
    """
    from article_qa.embedders import load_embedder

    settings = settings_from(ctx).embedding
    embedder = load_embedder(settings)
    click.echo(embedder.vector_space)
    if settings.backend == "onnx":
        click.echo(f"ONNX export kept in {settings.cache}")


@main.command()
@click.option("--sync", is_flag=True, help="Register the slash commands with Discord first.")
@click.pass_context
@reports_errors
def bot(ctx: click.Context, sync: bool) -> None:
    """Run the Discord bot (the token comes from $DISCORD_TOKEN, see [discord].token_env).

    Slash commands are registered with Discord only with --sync: once after installing or
    upgrading, or after changing [discord].dev_guild_id.

    \b
    Example:
      DISCORD_TOKEN=... article-qa bot --sync   # the first time
      DISCORD_TOKEN=... article-qa bot
    """
    from bot import run_bot

    run_bot(settings_from(ctx), sync=sync)
