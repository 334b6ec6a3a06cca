"""Hostile input: whatever the question or the article, article-qa answers verbatim or says no
in one line, and a rejected article leaves the live index exactly as it was.

Questions: arbitrary Unicode, control, zero-width and right-to-left characters, huge and empty
questions, asked of ``Engine.answer`` and of ``article-qa ask``. Articles: arbitrary text and
bytes, invalid UTF-8, binary files, a 50 MB file, empty and whitespace-only files, front matter
alone, hostile HTML. An accepted article must give verbatim citations; a rejected one must be a
``CorpusError`` (one line, exit code 2 from the CLI) with the previous generation still live and
answering as before.
"""

from __future__ import annotations

import atexit
import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from article_qa.config import Settings
from article_qa.errors import CorpusError, QuestionError
from index import build_index
from index.corpus import read_corpus
from retrieval import Engine
from retrieval.types import Answer
from tests.helpers import BUNDLED_ARTICLE, settings_for
from tests.robustness_support import (
    PROBE_QUESTIONS,
    article_qa_command,
    assert_clean_exit,
    assert_one_line_error,
    assert_verbatim,
    assert_verbatim_json,
    citations_of,
    cli,
    json_lines,
    live_generation,
    subprocess_env,
)

# -- strategies -----------------------------------------------------------------------------

