"""The command line, through click's runner: help everywhere, one-line errors, JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from article_qa.config import Settings
from console.cli import main
from tests.helpers import BUNDLED_ARTICLES


def run(
    *args: str, input: str | None = None, env: dict[str, str] | None = None
) -> click.testing.Result:
    return CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)


def index_env(settings: Settings) -> dict[str, str]:
    return {"ARTICLE_QA_INDEX": str(settings.index.path)}


def all_commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("command", all_commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert main.commands[command].help
    assert "Example" in result.output


def test_group_help_lists_the_commands() -> None:
    result = run("-h")
    assert result.exit_code == 0
    for command in ("index", "ask", "repl", "eval", "bot", "info"):
        assert command in result.output


def test_an_empty_question_is_refused_before_anything_loads(isolated: Path) -> None:
    # No index exists here: the question is refused first, so the error is about it.
    result = run("ask", "  \u200b ", env={"ARTICLE_QA_INDEX": str(isolated / "none")})
    assert result.exit_code == 2
    assert result.stderr.startswith("article-qa: the question is empty")


def test_control_characters_are_not_printed_back(bundled_index: Settings) -> None:
    result = run("ask", "What did Davutoglu\x07 say?\x08", env=index_env(bundled_index))
    assert result.exit_code == 0
    assert "\x07" not in result.stdout and "\x08" not in result.stdout
    assert result.stdout.startswith("Q: What did Davutoglu say?")


def test_ask_before_any_index_says_to_run_index(isolated: Path) -> None:
    result = run("ask", "What happened?", env={"ARTICLE_QA_INDEX": str(isolated / "none")})
    assert result.exit_code == 1
    assert "run `article-qa index`" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_ask_json_prints_one_object_per_question(bundled_index: Settings) -> None:
    questions = "What did Davutoglu say?\n\nWho won the 2014 World Cup?\n"
    result = run("ask", "--json", "-k", "3", input=questions, env=index_env(bundled_index))
    assert result.exit_code == 2, result.stderr  # the blank line is a question that failed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == [
        "What did Davutoglu say?",
        "",
        "Who won the 2014 World Cup?",
    ]
    assert lines[1]["error"].startswith("the question is empty")
    first = lines[0]
    assert first["refused"] is False and first["answers"]
    expected = {
        "quote",
        "source",
        "doc_id",
        "title",
        "paragraph",
        "start",
        "end",
        "score",
        "speaker",
    }
    assert expected <= set(first["answers"][0])
    for answer in first["answers"]:
        text = Path(answer["source"]).read_text(encoding="utf-8")
        assert Path(answer["source"]).is_absolute()
        assert text[answer["start"] : answer["end"]] == answer["quote"]
    assert lines[2]["refused"] is True and lines[2]["answers"] == []


def test_ask_text_output_quotes_each_excerpt(bundled_index: Settings) -> None:
    result = run("ask", "Who is NATO's Secretary-General?", env=index_env(bundled_index))
    assert result.exit_code == 0
    assert "paragraph" in result.stdout and "> " in result.stdout


@pytest.mark.parametrize("question", ["", "   ", "x" * 10_000])
def test_empty_or_huge_question_is_a_usage_error(bundled_index: Settings, question: str) -> None:
    result = run("ask", question, env=index_env(bundled_index))
    assert result.exit_code == 2
    assert result.stderr.startswith("article-qa: ") and len(result.stderr.splitlines()) == 1


def test_bad_config_is_one_line_and_exit_2(isolated: Path) -> None:
    (isolated / "config.toml").write_text("[chroma]\nmode = 'cloud'\n")
    result = run("info")
    assert result.exit_code == 2
    assert "[chroma].mode" in result.stderr and len(result.stderr.splitlines()) == 1


def test_unreachable_server_is_one_line_naming_host_and_port(isolated: Path) -> None:
    (isolated / "config.toml").write_text("[chroma]\nmode = 'server'\nport = 9\n")
    result = run("ask", "What happened?")
    assert result.exit_code == 1
    assert "127.0.0.1:9" in result.stderr and len(result.stderr.splitlines()) == 1


def test_info_prints_where_things_are(isolated: Path) -> None:
    result = run("info", env={"ARTICLE_QA_INDEX": str(isolated / "idx")})
    details = json.loads(result.stdout)
    assert details["index"] == str(isolated / "idx")
    assert details["generation"] is None


def test_repl_answers_and_obeys_commands(bundled_index: Settings) -> None:
    script = ":help\n:k 2\nWhat did Davutoglu say?\n:json\nWho is NATO's Secretary-General?\n:k x\n"
    result = run("repl", input=script, env=index_env(bundled_index))
    assert result.exit_code == 0
    out = result.stdout
    assert ":quit" in out  # the help text
    assert "showing 2 excerpts" in out
    assert "Ahmet Davutoglu" in out
    json_line = next(line for line in out.splitlines() if '{"question"' in line)
    answer = json.loads(json_line[json_line.index("{") :])
    assert 1 <= len(answer["answers"]) <= 2
    assert ":k takes a whole number" in out


def test_index_command_prints_a_summary(isolated: Path) -> None:
    env = {"ARTICLE_QA_INDEX": str(isolated / "idx")}
    result = run("index", "-q", str(BUNDLED_ARTICLES), env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("indexed 1 document(s) (1 added, 0 updated, 0 removed, ")
    again = run("index", "-q", "--if-missing", env=env)
    assert again.exit_code == 0 and again.stdout == ""


def test_eval_scores_a_question_set_and_reads_bot_feedback(
    bundled_index: Settings, isolated: Path
) -> None:
    questions = isolated / "q.jsonl"
    lines = [
        {
            "kind": "fact",
            "question": "Who is the president of Turkey?",
            "evidence": ["Turkish President Recep Tayyip Erdogan"],
        },
        {"kind": "unanswerable", "sub": "offtopic", "question": "How do I bake bread?"},
        {
            "vote": "up",
            "question": "Where could the NATO Response Force be sent?",
            "refused": False,
            "cited": [{"quote": "whether to the south or the east"}],
        },
        {"vote": "down", "question": "Ignored: a 👎 needs a person", "refused": False, "cited": []},
    ]
    questions.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run("eval", str(questions), "--json", env=index_env(bundled_index))
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["answerable"] == 2 and figures["hit@1"] == 1.0
    assert figures["refused_offtopic"] == "1/1"
    assert (
        figures["citations_verbatim"].split("/")[0] == figures["citations_verbatim"].split("/")[1]
    )


def test_eval_rejects_a_malformed_question_set(bundled_index: Settings, isolated: Path) -> None:
    bad = isolated / "bad.jsonl"
    bad.write_text('{"question": "no kind"}\n', encoding="utf-8")
    result = run("eval", str(bad), env=index_env(bundled_index))
    assert result.exit_code == 2 and "needs at least 'kind'" in result.stderr


def test_control_characters_of_an_article_are_not_printed(isolated: Path) -> None:
    article = isolated / "bell.txt"
    article.write_bytes(
        b"Chancellor Maria Lindqvist said the talks\x07 would resume\x1b[31m soon.\n"
    )
    env = {"ARTICLE_QA_INDEX": str(isolated / "idx")}
    assert run("index", "-q", str(article), env=env).exit_code == 0
    result = run("ask", "What did Lindqvist say?", env=env)
    assert result.exit_code == 0
    assert "\x07" not in result.stdout and "\x1b" not in result.stdout
    assert "would resume" in result.stdout
