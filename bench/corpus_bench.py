#!/usr/bin/env python3
"""Corpus benchmark: `newskg build` end to end on the BBC folder and on 10x
and 100x replications of it (distinct file names, hence distinct article ids,
generated into a temporary folder), for -j 1 and -j 2, beside `newskg extract`
on the same files (extraction is the floor the build is measured against).

Prints per run: input MB, articles, wall seconds, MB/s, articles/s, peak
resident memory, triples written. Wall time on a shared machine is noisy:
compare rows of one run, not runs of different days.

usage: bench/corpus_bench.py [--newskg build/newskg] [--corpus ../shared/corpus/bbc]
                             [--scales 1,10,100] [--jobs 1,2] [--keep DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def corpus_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if f.startswith(".") or f.lower().startswith(("readme", "license", "licence")):
                continue
            out.append(os.path.join(dirpath, f))
    return out


def replicate(files, root, scale, dest):
    """dest/rK/<relative path with -rK before the extension>, K < scale: distinct
    ids, same text. Hard links where possible: no disk for the copies."""
    for k in range(scale):
        for f in files:
            rel = os.path.relpath(f, root)
            stem, ext = os.path.splitext(rel)
            target = os.path.join(dest, f"r{k}", f"{stem}-r{k}{ext}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            try:
                os.link(f, target)
            except OSError:
                shutil.copyfile(f, target)


def run(cmd):
    """Wall seconds and peak resident memory (MB) of one child process."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit status {code}")
    return seconds, usage.ru_maxrss / 1024.0


def count_triples(path):
    """Lines of an N-Triples file that are not comments (the header and end line)."""
    n = 0
    with open(path, "rb") as f:
        for line in f:
            n += not line.startswith(b"#")
    return n


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--newskg", default=os.path.join(here, "..", "build", "newskg"))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus", "bbc"))
    ap.add_argument("--scales", default="1,10,100")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--keep", help="write the replications and outputs here and keep them")
    a = ap.parse_args()

    files = corpus_files(a.corpus)
    text_bytes = sum(os.path.getsize(f) for f in files)
    work = a.keep or tempfile.mkdtemp(prefix="newskg-corpus-bench-")
    os.makedirs(work, exist_ok=True)
    print(f"corpus {a.corpus}: {len(files)} files, {text_bytes / 1e6:.1f} MB; work folder {work}")
    header = f"{'run':<28}{'MB':>8}{'articles':>10}{'s':>9}{'MB/s':>8}{'art/s':>9}{'peak MB':>9}{'triples':>12}"
    print(header)
    print("-" * len(header))
    try:
        for scale in (int(s) for s in a.scales.split(",")):
            src = os.path.join(work, f"x{scale}")
            if not os.path.isdir(src):
                replicate(files, a.corpus, scale, src)
            mb = text_bytes * scale / 1e6
            articles = len(files) * scale
            for jobs in (int(j) for j in a.jobs.split(",")):
                rows = [("extract", [a.newskg, "extract", src], None)]
                out = os.path.join(work, f"out-x{scale}-j{jobs}")
                rows.append(("build --format nt", [a.newskg, "build", "-q", "-j", str(jobs),
                                                  "--format", "nt", "-o", out, src], out))
                for name, cmd, outdir in rows:
                    if name == "extract" and jobs != 1:
                        continue  # extract is single-threaded: measured once per scale
                    seconds, peak = run(cmd if name != "extract" else cmd)
                    triples = count_triples(os.path.join(outdir, "graph.nt")) if outdir else 0
                    label = f"x{scale} -j{jobs} {name}" if name != "extract" else f"x{scale} {name}"
                    print(f"{label:<28}{mb:>8.1f}{articles:>10}{seconds:>9.2f}{mb / seconds:>8.2f}"
                          f"{articles / seconds:>9.0f}{peak:>9.0f}{triples:>12}", flush=True)
                    if outdir and not a.keep:
                        shutil.rmtree(outdir, ignore_errors=True)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
