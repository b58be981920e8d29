"""The pipeline from articles to coded mentions: parse, split sentences, code; ingest links
and stores them.

``code_articles`` is the pure part (no database), used by `communique code`;
``ingest`` adds reading sources, de-duplication and batched, atomic writes to the store.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from time import perf_counter

from spacy.language import Language
from spacy.tokens import Doc

from communique import __version__
from communique.articles.language import is_supported, unsupported_note
from communique.coding.frame_gate import frame_before_parse
from communique.coding.frame_gate import note as frame_note
from communique.coding.page_sections import declared_kinds
from communique.conflicts import Conflict, conflict_of
from communique.model import Article, Dropped, Mention, Sentence, SourceError
from communique.parsing import load_pipeline, parse_text, parse_texts
from communique.parts import (
    BATCH_TOKENS,
    MAX_ARTICLE_CHARS,
    PART_TOKENS,
    count_tokens,
    split_parts,
    too_long,
)
from communique.relevance import story_topic
from communique.store.db import CodedArticle, Store
from communique.time_limit import code_seconds, time_limit


def coder_name() -> str:
    from communique.nlp import model_name

    return f"communique-{__version__}/{model_name()}"


def sentences_of(article: Article, doc: Doc) -> list[Sentence]:
    """The article's sentences, with offsets trimmed of surrounding whitespace."""
    assert article.id is not None
    out = []
    for i, s in enumerate(doc.sents):
        text = s.text
        start = s.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(article.id, i, start, start + len(text.strip()), text.strip()))
    return out


def _tick(timings: dict[str, float], stage: str, since: float) -> float:
    """Add the seconds since ``since`` to ``stage``; returns now."""
    now = perf_counter()
    timings[stage] = timings.get(stage, 0.0) + now - since
    return now


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.id not in seen:
            seen.add(m.id)
            out.append(m)
    return out


def _shifted(m: Mention, sentences: int, chars: int) -> Mention:
    """``m`` from a part of its article, renumbered for the whole: its sentence index moved
    by ``sentences``, its offsets by ``chars``, its id made again from those."""
    ev = m.evidence
    evidence = replace(
        ev,
        start=ev.start + chars,
        end=ev.end + chars,
        trigger_start=None if ev.trigger_start is None else ev.trigger_start + chars,
        trigger_end=None if ev.trigger_end is None else ev.trigger_end + chars,
    )
    return replace(m, id="", sentence=m.sentence + sentences, evidence=evidence)


def parts_note(parts: int, tokens: int, part_tokens: int = PART_TOKENS) -> str:
    """The article note of a story coded in parts."""
    return (
        f"coded in {parts} parts of at most {part_tokens:,} tokens ({tokens:,} tokens in all), "
        "cut at paragraph or sentence ends; each part was parsed on its own"
    )


def _failure(exc: BaseException) -> str:
    """One line for an article the coder failed on."""
    return f"could not code ({type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]})"


