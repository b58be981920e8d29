"""``Phoenix.agents.txt`` -> role words (``roles_petrarch.tsv``: text, sector, kind).

Each entry ``WORDS {PLURAL} [~CODE]`` gives a singular (kind ``role``, or ``body`` for an
institution) and its plural (kind ``group``): regular plurals are formed as PETRARCH does (+S,
Y -> IES, SS -> SSES; also CH/SH/X -> ES, MAN -> MEN), ``{X}`` names an irregular plural and
``{}`` none. A word already plural (ending in S, MEN, or PEOPLE/POLICE/...) is a ``group``.
``!PERSON!`` and ``!MINIST!`` substitution lists are expanded (fireman, firemen, firewoman,
firewomen, fireperson; minister, ministers, ministry, ministries). A stem ``MINIST`` at the end of
an entry is read as the same list. Phrase gaps (a space in PETRARCH: other words may come between)
become adjacent words. Agent codes written after the country (``[IGO~]``) are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from petrarch_actors import quality as q
from petrarch_actors.quality import words_of

# institutions (kind body) rather than people (kind role), by the phrase's head word
BODY_HEADS = words_of(
    """ministry ministries department dept office bureau agency authority commission committee
    council board court tribunal parliament house assembly senate chamber congress
    government cabinet administration regime army navy force forces police guard corps
    battalion brigade unit squad party movement front union federation association
    organization organisation institution institute bank company corporation firm industry
    exchange media press television radio newspaper magazine service services secretariat
    politburo presidium junta militia wing group band gang network coalition judiciary
    legislature procuratorate"""
)
# places, buildings and things: not who acts ("the hospital", "the naval base")
THING_HEADS = words_of(
    """hospital university school schoolhouse kindergarten college campus base facility
    building jail prison monastary monastery church mosque temple district neighbourhood
    neighborhood sector check site website page sanatarium facilitiy facility village
    villages settlement post station airliner jetliner checkpoint camp missile gun rocket
    tank mine weapon weapons"""
)
# sectors in which a single word names who takes part in political events; one-word role words
# of the other sectors (everyday occupations and people: hikers, publishers, podiatrists) are left
# out: roles.tsv lists the few news coding needs, and the rest turn non-political stories into
# events. Their multiword forms ("student protesters", "riot police") are kept.
POLITICAL = words_of("GOV MIL LEG JUD COP SPY REB OPP UAF CRM RAD ELI PTY REF")
PLURAL_WORDS = words_of("people police personnel clergy children military media press youth staff")
PREPS = words_of("of for to at in on from with")
SUBST_RE = re.compile(r"!([A-Z]+)!")
ENTRY_RE = re.compile(r"^(?P<words>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")

# Hand list: entries the general rules keep but that mislead a news coder. Reason per entry.
EXCLUDED: dict[str, str] = {
    "men": "'men' is everyone; PETRARCH's [~PPL] is no sector",
    "deputy": "usually 'deputy minister/leader', a modifier; PETRARCH codes it COP (a sheriff's deputy)",
    "national security force": "PETRARCH's own note calls the entry a hack for one force",
    "government troops and police": "a coordination, not a name",
    "soldiers, along with their families": "a phrase, not a name",
    "ministers and mps": "a coordination, not a name",
    "passenger jet": "an aircraft, usually the victim; PETRARCH's own note doubts it",
    "the court": "'the' is dropped by the lexicon; 'court' is hand-written",
    "the poor": "'the' is dropped by the lexicon; 'poor' alone is an adjective",
    "civil society": "an abstraction more often than an actor",
    "public sector": "an abstraction more often than an actor",
    "organized crime": "an abstraction more often than an actor",
    "hebrew": "a language more often than a people",
    "carrier": "an airline, a telecoms or freight firm or a disease's carrier more often than a warship in news; 'aircraft carrier' is kept (branch noise11)",
    "carriers": "airlines and freight firms more often than warships; 'aircraft carriers' is kept (branch noise11)",
}


IRREGULAR = {"child": "children", "person": "persons", "staff": "staff"}


def _plural_word(w: str) -> str:
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("man"):
        return w[:-3] + "men"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    if re.search(r"(ss|sh|ch|x)$", w):
        return w + "es"
    return w + "s"


def _is_plural(words: list[str]) -> bool:
    head = _head_index(words)
    w = words[head]
    if w in PLURAL_WORDS or w.endswith(("men", "people", "children", "ed")):
        return True  # "-ed": an adjective ("naturalized"), which has no plural
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _head_index(words: list[str]) -> int:
    """The head noun: the word before the first preposition ("chief *of* staff"), else the last."""
    for k, w in enumerate(words):
        if k > 0 and w in PREPS:
            return k - 1
    return len(words) - 1


def _pluralise(words: list[str]) -> list[str]:
    k = _head_index(words)
    return [*words[:k], _plural_word(words[k]), *words[k + 1 :]]


def _expand(words: str, subst: dict[str, list[str]]) -> list[str]:
    m = SUBST_RE.search(words)
    if not m:
        return [words]
    return [
        x
        for alt in subst.get(m.group(1), [])
        for x in _expand(words[: m.start()] + alt + words[m.end() :], subst)
    ]


def _forms(raw: str, plural: str | None, subst: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """(text, is_plural) for an entry's words, with substitutions and plurals."""
    # a marker inside a word is an old search-and-replace slip ("AD!MINIST!RATIVE")
    raw = re.sub(r"(?<=[A-Z])!([A-Z]+)!(?=[A-Z])", r"\1", raw.rstrip("_ "))
    raw = re.sub(r"(?<![A-Z!])MINIST(?![A-Z!])", "!MINIST!", raw)
    out: list[tuple[str, bool]] = []
    had_subst = bool(SUBST_RE.search(raw))
    for text in _expand(raw, subst):
        words = " ".join(text.replace("_", " ").lower().split()).split()
        if not words:
            continue
        plural_now = _is_plural(words)
        out.append((" ".join(words), plural_now))
        if had_subst or plural_now or words[_head_index(words)].endswith("."):
            continue  # substituted lists hold their own plurals
        if plural is None:
            out.append((" ".join(_pluralise(words)), True))
        elif plural.strip():
            out.append((" ".join(plural.replace("_", " ").lower().split()), True))
    return out


