#!/usr/bin/env python3
"""Extraction is linear in the article's length whatever its shape (issue 14).

Counts work, not seconds: the instructions `newskg extract FILE` executes under
valgrind's callgrind, which gives the same count on every run however busy the
machine is. For each shape an article is generated at 1x, 2x and 4x its base
size, and a one-sentence article is measured once for the fixed cost (loading
the lexicons), so that

    growth = (cost(4x) - cost(tiny)) / (cost(1x) - cost(tiny))

is about 4 for linear work and about 16 for quadratic work. The test fails
when growth exceeds MAX_GROWTH for any shape, or when valgrind is missing (a
skipped check would let a quadratic pass slip back in unnoticed).

Shapes (deterministic text, no randomness):
  paragraph  one long line of news sentences: quotations, reported speech,
             titles, organizations, countries, meetings
  sentence   the same clauses joined by commas and "and", no full stop at all
  names      thousands of distinct people and banks, named in full, then by a
             shared surname, "she", "the mayor", "they", "the bank", and a
             country's summit with each of them
  quotes     quotation marks everywhere: split, continued, unclosed, straight
  html       <div> elements nested deeper and deeper around the text

usage: linearity_test.py NEWSKG [WORK_DIR] [--print] [--shape=NAME]... [--scale=X]
  --print    also print the raw instruction counts (for reports)
  --shape    only these shapes; --scale multiplies the base sizes
"""
import os
import sys

import callgrind_count

MAX_GROWTH = 4.6

FIRST = ["Anna", "Peter", "Maria", "Jonas", "Ingrid", "Lars", "Sofia", "Erik", "Helena",
         "Tomas", "Clara", "Henrik", "Marta", "Oskar", "Elena", "Viktor", "Laura", "Felix",
         "Nora", "Simon", "Julia", "Anton", "Emma", "Mikael", "Sara", "Daniel", "Lena",
         "Martin", "Alice", "Robert"]
LAST = ["Berg", "Lund", "Olsen", "Dahl", "Strand", "Holm", "Nyberg", "Falk", "Sandvik",
        "Moberg", "Lindqvist", "Ekstrom", "Hagen", "Solberg", "Brekke", "Aasen", "Vik",
        "Rasmussen", "Kvist", "Engel", "Norberg", "Haug", "Bakke", "Lie", "Storm",
        "Eriksen", "Fjeld", "Torp", "Wold", "Krog"]
TITLES = ["Defence Minister", "Foreign Secretary", "Finance Minister", "Prime Minister",
          "Senator", "chief executive"]
COUNTRIES = ["Norway", "Sweden", "Germany", "France", "Ukraine", "Russia", "China", "Japan"]
ORGS = ["the European Commission", "the World Bank", "Nato", "the United Nations",
        "the International Monetary Fund"]


def person(i):
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def clauses(i, names=40):
    """A few clauses of news prose about the i-th group of people."""
    a, b = person(i % names), person((i * 7 + 3) % names)
    sur_a = a.split()[1]
    c = COUNTRIES[i % len(COUNTRIES)]
    o = ORGS[i % len(ORGS)]
    t = TITLES[i % len(TITLES)]
    return [
        f"{c}’s {t} {a} said the talks with {o} would resume next week",
        f"“We will not give up on the agreement,” {sur_a} told reporters in {c}",
        f"according to {o} the economy of {c} grew by 2.5% last year",
        f"{a} met {b} in {COUNTRIES[(i + 3) % len(COUNTRIES)]} on Monday",
        f"{b} warned that the plan could cost {c} more than it raises",
        f"she added that {o} supported the proposal",
    ]


def gen_paragraph(size):
    out, i = [], 0
    while sum(map(len, out)) < size:
        cl = clauses(i)
        out.append(". ".join(s[0].upper() + s[1:] for s in cl) + ".")
        i += 1
    return "Talks resume\n\n" + " ".join(out) + "\n"


def gen_sentence(size):
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(", and ".join(clauses(i)).replace("2.5%", "2,5 percent"))
        i += 1
    return "Talks resume\n\n" + ", ".join(out) + "\n"


MEN = ["Peter", "Jonas", "Lars", "Erik", "Tomas", "Oskar", "Viktor", "Felix", "Simon",
       "Anton", "Daniel", "Martin", "Robert"]


