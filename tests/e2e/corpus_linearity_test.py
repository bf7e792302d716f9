#!/usr/bin/env python3
"""`build` is linear in the number of articles when they share entities (issue 16).

What crosses articles is the entity table: every article that names
"Defence Minister Anna Berg" or reports that she met someone adds its
sentence to the same office and meeting edges. A table that merged that
evidence by sorting the whole list again at each article made the build
quadratic in the number of articles reporting the same fact.

Counts work, not seconds: the instructions `newskg build -q -j 1 --format nt`
executes under valgrind's callgrind (the same count on every run however busy
the machine is), for a corpus of N, 2N and 4N short articles that all report
the same offices and meeting, minus a one-article corpus for the fixed cost:

    growth = (cost(4N) - cost(1)) / (cost(N) - cost(1))

is about 4 for linear work. The test fails when growth exceeds MAX_GROWTH, or
when valgrind is missing (a skipped check would let a quadratic step back in).

usage: corpus_linearity_test.py NEWSKG [WORK_DIR] [--print]
"""
import os
import shutil
import sys

import callgrind_count

MAX_GROWTH = 4.6
BASE_ARTICLES = 300

# Every article: the same two office holders, a quotation from each and their
# meeting, in wording that varies with the article's number (deterministic).
PLACES = ["Oslo", "Bergen", "Stockholm", "Helsinki", "Copenhagen"]
TOPICS = ["the new air defence plan", "the budget for the navy", "the border talks",
          "the grain deal", "the energy agreement"]


def article(i):
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i // len(PLACES)) % len(TOPICS)]
    return (f"Talks in {place}, day {i}\n\n"
            f"Defence Minister Anna Berg of Norway met Foreign Secretary Lars Holm of Sweden "
            f"in {place} on day {i}. \u201cWe agreed on {topic},\u201d said Anna Berg after the "
            f"meeting. Lars Holm said Sweden would support {topic} in the weeks ahead.\n")


def write_corpus(folder, n):
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        with open(os.path.join(folder, f"day-{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(i))


def instructions(newskg, corpus, work):
    out = os.path.join(work, "out")
    count = callgrind_count.instructions(
        "corpus linearity", [newskg, "build", "-q", "-j", "1", "--format", "nt", "-o", out, corpus], work)
    # The shared facts must be there, or the corpus tests nothing.
    with open(os.path.join(out, "graph.nt"), encoding="utf-8") as f:
        nt = f.read()
    for needed in ("#holdsOffice>", "#met>"):
        if needed not in nt:
            raise SystemExit(f"corpus linearity: no {needed} triple in the graph of {corpus}")
    return count


def main():
    started = callgrind_count.start("corpus linearity", __doc__, "newskg-corpus-linearity-")
    if isinstance(started, int):
        return started
    newskg, work, show = started
    costs = {}
    for n in (1, BASE_ARTICLES, 2 * BASE_ARTICLES, 4 * BASE_ARTICLES):
        corpus = os.path.join(work, f"corpus-{n}")
        write_corpus(corpus, n)
        costs[n] = instructions(newskg, corpus, work)
        shutil.rmtree(corpus)
        if show:
            print(f"{n} articles: {costs[n]} instructions")
    base = costs[1]
    growth2 = (costs[2 * BASE_ARTICLES] - base) / (costs[BASE_ARTICLES] - base)
    growth4 = (costs[4 * BASE_ARTICLES] - base) / (costs[BASE_ARTICLES] - base)
    print(f"corpus linearity: {BASE_ARTICLES} -> {2 * BASE_ARTICLES} -> {4 * BASE_ARTICLES} "
          f"articles: work x{growth2:.2f}, x{growth4:.2f} (linear: x2, x4; limit x{MAX_GROWTH})")
    if growth4 > MAX_GROWTH:
        print("corpus linearity: FAILED: the build grows faster than the number of articles")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
