"""What an off-topic story costs next to a political one (the story gate, communique.relevance).

    python bench/relevance_cost.py [--stories 40] [--pages bench/stories/offtopic ...]

Codes N political stories (the project's benchmark corpus) and N off-topic stories of about the
same length (sport, recipes and product reviews, made here from sentences written for this
script), with the topic gate on and off, in one process, and prints the seconds per story and
the ratio off-topic / political. The figure to read is the ratio with the gate on (the target:
under 0.2); timings vary with the machine, ratios much less.

The made-up stories are built from the gate's own kind of words, so they are an easy case.
``--pages DIR`` also times the pages of a folder written as off-topic news (such as
``bench/stories/offtopic``: business, weather, property, fashion, games, races ...) against the
same political stories, and reports how many of them the gate stopped ("pages" in the output);
given several folders it times all their pages together (``--pages bench/stories/offtopic*``),
and ``stopped_by_frame`` counts those stopped by their frame (``coding.frame_gate``: a review's
plot, a game or contest, a role play) before the parse.
"""

from __future__ import annotations

import argparse
import json
import random
from time import perf_counter

from communique.benchmark.corpus import bench_articles
from communique.model import Article
from communique.parsing import load_pipeline, parse_text
from communique.pipeline import code_articles
from communique.relevance import story_topic
from communique.sources import iter_articles

OFF_TOPIC = {
    "sport": [
        "The visitors took the lead after ten minutes when their striker scored from close range.",
        "The coach said his squad had worked hard all season for a night like this.",
        "Their goalkeeper made three fine saves before the break to keep the match level.",
        "Fans in the stadium sang throughout the second half as the league leaders pressed on.",
        "A penalty in stoppage time sent the champions into the semifinal of the tournament.",
        "The midfielder, back from injury, set up both goals and was named man of the match.",
    ],
    "food": [
        "Preheat the oven and line a baking tray with paper.",
        "Whisk the flour, sugar and butter until the mixture is smooth and pale.",
        "Stir in the garlic and the onion and let the sauce simmer for ten minutes.",
        "Season the chicken with salt and pepper before it goes into the oven.",
        "This recipe serves four and the ingredients keep for two days in the fridge.",
        "Serve the dish warm with a spoonful of the sauce and fresh bread.",
    ],
    "product": [
        "The new smartphone has a brighter display and a larger battery than last year's model.",
        "Its camera handles low light well, although the processor runs warm under load.",
        "The app store offers the usual apps, and a software update is due next month.",
        "Priced at the same level as its rival, the device comes with twice the storage.",
        "Wireless charging and bluetooth audio work as expected in our tests.",
        "The console's gameplay feels smooth, and the review unit had no crashes.",
    ],
}


def off_topic_stories(n: int, words: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        topic = list(OFF_TOPIC)[i % len(OFF_TOPIC)]
        sents: list[str] = []
        while sum(len(s.split()) for s in sents) < words:
            sents.append(rng.choice(OFF_TOPIC[topic]))
        out.append(Article(text=" ".join(sents), id=f"off{i}"))
    return out


def seconds_per_story(articles: list[Article], gate: bool) -> float:
    fresh = [Article(text=a.text, id=a.id, published=a.published) for a in articles]
    t0 = perf_counter()
    for _ in code_articles(fresh, topic_gate=gate):
        pass
    return (perf_counter() - t0) / len(articles)


def folder_pages(folder: str) -> list[Article]:
    """The stories of a folder (as ``communique ingest`` reads them), its gold file left out."""
    out = []
    for item in iter_articles([folder]):
        if isinstance(item, Article) and item.text and not str(item.id).endswith(".json"):
            out.append(Article(text=item.text, id=item.id, title=item.title))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--pages", nargs="+", help="folders of off-topic news pages to time as well")
    ap.add_argument(
        "--per-folder",
        action="store_true",
        help="with --pages, also the ratio of each folder's pages (a folder of few pages whose "
        "gate lets several through costs most)",
    )
    args = ap.parse_args()
    load_pipeline()  # the model's load is not part of either figure
    political = bench_articles(args.stories)
    words = sum(len(a.text.split()) for a in political) // len(political)
    off = off_topic_stories(args.stories, words)
    result = {"stories": args.stories, "words_per_story": words}
    for gate in (True, False):
        pol, offt = seconds_per_story(political, gate), seconds_per_story(off, gate)
        key = "gate_on" if gate else "gate_off"
        result[key] = {
            "political_s_per_story": round(pol, 4),
            "off_topic_s_per_story": round(offt, 4),
            "ratio_off_topic_to_political": round(offt / pol, 3),
        }
    if args.pages:
        pages = [p for folder in args.pages for p in folder_pages(folder)]
        gated = sum(story_topic(p.text).off_topic for p in pages)
        try:
            from communique.coding.frame_gate import frame_before_parse
        except ImportError:  # a tree from before the frame gate (to time base and branch alike)
            framed = None
        else:
            framed = sum(
                not story_topic(p.text).off_topic and frame_before_parse(parse_text(p)) is not None
                for p in pages
            )
        pol, offp = seconds_per_story(political, True), seconds_per_story(pages, True)
        result["pages"] = {
            "folders": args.pages,
            "pages": len(pages),
            "stopped_by_gate": gated,
            "stopped_by_frame": framed,
            "political_s_per_story": round(pol, 4),
            "off_topic_s_per_page": round(offp, 4),
            "ratio_off_topic_to_political": round(offp / pol, 3),
        }
        if args.per_folder:
            result["per_folder"] = {
                folder: round(seconds_per_story(folder_pages(folder), True) / pol, 3)
                for folder in args.pages
            }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
