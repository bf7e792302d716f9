#!/usr/bin/env python3
"""Quality floors: build per-article graphs with newskg, score them with the
shared scorer (../shared/eval/score.py), and fail when a score is below its floor.

usage: quality_check.py NEWSKG SHARED_DIR {seeds|news-dev|polnear-dev} WORK_DIR
       quality_check.py CORPUS_REPORT SHARED_DIR bbc WORK_DIR

The bbc check runs bench/corpus_report over the whole BBC folder: no article
may fail, and the share of quotations with a named speaker must stay >= 0.90
(the issue's target for that folder).
"""
import json, os, re, subprocess, sys

newskg, shared, which, work = sys.argv[1:5]
score = os.path.join(shared, "eval", "score.py")
if not os.path.exists(score):
    print(f"quality: {score} not found: ../shared must sit beside the repository")
    sys.exit(1)
os.makedirs(work, exist_ok=True)

if which == "bbc":
    out = subprocess.run([newskg, os.path.join(shared, "corpus", "bbc")], check=True,
                         capture_output=True, text=True).stdout
    arts = re.search(r"^articles\s+(\d+) \(.*?(\d+) errors", out, re.M)
    share = re.search(r"^quotations\s+\d+, with a resolved speaker: \d+ = ([0-9.]+)", out, re.M)
    if not arts or not share:
        print("quality bbc: corpus_report printed no articles/quotations line:\n" + out)
        sys.exit(1)
    checks = [("articles", int(arts.group(1)), 2000, ">="), ("errors", int(arts.group(2)), 0, "=="),
              ("named-speaker share", float(share.group(1)), 0.90, ">=")]
    failed = 0
    for name, value, bar, op in checks:
        ok = value >= bar if op == ">=" else value == bar
        failed += not ok
        print(f"quality bbc: {name} = {value} (must be {op} {bar}) {'ok' if ok else 'FAILED'}")
    sys.exit(1 if failed else 0)

if which == "seeds":
    gold = os.path.join(shared, "corpus", "gold")
    articles = [os.path.join(shared, "corpus", "seeds", f)
                for f in sorted(os.listdir(os.path.join(shared, "corpus", "seeds")))]
    # Floors: the extraction-quality bars for the seeds (entity.all 0.92,
    # statement 0.85, attribution 0.95, about 0.70, met 0.80, position 0.50);
    # met raised to 0.90 once meetings reached 0.909 (5 of 6 pairs, none wrong);
    # statement raised to 0.95 once it reached 0.961 (49 of 53, none wrong;
    # 0.981 since, 51 of 53); position 0.529 since session 27 (18 of 45, 23
    # predicted: a guess from evaluative words needs two of them).
    floors = {("entity.all", "f1"): 0.92, ("statement", "f1"): 0.95,
              ("attribution.accuracy", "p"): 0.95, ("about", "f1"): 0.70,
              ("met", "f1"): 0.90, ("position", "f1"): 0.50}
elif which == "news-dev":
    # Ten outlets in six countries (txt, raw HTML, JSON Lines): the
    # generalization score. Floors just under what main reaches (entity.all
    # 0.883 since sports clubs are bodies, statement 0.877 and attribution
    # 0.971 since "it said" is the body in subject position,
    # about 0.707, met 1.000 = 4 of 4 pairs, position 0.507: 37 of 63, 83
    # predicted; since session 26 statement 0.884, about 0.710 and position
    # 0.503, 37 of 63 with 84 predicted), so a regression fails; entity.all 0.85,
    # statement 0.80, attribution 0.92, met 0.85 (3 of 4 pairs, none
    # wrong) and position 0.50 are issue 15's bars, reached (position just:
    # one position less found and it is below).
    # Since session 27 a guess from evaluative words needs two of them:
    # position 0.545, 27 of 63 with 36 predicted (floor 0.53). Since session
    # 28 attribution 0.981 (202 of 206 found quotations; floor 0.97).
    # Since session 30 entity.all 0.885 (177 of 197 with 203 predicted: a
    # run after "the" with no title or first name is no person; floor 0.88).
    # (Position went 0.379 -> 0.366 when "Hori Parata ... called on by tribes
    # ... for cultural guidance", a passive and no statement of his, stopped
    # being one: its position matched a gold one on the word "for" only;
    # 0.364 -> 0.507 with judgements read off their grammar, attitudes the
    # article reports and commitments.)
    gold = os.path.join(shared, "corpus", "news-dev", "gold")
    folder = os.path.join(shared, "corpus", "news-dev", "articles")
    articles = [os.path.join(folder, f) for f in sorted(os.listdir(folder))]
    floors = {("entity.all", "f1"): 0.88, ("statement", "f1"): 0.86,
              ("attribution.accuracy", "p"): 0.97, ("about", "f1"): 0.69,
              ("met", "f1"): 0.85, ("position", "f1"): 0.53}
else:
    keys = os.path.join(work, "keys")
    subprocess.run([sys.executable, os.path.join(shared, "eval", "polnear2gold.py"), "--data",
                    os.path.join(shared, "corpus", "polnear"), "--split", "dev", "--out", keys,
                    "--top", "0"], check=True, stdout=subprocess.DEVNULL)
    gold = os.path.join(keys, "gold")
    articles = [os.path.join(keys, "articles")]
    # PolNeAR dev (see README, Evaluation) stands at recall 0.717, precision
    # 0.847, attribution 0.948; the floors sit just under, so a regression
    # fails. Issue 15's bar (recall 0.75 at precision 0.82) is higher; its
    # attribution bar (0.94) is a floor here.
    floors = {("statement", "p"): 0.84, ("statement", "r"): 0.71,
              ("attribution.accuracy", "p"): 0.94}

pred = os.path.join(work, "pred")
subprocess.run([newskg, "build", "-q", "--per-article", "--format", "nt", "-o", pred, *articles],
               check=True)
out = subprocess.run([sys.executable, score, "--gold", gold, "--pred", pred, "--json"],
                     check=True, capture_output=True, text=True).stdout
res = json.loads(out)
failed = 0
for (metric, field), floor in floors.items():
    value = res.get(metric, {}).get(field, 0.0)
    ok = value >= floor
    failed += not ok
    print(f"quality {which}: {metric}.{field} = {value:.3f} (floor {floor:.2f}) {'ok' if ok else 'BELOW FLOOR'}")
sys.exit(1 if failed else 0)
