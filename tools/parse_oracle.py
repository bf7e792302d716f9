#!/usr/bin/env python3
"""What a dependency parser could add to reported-speech recall: an oracle
that reads CoreNLP's own (silver) parses of PolNeAR dev as if a parser had
made them perfectly, and compares what a one-line syntactic rule finds with
what newskg found.

The rule: a verb whose form or lemma is in schema/lexicon/speech_verbs.tsv,
with a `ccomp` or `parataxis` dependent; the dependent's subtree is the
reported clause. A gold statement counts as found when a span overlaps it as
the scorer's statements do (../shared/eval/score.py, overlap >= 0.6).

  python3 ../shared/eval/polnear2gold.py --data ../shared/corpus/polnear \\
      --split dev --out /tmp/pk --top 0
  build/newskg build -q --per-article --format nt -o /tmp/pn /tmp/pk/articles
  tools/parse_oracle.py --gold /tmp/pk/gold --articles /tmp/pk/articles --pred /tmp/pn

It prints, over the articles with a silver parse: the gold statements, those
newskg finds, those the rule finds, those only the rule finds (the ceiling of
a parser's gain), how the clause's subject looks in those (a pronoun, a
common noun, a name, none: a participle or a coordinated verb), and the
rule's spans that match no gold statement (its own precision).
"""
import argparse
import collections
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def speech_verbs(path):
    forms, lemmas = set(), set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if " " not in f[0]:
            forms.add(f[0])
            lemmas.add(f[1])
    return forms, lemmas


def sentences(path):
    sent = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        c = line.split("\t")
        if "-" in c[0] or "." in c[0]:
            continue
        misc = dict(kv.split("=", 1) for kv in c[9].split("|") if "=" in kv)
        sent.append(dict(id=int(c[0]), form=c[1], lemma=c[2].lower(), pos=c[4], head=int(c[6]),
                         rel=c[7], b=int(misc["Begin"]), e=int(misc["End"])))
    if sent:
        yield sent


def rule_spans(sent, text, forms, lemmas):
    kids = collections.defaultdict(list)
    for t in sent:
        kids[t["head"]].append(t)

    def subtree(t):
        lo, hi, todo = t["b"], t["e"], [t]
        while todo:
            x = todo.pop()
            lo, hi = min(lo, x["b"]), max(hi, x["e"])
            todo += kids[x["id"]]
        return lo, hi

    for t in sent:
        if not t["pos"].startswith("VB"):
            continue
        if t["lemma"] not in lemmas and t["form"].lower() not in forms:
            continue
        subj = [k for k in kids[t["id"]] if k["rel"].startswith("nsubj")]
        for k in kids[t["id"]]:
            if k["rel"] in ("ccomp", "parataxis"):
                b, e = subtree(k)
                yield text[b:e], (subj[0]["pos"] if subj else "")


def subject_class(pos):
    if not pos:
        return "none (participle, coordinated verb)"
    if pos == "PRP":
        return "pronoun"
    if pos in ("NNP", "NNPS"):
        return "name"
    if pos.startswith("NN"):
        return "common noun"
    return "other (" + pos + ")"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True, help="polnear2gold.py's gold folder")
    ap.add_argument("--articles", required=True, help="polnear2gold.py's articles folder")
    ap.add_argument("--pred", required=True, help="newskg build --per-article --format nt output")
    ap.add_argument("--silver", default=os.path.join(HERE, "../../shared/corpus/polnear/silver/dev"))
    ap.add_argument("--score", default=os.path.join(HERE, "../../shared/eval/score.py"))
    ap.add_argument("--verbs", default=os.path.join(HERE, "../schema/lexicon/speech_verbs.tsv"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.score)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    forms, lemmas = speech_verbs(a.verbs)
    n = collections.Counter()
    subjects = collections.Counter()
    for fn in sorted(os.listdir(a.gold)):
        base = fn[:-5]
        silver = os.path.join(a.silver, base + ".conllu")
        if not fn.endswith(".json") or not os.path.exists(silver):
            continue
        gold = json.load(open(os.path.join(a.gold, fn), encoding="utf-8"))["statements"]
        text = open(os.path.join(a.articles, base + ".txt"), encoding="utf-8").read()
        path = os.path.join(a.pred, base + ".nt")
        preds = sc.pred_statements(sc.Graph(sc.load_graph(path) if os.path.exists(path) else []))
        spans = [s for sent in sentences(silver) for s in rule_spans(sent, text, forms, lemmas)]
        for st in gold:
            found = any(sc.overlap(st["text"], p["text"]) >= 0.6 for p in preds)
            by_rule = [s for s in spans if sc.overlap(st["text"], s[0]) >= 0.6]
            n["gold"] += 1
            n["newskg"] += found
            n["rule"] += bool(by_rule)
            if by_rule and not found:
                n["rule only"] += 1
                subjects[subject_class(by_rule[0][1])] += 1
        n["rule spans"] += len(spans)
        n["rule spans matching no gold"] += sum(
            1 for s in spans if not any(sc.overlap(st["text"], s[0]) >= 0.6 for st in gold))
    for k in ("gold", "newskg", "rule", "rule only", "rule spans", "rule spans matching no gold"):
        print(f"{k:30s} {n[k]}")
    print("subject of the clause's verb, in the rule-only statements:")
    for k, v in subjects.most_common():
        print(f"  {k:35s} {v}")


if __name__ == "__main__":
    main()
