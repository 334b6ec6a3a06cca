"""Deterministic, news-like synthetic articles (and questions about them) for the scale bench.

Each article is a local news story about one event in an invented city: a dateline lede,
11 to 13 paragraphs of 1 to 3 sentences, numbers, dates, an institution, and three or four named
people with titles whose words are quoted the way wire copy quotes them (“...,” X said. /
X said: “...” / “...,” said Title X. / He added: “...” / According to X, ...). So an index of
them holds the same kinds of records as an index of real articles: passages, sentences and
attributed statements. Articles are 2 to 4 KB of UTF-8 with front matter (title, url, published,
outlet, author), and every name, place and figure is made up.

The same ``seed`` and ``count`` always give the same articles, byte for byte, and the first
``n`` articles of a larger corpus are the ``n`` articles of a smaller one.

    from bench.synthetic import generate, write_corpus, questions
    articles = generate(100)
    write_corpus(articles, folder)
    asked = questions(articles, 100)

or from the shell: ``python bench/synthetic.py FOLDER --count 100``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path


def _choices(table: str) -> list[str]:
    """The ``|``-separated entries of a table (line breaks inside one are joined)."""
    return [" ".join(entry.split()) for entry in table.split("|")]


FIRST = """Amara Bruno Celia Dario Elif Farid Greta Hamid Ines Jonas Kofi Lena Marek Nadia Oskar
Priya Quentin Rosa Stefan Tamar Umar Vera Wiktor Yara Zeno Adele Bastian Carmen Dmitri Esther
Felix Gloria Henrik Ilse Joaquin Katya Luca Mirela Nils Odette Pavel Rania Soren Teodora Ulrich
Valentina Wendell Ximena Yusuf Zofia Anselm Beatriz Cyril Dagny Emeka Fatima Goran Hana Ivo
Jelena""".split()
LAST = """Abernathy Balogun Castellano Dimitrov Eriksen Ferreira Gallagher Haddad Ishikawa Jovanovic
Kowalczyk Lindqvist Marchetti Novak Okonkwo Petrakis Quintero Rasmussen Salazar Takahashi
Urquhart Vasquez Wojcik Xenakis Yilmaz Zielinski Achterberg Bellamy Cardenas Delacroix
Esposito Fairbanks Grunewald Halvorsen Ibarra Janssen Kaminski Lombardi Moreau Nakamura
Oyelaran Pellegrini Radovic Schuster Tanaka Ulvaeus Vanderberg Whitcombe Yamamoto Zamora
Arkwright Brennan Coutinho Dragomir Eastwood Falkenrath Gustafsson Holloway Iversen""".split()
CITIES = _choices(
    """Valmora|Kestrel Bay|Orinoque|Thornfield|Marisel|Dunhaven|Calvera|Brightwater|