def drop_rule(text: str, sector: str | None) -> str | None:
    """Why a role phrase is dropped, or None to keep it."""
    words = text.split()
    if text in EXCLUDED:
        return "excluded"
    if q.broken(text) or not text.isascii():
        return "mojibake"
    if re.search(r"[\d/]", text):
        return "model-number"
    if sector is None:
        return "no-sector"
    if q.letters(text) < 3:
        return "short"
    if (
        words[_head_index(words)].rstrip("s") in THING_HEADS
        or words[_head_index(words)] in THING_HEADS
    ):
        return "place-or-thing"
    if words[-1] in PREPS or words[0] in PREPS or words[0] in ("the", "a", "an"):
        return "fragment"
    if len(words) == 1 and not _is_plural(words) and q.zipf(text) >= q.COMMON_ZIPF:
        return "common-word"
    if len(words) == 1 and sector not in POLITICAL:
        return "one-word-non-political"
    return None


def entries(path: Path, dropped: Counter) -> Iterator[tuple[str, str, bool]]:
    """(form, sector, is-plural) for every form of every ``~SECTOR`` entry of the agents file,
    with ``!NAME!`` substitution lists expanded; unreadable lines and agent codes written after
    the country are counted in ``dropped``."""
    subst: dict[str, list[str]] = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("!") and "=" in line:
            name, _, items = line.partition("=")
            subst[name.strip().strip("!")] = [x.strip() for x in items.split(",") if x.strip()]
            continue
        m = ENTRY_RE.match(line.strip())
        if not m:
            dropped["unreadable"] += 1
            continue
        code = m.group("code").strip()
        if not code.startswith("~"):
            dropped["code-after-country"] += 1
            continue
        sector = q.sector_of(q.split_code(code))
        for text, plural in _forms(m.group("words"), m.group("plural"), subst):
            yield text, sector or "", bool(plural)