def gen_names(size):
    # Thousands of distinct men (first x last names, then with a middle
    # initial) and banks, each named in full and then referred to the ways
    # news does: by a surname many of them share, "she" (no woman named: the
    # pronoun looks back over everyone), "the mayor" (an office no one holds),
    # "they", "the bank", and a country's summit with each of them (one
    # event named a thousand ways).
    out, i = [], 0
    combos = len(MEN) * len(LAST)
    while sum(map(len, out)) < size:
        k = i % combos
        first, last = MEN[k % len(MEN)], LAST[(k // len(MEN)) % len(LAST)]
        name = f"{first} {last}" if i < combos else f"{first} {chr(65 + (i // combos) % 26)}. {last}"
        other = f"{MEN[(k + 1) % len(MEN)]} {LAST[(k + 7) % len(LAST)]}"
        c = COUNTRIES[i % len(COUNTRIES)]
        bank = f"Bank of {LAST[i % len(LAST)]}{MEN[(i // len(LAST)) % len(MEN)]}{i // combos}"
        t = TITLES[i % len(TITLES)]
        out.append(f"{t} {name} of {c} met {other}, and {last} said the vote in {c} was "
                   f"fair. The {bank} said it lent more, and the bank said the rates would "
                   f"rise. They said the mayor said she left. {c}’s summit with {name} ended.")
        i += 1
    return "Roll call\n\n" + " ".join(out) + "\n"


def gen_quotes(size):
    parts = []
    forms = [
        "“We will not give up,” {a} said. ",
        "“My hope,” {a} said, “is that the talks resume soon.” ",
        "\"It is a good deal\" and \"a fair one, ",
        "“The plan works. “It always did. ",
        "{a} called it a “huge win” for ‘everyone’ involved. ",
        "‘Nothing is agreed,’ said {a}. \" ",
    ]
    i = 0
    while sum(map(len, parts)) < size:
        parts.append(forms[i % len(forms)].format(a=person(i % 40)))
        i += 1
        if i % 4 == 0:
            parts.append("\n\n")
    return "Quotes\n\n" + "".join(parts) + "\n"


def gen_html(size):
    # Depth grows with the size: `size` bytes of nested <div> around a paragraph.
    depth = max(1, size // len("<div></div>"))
    return ("<!DOCTYPE html><html><head><title>Deep page</title></head><body>" +
            "<div>" * depth + "<p>Anna Berg said the talks would resume next week.</p>" +
            "</div>" * depth + "</body></html>\n")


# Base sizes (1x): large enough that a quadratic term shows (at 100 KB each
# text shape cost 6 to 12 times more at 4x before issue 14's fixes), small
# enough that the whole test takes under a minute.
SHAPES = {
    "paragraph": (gen_paragraph, 100_000, ".txt"),
    "sentence": (gen_sentence, 100_000, ".txt"),
    "names": (gen_names, 100_000, ".txt"),
    "quotes": (gen_quotes, 100_000, ".txt"),
    "html": (gen_html, 40_000, ".html"),
}


def instructions(newskg, path, work):
    return callgrind_count.instructions("linearity", [newskg, "extract", path], work)


def main():
    started = callgrind_count.start("linearity", __doc__, "newskg-linearity-")
    if isinstance(started, int):
        return started
    newskg, work, show = started
    only = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--shape=")]
    scale = [float(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--scale=")]
    tiny = os.path.join(work, "tiny.txt")
    with open(tiny, "w", encoding="utf-8") as f:
        f.write("Talks resume\n\nAnna Berg said the talks would resume.\n")
    base = instructions(newskg, tiny, work)
    if show:
        print(f"tiny: {base} instructions")
    failed = 0
    for name, (gen, size, ext) in SHAPES.items():
        if only and name not in only:
            continue
        if scale:
            size = int(size * scale[0])
        costs = []
        for k in (1, 2, 4):
            path = os.path.join(work, f"{name}-{k}x{ext}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(gen(size * k))
            costs.append(instructions(newskg, path, work))
        growth2 = (costs[1] - base) / max(1, costs[0] - base)
        growth4 = (costs[2] - base) / max(1, costs[0] - base)
        ok = growth4 <= MAX_GROWTH
        failed += not ok
        detail = f" (1x {costs[0]}, 2x {costs[1]}, 4x {costs[2]})" if show else ""
        print(f"linearity {name}: 2x costs {growth2:.2f}x, 4x costs {growth4:.2f}x "
              f"(must be <= {MAX_GROWTH}){detail} {'ok' if ok else 'FAILED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