def code_articles(
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    nlp: Language | None = None,
    timings: dict[str, float] | None = None,
    topic_gate: bool = True,
    part_tokens: int = PART_TOKENS,
) -> Iterator[CodedArticle | SourceError]:
    """Parse and code each article, in order; an article too long to code (``parts.too_long``)
    or one the coder fails on comes back as a SourceError.

    Articles are parsed in batches of at most ``batch_size`` articles and ``BATCH_TOKENS``
    tokens. A story of more than ``part_tokens`` tokens is parsed and coded part by part
    (``communique.parts``) and comes back as one CodedArticle, with a note saying so.
    A story in a language the coder does not read is not parsed: it comes back with no
    sentences and no mentions and a note saying so (``unsupported_note``), to be stored as it is.
    With ``topic_gate`` (the default) a story the gate finds off-topic (sport, entertainment,
    recipes, products, science, travel; ``communique.relevance``) is not parsed either: it comes
    back with ``off_topic`` set and a note saying why.
    ``timings``, when given, gets seconds added under ``gate``, ``parse`` and ``code``.
    An article whose coding runs past $COMMUNIQUE_CODE_SECONDS (300 by default;
    ``communique.time_limit``) comes back as a SourceError and the others are coded.
    """
    from communique.coding import code_article

    nlp = nlp or load_pipeline()
    coder = coder_name()
    limit = code_seconds()
    clock = timings if timings is not None else {}
    pending: list[Article] = []
    pending_tokens = 0

    def gate(article: Article, frames: bool = True) -> CodedArticle | None:
        """The article stored uncoded when the story gate finds it off-topic, or (``frames``)
        when its frame makes the coder drop every candidate (``coding.frame_gate``), else
        None. A story coded in parts is not judged by its frame: the coder judges each part."""
        if not topic_gate:
            return None
        t0 = perf_counter()
        topic = story_topic(article.text)
        note = topic.note() if topic.off_topic else None
        if note is None and frames:
            # the text the coder reads (datelines blanked), so that both decide alike
            declared = declared_kinds(article.notes, article.url)
            found = frame_before_parse(
                parse_text(article), declared.get("review"), "reviewed" in declared
            )
            note = frame_note(*found) if found is not None else None
        _tick(clock, "gate", t0)
        if note is not None:
            article.notes = [*article.notes, note]
            return CodedArticle(article, [], [], coder=coder, off_topic=True)
        return None

    def code_one(article: Article, doc: Doc) -> tuple[list[Sentence], list[Mention], list[Dropped]]:
        t0 = perf_counter()
        with time_limit(limit):  # one story the coder cannot finish is its own error
            mentions = _dedupe(code_article(article, doc))
        dropped = list(doc._.communique_dropped or [])
        _tick(clock, "code", t0)
        return sentences_of(article, doc), mentions, dropped

    def run(batch: list[Article]) -> list[CodedArticle]:
        gated = {n: c for n, a in enumerate(batch) if (c := gate(a)) is not None}
        t0 = perf_counter()
        to_parse = [a for n, a in enumerate(batch) if n not in gated]
        docs = iter(list(parse_texts(nlp, to_parse, batch_size=batch_size)))
        _tick(clock, "parse", t0)
        coded = []
        for n, article in enumerate(batch):
            if n in gated:
                coded.append(gated[n])
                continue
            sentences, mentions, dropped = code_one(article, next(docs))
            coded.append(CodedArticle(article, sentences, mentions, coder=coder, dropped=dropped))
        return coded

    def run_in_parts(article: Article, tokens: int) -> CodedArticle:
        """A long article coded part by part: one part's parse held at a time."""
        off_topic = gate(article, frames=False)
        if off_topic is not None:
            return off_topic
        spans = split_parts(article.text, part_tokens)
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        dropped: list[Dropped] = []
        for start, end in spans:
            part = replace(article, text=article.text[start:end], notes=[])
            t0 = perf_counter()
            (doc,) = list(parse_texts(nlp, [part], batch_size=1))
            _tick(clock, "parse", t0)
            part_sentences, part_mentions, part_dropped = code_one(part, doc)
            del doc
            shift = len(sentences)
            sentences += [
                Sentence(s.article_id, s.index + shift, s.start + start, s.end + start, s.text)
                for s in part_sentences
            ]
            mentions += [_shifted(m, shift, start) for m in part_mentions]
            dropped += [replace(d, sentence=d.sentence + shift) for d in part_dropped]
        article.notes = [*article.notes, parts_note(len(spans), tokens, part_tokens)]
        return CodedArticle(article, sentences, _dedupe(mentions), coder=coder, dropped=dropped)

    def guarded(work: Callable[[list[Article]], list[CodedArticle]], batch: list[Article]
                ) -> Iterator[CodedArticle | SourceError]:  # fmt: skip
        """``work`` on the batch; when it fails, on each article alone, so one article's
        failure is reported as its own SourceError and the others are coded."""
        try:
            yield from work(batch)
            return
        except Exception as exc:  # noqa: BLE001 (found below, article by article)
            if len(batch) == 1:
                yield SourceError(batch[0].origin or batch[0].id or "?", _failure(exc))
                return
        for article in batch:
            try:
                yield from work([article])
            except Exception as exc:  # noqa: BLE001
                yield SourceError(article.origin or article.id or "?", _failure(exc))

    def flush() -> Iterator[CodedArticle | SourceError]:
        nonlocal pending_tokens
        batch = list(pending)
        pending.clear()
        pending_tokens = 0
        if batch:
            yield from guarded(run, batch)

    for item in articles:
        item.ensure_id()
        origin = item.origin or item.id or "?"
        tokens = count_tokens(item.text) if len(item.text) <= MAX_ARTICLE_CHARS else 0
        why = too_long(item.text, tokens)
        if why is not None:
            yield SourceError(origin, why)
            continue
        if not item.text.strip():
            yield SourceError(origin, "article has no text")
            continue
        if not is_supported(item.language):
            note = unsupported_note(str(item.language))
            if note not in item.notes:
                item.notes.append(note)
            yield CodedArticle(item, [], [], coder=coder)
            continue
        if tokens > part_tokens:
            yield from flush()  # in order: what came before first

            def in_parts(batch: list[Article], tokens: int = tokens) -> list[CodedArticle]:
                return [run_in_parts(batch[0], tokens)]

            yield from guarded(in_parts, [item])
            continue
        if pending and pending_tokens + tokens > BATCH_TOKENS:
            yield from flush()
        pending.append(item)
        pending_tokens += tokens
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


@dataclass
class IngestReport:
    read: int = 0  # articles read from the inputs
    stored: int = 0  # new articles written
    duplicates: int = 0  # already stored (same URL or id with the same text, or same text)
    # refused: an id or URL already stored (or read earlier) with different text
    conflicts: list[Conflict] = field(default_factory=list)
    mentions: int = 0  # coded mentions written
    off_topic: int = 0  # stored without coding: the story gate found them off-topic
    dropped: Counter[str] = field(default_factory=Counter)  # triggers not coded, by rule id
    # new articles stored but not coded, by language (the coder does not read it)
    unsupported: dict[str, int] = field(default_factory=dict)
    errors: list[SourceError] = field(default_factory=list)
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return len(self.errors)

    def unsupported_text(self) -> str:
        """'2 not coded (language not supported: de 1, es 1)', or '' when there are none."""
        if not self.unsupported:
            return ""
        langs = ", ".join(f"{k} {n}" for k, n in sorted(self.unsupported.items()))
        return f"{sum(self.unsupported.values())} not coded (language not supported: {langs})"