def convert(path: Path) -> tuple[list[tuple[str, str, str]], Counter]:
    """Rows (text, sector, kind) and the count of dropped forms per rule."""
    rows: dict[str, tuple[str, str, str]] = {}
    dropped: Counter = Counter()
    for text, sector, plural in entries(path, dropped):
        why = drop_rule(text, sector or None)
        if why:
            dropped[why] += 1
            continue
        words = text.split()
        head = words[_head_index(words)]
        kind = "group" if plural else ("body" if head in BODY_HEADS else "role")
        rows.setdefault(text, (text, sector, kind))
    return sorted(rows.values()), dropped


# --- everyday people (people_petrarch.tsv) ---------------------------------------------------
# The one-word role words left out above as everyday occupations and people, kept in a file of
# their own: the coder takes them only as the doers of a protest or strike and as those arrested
# or attacked (coding/resolver.py, rule resolve.everyday_people), never as general actors.
PEOPLE_SECTORS = words_of("AGR BUS CVL EDU ENV HLH LAB MED REL")
# words of those sectors that name things, institutions, whole populations or faiths, not people
# who protest or are arrested for what they do
NOT_PEOPLE = words_of(
    """aerospace aerospaces airline airlines airway airways agrobusiness agrobusinesses automaker
    automakers carmaker carmakers conglomerate conglomerates containership containerships
    freighter freighters jumbojet jumbojets supertanker supertankers tanker tankers oiler oilers
    industry industries corporation corporations company companies business businesses
    steelmaker steelmakers manafacture manafactures monger mongers gazette gazettes magazine
    magazines newspaper newspapers publication publications tabloid tabloids telecom telecoms
    television televisions tvs blog blogs media conservatory conservatories preschool preschools
    universities kindergarden kindergardens infirmary infirmaries sanatorium sanatoriums
    sanitarium sanitariums diocese dioceses archdiocese archdioceses monasteries religion
    religions electorate electorates mob mobs rabble population populations community
    communities naturalized doc medico medicos midwive boss bosses ceo ceos tycoon tycoons
    employer employers investor investors producer producers exporter exporters manufacturer
    manufacturers merchandiser merchandisers bargainer bargainers buddhist buddhists anglican
    anglicans unitarian unitarians maronite maronites hindu hindus hasid hasids hasidim hasidims
    hebrews jew jews jewish jewishes islamic islamics islamist islamists moslem moslems muslim
    muslims sunni sunnis christian christians believer believers athlete athletes customer
    customers victim victims spokesman spokesmen spokeswoman spokeswomen spokesperson
    economist economists historian historians sociologist sociologists scientist scientists
    kanidurgu kanidurgus tinginist tinginists"""
)


def people(path: Path) -> tuple[list[tuple[str, str, str]], Counter]:
    """Rows (text, sector, kind) of the one-word everyday people words (``drop_rule`` leaves
    them out as one-word-non-political or common words) and the count of those left out here."""
    rows: dict[str, tuple[str, str, str]] = {}
    dropped: Counter = Counter()
    for text, sector, plural in entries(path, Counter()):
        if drop_rule(text, sector or None) not in ("one-word-non-political", "common-word"):
            continue
        if sector not in PEOPLE_SECTORS:
            dropped["political-sector"] += 1
        elif text in NOT_PEOPLE:
            dropped["not-people"] += 1
        else:
            rows.setdefault(text, (text, sector, "group" if plural else "role"))
    return sorted(rows.values()), dropped
