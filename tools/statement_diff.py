#!/usr/bin/env python3
"""List statement errors per article: missed gold statements, wrong speakers and
spurious predictions (no gold statement overlaps them), using the scorer's own
matching (../shared/eval/score.py) so the lists add up to its numbers.

  tools/statement_diff.py --gold GOLD_DIR --pred PRED_DIR [--score PATH]
"""
import argparse
import importlib.util
import json
import os


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--score", default=os.path.join(os.path.dirname(__file__),
                                                     "../../shared/eval/score.py"))
    ap.add_argument("--only", help="article name prefix")
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", a.score)
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    for fn in sorted(os.listdir(a.gold)):
        if not fn.endswith(".json") or (a.only and not fn.startswith(a.only)):
            continue
        gold = json.load(open(os.path.join(a.gold, fn), encoding="utf-8"))
        base = fn[:-5]
        path = next((os.path.join(a.pred, base + e) for e in (".nt", ".ttl")
                     if os.path.exists(os.path.join(a.pred, base + e))), None)
        g = sc.Graph(sc.load_graph(path) if path else [])
        preds = sc.pred_statements(g)
        by_name = {e["name"]: e for e in gold.get("entities", [])}
        lines = []
        used = set()
        for st in gold.get("statements", []):
            cands = sorted(((sc.overlap(st["text"], p["text"]), i) for i, p in enumerate(preds)
                            if i not in used), reverse=True)
            cands = [c for c in cands if c[0] >= 0.6]
            if not cands:
                lines.append(f"  MISS  [{st.get('kind', '?')[:3]}] {st['speaker']} :: "
                             f"{st['text'][:110]}")
                continue
            hit = next((i for _, i in cands if st["speaker"] is None or any(
                sc.speaker_ok(by_name, st["speaker"], g, sp) for sp in preds[i]["speakers"])),
                None)
            if hit is None:
                i = cands[0][1]
                who = [sorted(g.names[sp])[:1] for sp in preds[i]["speakers"]]
                lines.append(f"  WHO   [{st.get('kind', '?')[:3]}] gold {st['speaker']} got {who}"
                             f" :: {st['text'][:90]}")
                used.add(i)
            else:
                used.add(hit)
        for i, p in enumerate(preds):
            if i in used:
                continue
            who = [sorted(g.names[sp])[:1] for sp in p["speakers"]]
            lines.append(f"  EXTRA [{p['kind'][:3]}] {who} :: {p['text'][:110]}")
        if lines:
            print(f"== {base}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