Ostrava Nueva|Esperanza|Felsheim|Port Alder|Sarnova|Greywick|Lisandra|Tarrow|Elmstead|Corvalis|
Ravenna Heights|Kalindor|Westmarch|Sol Arena|Pinecrest|Vellani|Haverford|Montclaire|Zelenograd|
Ashby|Quarry Rock|Ondara|Belmonte|Stravos|Linden Falls|Marrow Point|Carrick|Isola Verde|
Norrland Cove|Santa Brisa|Halden Ridge|Kaskara"""
)
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = """January February March April May June July August September October November
December""".split()
OUTLETS = _choices("The Valmora Ledger|Coastline Wire|Northern Courier|Daily Meridian")


@dataclass(frozen=True)
class Event:
    """A kind of story: what happened, what it is measured in, and what people argue about."""

    name: str
    headline: str
    lede: str
    unit: str
    metric: str
    plan: str
    body: str
    concerns: tuple[str, ...]


# name | headline | lede | unit | metric | plan | body | concerns (comma-separated)
EVENT_TABLE = """
port strike|{city} port strike enters its {n}th day|dockworkers walked off the job at the port of \
{city}|containers|were stranded|a revised wage agreement|the port authority|wages, night shifts, \
automation, safety rules, shipping delays
flood|Floodwaters recede in {city} as cleanup begins|the river burst its banks and flooded \
low-lying districts of {city}|homes|were damaged|a flood defence programme|the regional council|\
levees, insurance claims, evacuation, drinking water, rebuilding
budget vote|{city} council delays budget vote amid protests|the city council of {city} postponed \
a vote on next year's budget|municipal jobs|would be cut|a spending plan|the city council|tax \
rates, school funding, bus fares, public libraries, pensions
mine collapse|Rescuers reach miners trapped near {city}|part of a copper mine outside {city} \
collapsed during the morning shift|miners|were trapped|a new inspection regime|the mining \
ministry|ventilation, inspections, compensation, rescue tunnels, shift lengths
airport expansion|{city} airport expansion approved after long fight|regulators approved a third \
runway at the airport serving {city}|flights a day|would be added|a noise compensation scheme|the \
aviation authority|noise, air quality, tourism, land purchases, night flights
hospital strike|Nurses in {city} extend strike over staffing|nurses at the main public hospital \
in {city} extended their strike|operations|were postponed|a staffing agreement|the health \
ministry|patient safety, overtime, recruitment, waiting lists, pay scales
election|Turnout surges as {city} elects a new mayor|voters in {city} went to the polls to choose \
a new mayor|ballots|were cast|a recount procedure|the electoral commission|turnout, housing, \
public transport, corruption, policing
wildfire|Wildfire near {city} forces thousands to flee|a wildfire fanned by strong winds spread \
through forests north of {city}|hectares|were burned|a firebreak programme|the forestry agency|\
evacuation orders, water bombers, drought, volunteers, power lines
bridge closure|{city} closes its main bridge after cracks found|engineers ordered the main road \
bridge in {city} closed to traffic|vehicles a day|were diverted|a repair contract|the transport \
department|traffic jams, ferry services, inspections, repair costs, deliveries
factory closure|Textile factory in {city} to close, cutting jobs|the largest textile factory in \
{city} announced it would shut down|workers|would lose their jobs|a retraining fund|the labour \
ministry|severance pay, retraining, imports, the local economy, pensions
water shortage|{city} rations water as reservoirs run low|authorities in {city} began rationing \
tap water after months without rain|households|were affected|a desalination plant|the water \
utility|rationing, leaking pipes, farmers, prices, the desalination plant
transit fare rise|{city} commuters protest transit fare increase|the transit agency in {city} \
raised fares on buses and trams|passengers a day|were affected|a discount pass for students|the \
transit agency|fares, students, service cuts, the tram network, subsidies
"""
ROLES = _choices("Mayor|Governor|Minister|Director|Commissioner")
OPPONENTS = _choices(
    """union leader|opposition councillor|residents' association chair|lawyer|local \
business owner|campaigner"""
)
INSTITUTES = _choices(
    """Harrowgate Institute|Centre for Urban Policy|Meridian Research Group|Institute \
for Public Affairs|University of Lakeshore|Economic Policy Forum"""
)
SHOPS = _choices(
    "bakery|hardware store|cafe|pharmacy|bookshop|tailor's shop|fish stall|bicycle repair shop"
)
DISTRICTS = _choices(
    """the old town|the harbour district|the northern suburbs|the market quarter|the \
riverside|the university district"""
)
OPENERS = _choices(
    """We will not|Nobody should|We cannot|I do not think we should|It would be a mistake \
to|We are determined to|People have every right to|Our job now is to|It is too early to|We have \
asked the government to"""
)
ACTIONS = _choices(
    """walk away from|ignore|rush into|give up on|pay for|look again at|be honest about|set \
a deadline for|talk openly about|make promises on"""
)
CLOSERS = _choices(
    """before the families affected have been heard|until the numbers add up|while the \
investigation is still under way|without a proper plan|in the middle of a crisis|just to meet a \
deadline|at any cost|when so much is still uncertain|before the end of the year|without the \
support of the people who live here"""
)
OFF_TOPIC = _choices(
    """Who won the chess olympiad in 1994?|What is the boiling point of mercury?|How many \
moons does Neptune have?|Who painted the ceiling of the opera house in Lyon?|What is the recipe \
for a lemon tart?|When was the first transatlantic telegraph sent?|Which river is the longest in \
Mongolia?|Who composed the symphony called Titan?|What is the tallest mountain in the Andes?|Who \
invented the pneumatic tyre?|How fast can a cheetah run?|Which team won the 1966 World Cup?"""
)