def ingest(
    articles: Iterable[Article | SourceError],
    store: Store,
    *,
    batch_size: int = 32,
    on_error: Callable[[SourceError], None] | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
    on_conflict: Callable[[Conflict], None] | None = None,
    nlp: Language | None = None,
    timings: dict[str, float] | None = None,
    topic_gate: bool = True,
) -> IngestReport:
    """Code and store new articles, a batch of whole articles per transaction.

    A story already in the store (same URL or id with the same normalised text, or the same
    text under another URL or id), or seen earlier in the same run, is counted as a duplicate
    and not coded again. A story whose id or URL is stored (or was read earlier in the run)
    with different text is a ``Conflict``: refused, listed in the report and passed to
    ``on_conflict``; the stored story stays as it was. An interrupt (Ctrl-C) stops
    between batches' transactions, so the store never holds half an article.
    ``timings``, when given, gets seconds per stage: ``dedupe``, ``parse``, ``code``,
    ``link``, ``store``.
    """
    clock = timings if timings is not None else {}
    report = IngestReport()
    # What this run has read, for conflicts and repeats of one record. The same text under
    # another id or URL is found at the batch's flush (against the store and the batch), so
    # it is kept when the story it repeats is refused as a conflict.
    seen_urls: dict[str, set[str]] = {}  # URL -> content hashes read under it
    seen_ids: dict[str, str] = {}  # id -> content hash
    pending: list[Article] = []

    def error(err: SourceError) -> None:
        report.errors.append(err)
        if on_error:
            on_error(err)

    def conflict(found: Conflict) -> None:
        report.conflicts.append(found)
        if on_conflict:
            on_conflict(found)

    def flush() -> None:
        if not pending:
            return
        batch = list(pending)
        pending.clear()
        t0 = perf_counter()
        _, hashes = store.find_existing((), (a.hash for a in batch))
        by_url, by_id = store.stored_hashes(
            (a.url for a in batch if a.url), (a.ensure_id() for a in batch)
        )
        fresh: list[Article] = []
        for a in batch:
            found = conflict_of(a, by_id, by_url)
            if found is not None:
                conflict(found)
            elif a.hash in hashes or a.id in by_id or a.url in by_url:
                report.duplicates += 1
            else:
                fresh.append(a)
                hashes.add(a.hash)  # a second copy later in the batch is a duplicate
        _tick(clock, "dedupe", t0)
        coded: list[CodedArticle] = []
        for item in code_articles(
            fresh, nlp=nlp, batch_size=batch_size, timings=clock, topic_gate=topic_gate
        ):
            if isinstance(item, SourceError):
                error(item)
            else:
                coded.append(item)
        t0 = perf_counter()
        linking_before = clock.get("link", 0.0)
        # Linked to stored events in the same transaction; linking is timed on its own.
        try:
            store.write_batch(coded, link=True, timings=clock)
        except Exception:  # noqa: BLE001 (rolled back; stored article by article to find it)
            kept = []
            for c in coded:
                try:
                    store.write_batch([c], link=True, timings=clock)
                    kept.append(c)
                except Exception as exc:  # noqa: BLE001
                    error(SourceError(c.article.origin or c.article.id or "?",
                                      f"could not store ({type(exc).__name__}: {exc})"))  # fmt: skip
            coded = kept
        # "store" is the write less the linking inside it.
        _tick(clock, "store", t0 + clock.get("link", 0.0) - linking_before)
        report.stored += len(coded)
        for c in coded:
            if not is_supported(c.article.language):
                lang = str(c.article.language)
                report.unsupported[lang] = report.unsupported.get(lang, 0) + 1
        report.mentions += sum(len(c.mentions) for c in coded)
        report.off_topic += sum(c.off_topic for c in coded)
        report.dropped.update(d.rule for c in coded for d in c.dropped)
        if on_progress:
            on_progress(report)

    try:
        for item in articles:
            if isinstance(item, SourceError):
                error(item)
                continue
            report.read += 1
            item.ensure_id()
            found = conflict_of(item, seen_ids, seen_urls)
            if found is not None:
                conflict(found)
                continue
            if item.id in seen_ids or item.url in seen_urls:  # the same text: a repeat
                report.duplicates += 1
                continue
            if item.url:
                seen_urls.setdefault(item.url, set()).add(item.hash)
            seen_ids[item.id or ""] = item.hash
            pending.append(item)
            if len(pending) >= batch_size:
                flush()
        flush()
    except KeyboardInterrupt:
        report.interrupted = True
    if on_progress:
        on_progress(report)
    return report