INVISIBLE = list("\u200b\u200c\u200d\u2060\u00ad\u180e\u034f")
BIDI = list("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROL = [chr(c) for c in (*range(0x01, 0x20), 0x7F, *range(0x80, 0xA0))]
ODD = [
    "\x00",
    "\ufeff",
    "\u0301\u0301\u0301",
    "\ufffd",
    "\uffff",
    "\U0010ffff",
    "\U000e0041",
    "\U0001f600",
    "\U0001f469\u200d\U0001f4bb",
    "ǅ",
    "ﬁ",
    "İ",
    "ß",
    "\u3000",
    "مرحبا بالعالم",
    "שלום עולם",
    "中文新闻",
]
WORDS = [
    "What did Davutoglu say?",
    "Who is NATO's Secretary-General?",
    "what did ",
    " say",
    " said ",
    " about ",
    "Stoltenberg",
    "Ahmet Davutoğlu",
    "Turkey",
    "Russia",
    "’s statements",
    "the prime minister",
    "«",
    "»",
    "“",
    "”",
    '"',
    "'",
    "?",
    " ",
    "\t",
    "\n",
    "\r\n",
]
any_character = st.characters(codec="utf-8")
"""Every code point but the surrogates, which UTF-8 cannot encode (they get their own tests)."""
pieces = st.one_of(
    st.text(any_character, max_size=12),
    st.sampled_from(INVISIBLE + BIDI + CONTROL + ODD + WORDS),
)
short_texts = st.lists(pieces, max_size=25).map("".join)
huge_texts = st.builds(
    lambda piece, times: piece * times, pieces.filter(bool), st.integers(10_000, 12_000)
)
questions = st.one_of(
    short_texts,
    huge_texts,
    st.sampled_from(["", " ", "\n\t\r", "\u3000\u2028\x85"]),
)

HYPOTHESIS = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""No deadline (the model is real), no example database left in the working tree."""


def examples(count: int) -> settings:
    return settings(HYPOTHESIS, max_examples=count)


HYPOTHESIS_HOME = Path(tempfile.mkdtemp(prefix="article-qa-hypothesis-"))
"""Hypothesis's caches (constants, Unicode tables) go here, not into the repository: set at
import, because Hypothesis writes its constants cache while pytest collects."""
set_hypothesis_home_dir(HYPOTHESIS_HOME)
atexit.register(shutil.rmtree, HYPOTHESIS_HOME, ignore_errors=True)


def answer_or_question_error(engine: Engine, question: str, k: int | None = None) -> Answer | None:
    """The engine's answer, checked verbatim; None if it rejected the question in one line."""
    try:
        answer = engine.answer(question, k=k)
    except QuestionError as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    assert_verbatim(answer)
    return answer


# -- questions to the engine ------------------------------------------------------------------


@examples(30)
@given(question=questions, k=st.none() | st.integers(1, 50))
@example(question="", k=None)
@example(question="x" * 10_000, k=None)
@example(question="\u200b" * 10_000, k=None)
@example(question="\u202eWhat did Davutoglu say?\u202c", k=3)
@example(question="What did \x00Davutoglu\x07 say about \x1b[31mRussia?", k=None)
@example(question="\U0001f600" * 300, k=50)
@example(question="Who is " + "NATO's " * 140 + "Secretary-General?", k=1)
def test_engine_answers_any_question_verbatim_or_rejects_it(
    engine: Engine, question: str, k: int | None
) -> None:
    answer_or_question_error(engine, question, k)


@pytest.mark.parametrize(
    "question",
    ["\udcff", "caf\udce9 Davutoglu?", "What did Davutoglu say\udcff?", "\ud800 NATO"],
    ids=["lone-surrogate", "undecodable-byte", "speaker-question", "high-surrogate"],
)
def test_engine_handles_lone_surrogates(engine: Engine, question: str) -> None:
    answer_or_question_error(engine, question)


def cited(engine: Engine, question: str) -> tuple[object, ...]:
    answer = engine.answer(question)
    assert_verbatim(answer)
    return citations_of(answer)


@pytest.mark.parametrize(
    ("hostile", "plain"),
    [
        ("What did Davu\u200btoglu say?", "What did Davutoglu say?"),
        ("What did Davutoglu\u2060 say?", "What did Davutoglu say?"),
        ("\u200fWho is NATO's Secretary-General?", "Who is NATO's Secretary-General?"),
        ("Who is NATO\u200b's Secre\u00adtary-General?", "Who is NATO's Secretary-General?"),
        ("What did\u00a0Davutoglu\u3000say?", "What did Davutoglu say?"),
        ("What did\tDavutoglu\r\nsay?", "What did Davutoglu say?"),
        ("WHAT DID DAVUTOĞLU SAY?", "What did Davutoglu say?"),
    ],
)
def test_invisible_and_spacing_characters_do_not_change_the_answer(
    engine: Engine, hostile: str, plain: str
) -> None:
    assert cited(engine, hostile) == cited(engine, plain)


@pytest.mark.parametrize(
    ("hostile", "plain"),
    [
        ("\ufeffWhat did Davutoglu say?", "What did Davutoglu say?"),
        ("\u200bWhat did Davutoglu say?", "What did Davutoglu say?"),
        ("\u202bWhat did Davutoglu say?\u202c", "What did Davutoglu say?"),
        ("What did\u200b Davutoglu say?", "What did Davutoglu say?"),
    ],
    ids=["byte-order-mark", "zero-width-space", "rtl-embedding", "zero-width-after-verb"],
)
def test_format_characters_do_not_hide_a_speaker_question(
    engine: Engine, hostile: str, plain: str
) -> None:
    assert cited(engine, hostile) == cited(engine, plain)


@pytest.mark.parametrize(
    "name", ["\u200b", "\u2060\u2060", "\u0301", "\u202e"], ids=["zwsp", "wj", "combining", "rlo"]
)
def test_an_invisible_name_is_nobody(engine: Engine, name: str) -> None:
    answer = engine.answer(f"What did {name} say?")
    assert_verbatim(answer)
    assert answer.refused or citations_of(answer) == cited(engine, "What did say?"), answer


# -- questions to the command line ---------------------------------------------------------------


def index_of(settings: Settings) -> Path:
    return settings.index.path


@examples(12)
@given(question=questions, as_json=st.booleans())
@example(question="", as_json=False)
@example(question="\u202e" + "y" * 10_000, as_json=True)
@example(question="-k 3 --json", as_json=False)
def test_ask_answers_any_question_or_fails_in_one_line(
    bundled_index: Settings, question: str, as_json: bool
) -> None:
    options = ["--json"] if as_json else []
    result = cli("ask", *options, "--", question, index=index_of(bundled_index))
    assert_clean_exit(result)
    if result.exit_code == 2:
        assert_one_line_error(result.stderr)
        assert result.stdout == ""
        return
    assert result.stderr == ""
    if as_json:
        [payload] = json_lines(result.stdout)
        assert_verbatim_json(payload)
    else:
        assert result.stdout.startswith("Q: ")


def stdin_lines(data: str) -> list[str]:
    """The lines ``ask`` reads from ``data`` on standard input (blank ones too)."""
    return list(io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8"))


def one_line(text: str) -> str:
    """``text`` with the characters that end a line on standard input made spaces."""
    return text.replace("\r", " ").replace("\n", " ")


@examples(6)
@given(lines=st.lists(st.one_of(short_texts, huge_texts.map(one_line)), min_size=1, max_size=6))
def test_ask_reads_any_lines_from_stdin(bundled_index: Settings, lines: list[str]) -> None:
    data = "\n".join(lines) + "\n"
    result = cli("ask", "--json", input=data, index=index_of(bundled_index))
    assert_clean_exit(result)
    answered = json_lines(result.stdout)
    failed = [payload for payload in answered if "error" in payload]
    for payload in answered:
        if "error" not in payload:
            assert_verbatim_json(payload)
    assert result.stderr == ""
    assert len(answered) == len(stdin_lines(data))  # one object per line: still aligned
    assert result.exit_code == (2 if failed else 0)


@pytest.mark.slow
def test_ask_with_undecodable_bytes_on_stdin(bundled_index: Settings, isolated: Path) -> None:
    data = b"What did Davutoglu say?\n\xff\xfe caf\xe9?\nWho is NATO's Secretary-General?\n"
    done = subprocess.run(
        article_qa_command("ask", "--json"),
        input=data,
        capture_output=True,
        env=subprocess_env(index_of(bundled_index)),
        cwd=isolated,
        timeout=300,
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert done.returncode in (0, 2), stderr
    assert all(line.startswith("article-qa: ") for line in stderr.splitlines()), stderr
    answered = json_lines(done.stdout.decode("utf-8", "surrogateescape"))
    assert len(answered) >= 2
    for payload in answered:
        assert_verbatim_json(payload)


# -- articles ---------------------------------------------------------------------------------

ARTICLE_PROBES = PROBE_QUESTIONS[:2]


@dataclass
class LiveIndex:
    """An index of the bundled article that hostile articles are thrown at."""

    settings: Settings
    engine: Engine
    folder: Path
    count: int = 0
    answers: dict[str, dict[str, object]] = field(default_factory=dict)

    def article(self, name: str, content: bytes) -> Path:
        """Write ``content`` to a fresh folder (so every file gets a path of its own)."""
        self.count += 1
        folder = self.folder / f"case-{self.count}"
        folder.mkdir()
        path = folder / name
        path.write_bytes(content)
        return path

    def probe(self) -> tuple[str, dict[str, object]]:
        """The live generation and what it answers to ARTICLE_PROBES."""
        self.engine.refresh(force=True)
        generation = self.engine.snapshot.generation
        if generation not in self.answers:
            self.answers[generation] = {
                q: citations_of(self.engine.answer(q)) for q in ARTICLE_PROBES
            }
        return generation, self.answers[generation]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveIndex]:
    root = tmp_path_factory.mktemp("hostile-articles")
    settings = settings_for(root / "index")
    build_index(settings, [BUNDLED_ARTICLE], progress=False)
    engine = Engine(settings)
    yield LiveIndex(settings, engine, root)
    engine.close()


def fresh_answers(settings: Settings) -> dict[str, object]:
    """A new engine's answers (so nothing cached in memory hides a damaged store)."""
    engine = Engine(settings)
    try:
        return {q: citations_of(engine.answer(q)) for q in ARTICLE_PROBES}
    finally:
        engine.close()


def index_articles(live: LiveIndex, paths: list[Path]) -> dict[Path, str]:
    """Index ``paths`` beside the bundled article; return the rejected ones' messages.

    A rejected article must be a one-line CorpusError naming the file, and leave the live
    generation in place, answering exactly as before. The accepted ones are then indexed
    together, and every answer, from them or from the bundled article, must be verbatim.
    """
    settings = live.settings
    generation, before = live.probe()
    rejected: dict[Path, str] = {}
    for path in paths:
        try:
            read_corpus([path])  # what `index` does first: the cheap way to find the bad ones
            continue
        except CorpusError:
            pass
        with pytest.raises(CorpusError) as caught:
            build_index(settings, [BUNDLED_ARTICLE, path], progress=False)
        message = str(caught.value)
        assert "\n" not in message and str(path) in message, message
        rejected[path] = message
    if rejected:
        assert live_generation(settings) == generation
        assert fresh_answers(settings) == before
    accepted = [path for path in paths if path not in rejected]
    if accepted:
        build_index(settings, [BUNDLED_ARTICLE, *accepted], progress=False)
        assert live_generation(settings) != generation
        assert live.engine.refresh(force=True)
        asked = [*ARTICLE_PROBES, *(path.read_bytes().decode()[:200] for path in accepted)]
        for question in asked:
            answer_or_question_error(live.engine, question)
    return rejected


def front_matter(title: str) -> str:
    return f"---\ntitle: {title}\nurl: https://example.org/{title[:20]}\n---\n"


paragraphs = st.lists(short_texts, min_size=1, max_size=6).map("\n\n".join)
article_texts = st.one_of(
    paragraphs,
    st.tuples(st.text(any_character, max_size=30), paragraphs).map(
        lambda parts: front_matter(parts[0].replace("\n", " ")) + parts[1]
    ),
)


@examples(4)
@given(
    articles=st.lists(
        st.tuples(article_texts, st.sampled_from([".txt", ".md"])), min_size=1, max_size=3
    )
)
def test_any_article_text_is_indexed_verbatim_or_rejected(
    live: LiveIndex, articles: list[tuple[str, str]]
) -> None:
    paths = [live.article(f"hostile{suffix}", text.encode()) for text, suffix in articles]
    index_articles(live, paths)


@examples(6)
@given(contents=st.lists(st.binary(max_size=2000), min_size=1, max_size=4))
def test_any_bytes_are_indexed_verbatim_or_rejected(live: LiveIndex, contents: list[bytes]) -> None:
    index_articles(live, [live.article("bytes.txt", content) for content in contents])


ARTICLES_REJECTED = {
    "empty": (b"", "is empty"),
    "whitespace": (" \n\t\r\n\x0b\x0c\u3000\u2028\u2029\x85\x1c\n".encode(), "is empty"),
    "front matter only": (b"---\ntitle: Nothing here\nurl: https://example.org\n---\n", "is empty"),
    "front matter and blanks": (b"---\ntitle: x\n---\n\n \t\n", "is empty"),
    "latin-1": ("Caf\xe9 cr\xe8me, said M\xfcller.".encode("latin-1"), "not valid UTF-8"),
    "overlong utf-8": (b"slash \xc0\xaf here", "not valid UTF-8"),
    "encoded surrogate": (b"cesu \xed\xa0\x80\xed\xb0\x80 text", "not valid UTF-8"),
    "truncated utf-8": ("Davutoğlu".encode()[:-3], "not valid UTF-8"),
    "utf-16 without a byte-order mark": ("NATO met.".encode("utf-16-le"), "not a text file"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a PNG image"),
    "pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF document, not a text"),
    "docx": (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "convert it to text first"),
    "high bytes": (bytes(range(1, 256)), "not valid UTF-8"),
}


def test_bad_articles_are_rejected_and_the_live_index_survives(live: LiveIndex) -> None:
    paths = {
        case: live.article("bad.txt", content) for case, (content, _) in ARTICLES_REJECTED.items()
    }
    rejected = index_articles(live, list(paths.values()))
    for case, path in paths.items():
        assert ARTICLES_REJECTED[case][1] in rejected.get(path, "(accepted)"), case


ARTICLES_ACCEPTED = {
    "zero-width only.txt": "\u200b\u200c\u200d\u2060".encode(),
    "right-to-left.txt": (
        "\u202eقال الوزير «نحن مستعدون للحوار».\u202c\n\nאמר השר: ״אנחנו מוכנים״.\n"
    ).encode(),
    "control characters.txt": b"Alpha beta.\x0b\x0c\x1b[31m Gamma.\x7f delta.\n\nEpsilon\x07 zeta.",
    "unicode line breaks.txt": "Line one.\u2028Line two, said Bob.\u2029Third.\x85Fourth.".encode(),
    "crlf.txt": b'First paragraph, said Ann.\r\n\r\nSecond "quoted" part, said Bob.\r\n',
    "cr only.txt": b"First paragraph, said Ann.\r\rSecond part, said Bob.\r",
    "punctuation only.txt": '....!!!???\n\n"""\n\n“'.encode(),
    "combining marks.txt": ("e" + "\u0301" * 200 + " said Zalgo.").encode(),
    "emoji.txt": ("\U0001f600" * 1000).encode(),
    "unclosed front matter.txt": b"---\ntitle: Open\nThe body never closes the block, said Ann.",
    "dashes.txt": b"---\n---\n---\nBody after an empty block.",
    "heading only.md": "# \u200b\n".encode(),
    "empty heading.md": b"#\n\nText under an empty heading.",
    "nul-free binary-ish.txt": bytes(range(1, 128)),
    "promotion only.txt": b"Sign up for our newsletter.\n\nSubscribe now.",
    "decomposed.txt": "Ahmet Davuto\u0306glu said: \u201cWe are ready.\u201d".encode(),
    "one long line.txt": ("word " * 600).encode(),
}


def test_odd_but_valid_articles_are_indexed_verbatim(live: LiveIndex) -> None:
    paths = [live.article(name, content) for name, content in ARTICLES_ACCEPTED.items()]
    assert index_articles(live, paths) == {}


HTML_ARTICLE = (
    "<html><head><title>\u202eHarbour\u202c</title></head><body><article>"
    + "<p>The harbour council met on Monday to discuss the budget, officials said.</p>" * 3
    + "<p>Bad \x01\x0b\x1b chars and &#55357;&#56832; entities, the minister said.</p>"
    + "</article></body></html>"
)
HTML_PAGES = {
    # name: (content, accepted: True, False, or None for either)
    "control-chars-and-entities": (HTML_ARTICLE.encode(), True),
    "empty-page": (b"<html></html>", False),
    "script-only": (b"<script>alert(1)</script>", False),
    "binary": (b"\x89PNG\r\n\x1a\n\x00garbage", False),
    "deeply-nested": (
        b"<div>" * 5000 + b"<p>Deep down, the council met.</p>" + b"</div>" * 5000,
        None,
    ),
    "invisible-text": (("<p>" + "\u202e\u200b" * 2000 + "</p>").encode(), None),
}


def test_hostile_html_is_indexed_verbatim_or_rejected(live: LiveIndex) -> None:
    paths = {name: live.article("page.html", content) for name, (content, _) in HTML_PAGES.items()}
    rejected = index_articles(live, list(paths.values()))
    for name, path in paths.items():
        accepted = HTML_PAGES[name][1]
        if accepted is not None:
            assert (path not in rejected) == accepted, (name, rejected.get(path))


@pytest.fixture(scope="module")
def huge_article(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 50 MB article of ordinary text (written here, deleted afterwards)."""
    path = tmp_path_factory.mktemp("huge") / "huge.txt"
    line = b"NATO allies met in Brussels on Monday, officials said.\n"
    block = line * (1_000_000 // len(line))
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(block)
    yield path
    path.unlink()


def test_a_50_mb_article_is_rejected_and_the_live_index_survives(
    live: LiveIndex, huge_article: Path
) -> None:
    assert huge_article.stat().st_size > 49_000_000
    rejected = index_articles(live, [huge_article])
    assert "over the" in rejected[huge_article]


def test_index_command_rejects_bad_articles_in_one_line(
    live: LiveIndex, huge_article: Path
) -> None:
    generation, before = live.probe()
    bad = [huge_article] + [
        live.article("bad.txt", ARTICLES_REJECTED[case][0]) for case in ("empty", "latin-1", "png")
    ]
    for path in bad:
        result = cli("index", "-q", str(BUNDLED_ARTICLE), str(path), index=live.settings.index.path)
        assert_clean_exit(result, allowed=[2])
        assert_one_line_error(result.stderr)
        assert str(path) in result.stderr
    assert live_generation(live.settings) == generation
    assert fresh_answers(live.settings) == before


def test_an_article_whose_name_holds_a_newline_is_still_a_one_line_error(
    live: LiveIndex, tmp_path: Path
) -> None:
    bad = tmp_path / "bad\nname.txt"
    bad.write_bytes(b"caf\xe9")
    result = cli("index", "-q", str(bad), index=live.settings.index.path)
    assert_clean_exit(result, allowed=[2])
    assert_one_line_error(result.stderr)