def _events(table: str) -> list[Event]:
    events = []
    for line in table.strip().splitlines():
        name, headline, lede, unit, metric, plan, body, concerns = _choices(line)
        parts = tuple(c.strip() for c in concerns.split(","))
        events.append(Event(name, headline, lede, unit, metric, plan, body, parts))
    return events


EVENTS = _events(EVENT_TABLE)


@dataclass(frozen=True)
class Article:
    """One synthetic article: its file name, title, full file text and questions it answers."""

    slug: str
    title: str
    text: str
    questions: tuple[str, ...]


def generate(count: int, seed: int = 7) -> list[Article]:
    """``count`` articles; article ``i`` depends only on ``seed`` and ``i``."""
    return [_article(random.Random(f"{seed}:{number}"), number) for number in range(count)]


def write_corpus(articles: list[Article], folder: Path) -> int:
    """Write the articles as UTF-8 ``.txt`` files into ``folder``; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for article in articles:
        data = article.text.encode("utf-8")
        (folder / f"{article.slug}.txt").write_bytes(data)
        total += len(data)
    return total


def questions(articles: list[Article], count: int, seed: int = 7) -> list[str]:
    """``count`` questions drawn evenly from the articles (about 1 in 10 unanswerable)."""
    pool = [q for article in articles for q in article.questions]
    rng = random.Random(f"{seed}:questions")
    rng.shuffle(pool)
    chosen: list[str] = []
    while len(chosen) < count and pool:
        chosen.extend(pool[: count - len(chosen)])
    return chosen


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _quote(rng: random.Random, concern: str) -> str:
    return f"{rng.choice(OPENERS)} {rng.choice(ACTIONS)} {concern} {rng.choice(CLOSERS)}"


def _article(rng: random.Random, number: int) -> Article:
    event = rng.choice(EVENTS)
    city = rng.choice(CITIES)
    official, opponent, expert, resident = (_person(rng) for _ in range(4))
    role = rng.choice(ROLES)
    role_ref = f"the {role.lower()}"
    role_full = f"{role} {official}" if role != "Minister" else f"{city} Minister {official}"
    foe_role = rng.choice(OPPONENTS)
    institute = rng.choice(INSTITUTES)
    shop, district = rng.choice(SHOPS), rng.choice(DISTRICTS)
    day, weekday, month = rng.randint(1, 28), rng.choice(WEEKDAYS), rng.choice(MONTHS)
    year = rng.randint(2015, 2024)
    amount = rng.randint(12, 950) * 1000
    cost = rng.randint(3, 480)
    percent = rng.randint(4, 61)
    years_open = rng.randint(3, 40)
    vote_day = rng.choice(WEEKDAYS)
    concerns = list(event.concerns)
    rng.shuffle(concerns)
    surname = {p: p.split()[-1] for p in (official, opponent, expert, resident)}
    pronoun = rng.choice(["He", "She"])

    paragraphs = [
        f"{city.upper()} — {event.lede[0].upper()}{event.lede[1:].format(city=city)} on "
        f"{weekday}, and officials said about {amount:,} {event.unit} {event.metric}. "
        f"It is the most serious {event.name} the city has seen since {year - 9}, and "
        f"{event.body} said it expected the disruption to last at least {rng.randint(2, 9)} weeks.",
        f"“{_quote(rng, concerns[0])},” {role_full} told reporters. "
        f"“{rng.choice(OPENERS)} {rng.choice(ACTIONS)} the people of {city}.”",
        f"The cost of the response has reached {cost} million dollars, according to figures "
        f"published by {event.body}. That is {percent} percent more than officials forecast "
        f"in {month} {year}.",
        f"{opponent}, {_a(foe_role)} in {city}, said: “{_quote(rng, concerns[1])}.” "
        f"{surname[opponent]} said the authorities had known about the risks since {year}.",
        f"{event.body[0].upper()}{event.body[1:]} said it was preparing {event.plan} and "
        f"would present it on {vote_day}. The plan needs the backing of "
        f"{rng.randint(11, 40)} of the {rng.randint(41, 80)} members of the regional assembly, "
        f"and {surname[official]}'s allies hold fewer than half of the seats.",
        f"“{_quote(rng, concerns[2])},” said {expert}, an analyst at the {institute}. "
        f"{pronoun} added that similar cases elsewhere had taken {rng.randint(2, 18)} months "
        f"to resolve.",
        f"{resident}, who has run a {shop} in {district} for {years_open} years, said "
        f"sales had fallen by {percent // 2 + 3} percent since the {event.name} began.",
        f"In {district}, many residents said they had learned of the {event.name} from "
        f"neighbours rather than from officials. Local radio stations carried updates every "
        f"hour, and a hotline set up on {weekday} received {rng.randint(200, 9000):,} calls "
        f"in its first day.",
        f"According to {official}, the first phase of {event.plan} could begin by {month} "
        f"{year + 1}. {role_ref[0].upper()}{role_ref[1:]} said {concerns[3]} would be "
        f"reviewed separately.",
        f"“{_quote(rng, concerns[3])},” {surname[opponent]} said on {vote_day}.",
    ]
    extras = [
        f"Officials said {rng.randint(2, 90)} people had been treated in hospital and that "
        f"nobody had died.",
        f"The last comparable {event.name} in the region, in {year - rng.randint(3, 12)}, "
        f"lasted {rng.randint(3, 30)} days.",
        f"{surname[expert]} said the debate over {concerns[4]} was likely to continue for "
        f"months. “{_quote(rng, concerns[4])}.”",
        f"Police said {rng.randint(40, 3000):,} people had joined a march through {city} on "
        f"{rng.choice(WEEKDAYS)} evening. The organisers had expected "
        f"{rng.randint(40, 3000):,}.",
        f"{surname[official]} will meet representatives of {event.body} and the "
        f"{foe_role}s next week. {pronoun} said: “{_quote(rng, concerns[0])}.”",
        f"Opposition lawmakers called for an independent inquiry into the handling of the "
        f"{event.name}, and asked why warnings issued in {month} had gone unanswered.",
        f"Insurers estimated that claims linked to the {event.name} could exceed "
        f"{rng.randint(5, 200)} million dollars, though they said it was too early to be sure.",
    ]
    paragraphs += rng.sample(extras, rng.randint(1, 3))
    head, tail = paragraphs[:2], paragraphs[2:]
    rng.shuffle(tail)
    paragraphs = head + tail

    title = event.headline.format(city=city, n=rng.randint(4, 19))
    slug = f"{event.name.replace(' ', '-')}-{city.lower().replace(' ', '-')}-{number:06d}"
    author = _person(rng)
    front = (
        f"---\ntitle: {title}\nurl: https://news.example.org/{slug}\n"
        f"published: {year}-{MONTHS.index(month) + 1:02d}-{day:02d}\n"
        f"outlet: {rng.choice(OUTLETS)}\nauthor: {author}\n---\n"
    )
    asked = (
        f"What did {official} say?",
        f"What did {surname[opponent]} say about {concerns[1]}?",
        f"How many {event.unit} {event.metric} in {city}?",
        f"How much has the response to the {event.name} in {city} cost?",
        f"When will {event.body} present {event.plan}?",
        f"What did the analyst at the {institute} say about {concerns[2]}?",
        f"How long has {resident} run a {shop}?",
        f"How did residents of {district} learn of the {event.name}?",
        f"When could the first phase of {event.plan} begin in {city}?",
        rng.choice(OFF_TOPIC),
    )
    return Article(slug, title, front + "\n\n".join(paragraphs) + "\n", asked)


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic corpus of news articles.")
    parser.add_argument("folder", type=Path, help="where to write the .txt files")
    parser.add_argument("--count", type=int, default=100, help="how many articles (100)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (7)")
    args = parser.parse_args()
    written = write_corpus(generate(args.count, args.seed), args.folder)
    print(f"wrote {args.count} articles ({written:,} bytes) to {args.folder}")


if __name__ == "__main__":
    main()
