#!/usr/bin/env python3
"""kill -9 at random moments of a BBC build, 20 times: the output folder must
always hold either the previous complete output or the new complete one
(byte for byte, every file), and no staging folder may outlive the next run.

usage: kill_test.py NEWSKG SHARED_DIR SCRATCH_DIR [ROUNDS]
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time


def snapshot(folder):
    """{name: bytes} of every file in the folder (empty when it does not exist)."""
    if not os.path.isdir(folder):
        return {}
    out = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            out[name] = f.read()
    return out


def main():
    newskg, shared, scratch = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    bbc = os.path.join(shared, "corpus", "bbc")
    inputs = {
        "A": [os.path.join(bbc, "politics")],
        "B": [os.path.join(bbc, "politics"), os.path.join(bbc, "business")],
    }
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)

    def command(which, out):
        return [newskg, "build", "-q", "--per-article", "--format", "ttl,nt,json,dot",
                "-o", out] + inputs[which]

    # The two complete outputs, and how long a build takes.
    refs, seconds = {}, {}
    for which in inputs:
        ref = os.path.join(scratch, "ref-" + which)
        started = time.monotonic()
        subprocess.run(command(which, ref), check=True, stderr=subprocess.DEVNULL)
        seconds[which] = time.monotonic() - started
        refs[which] = snapshot(ref)
        assert len(refs[which]) > 100, f"{which}: only {len(refs[which])} files"
    assert refs["A"] != refs["B"]

    out = os.path.join(scratch, "out")
    subprocess.run(command("A", out), check=True, stderr=subprocess.DEVNULL)
    current = "A"
    rng = random.Random(20261204)
    outcomes = {"previous": 0, "new": 0}
    # Anywhere in the run, the commit at its end included. Under a loaded
    # machine (ctest -j) a build takes longer than the reference run did, and
    # 20 kills all landed before the commit once, 30 another time: rounds
    # past the 20th, at most 10, aim later and later (up to 11.5 times the
    # reference run) until one has let a build finish.
    n = 0
    while n < rounds or (outcomes["new"] == 0 and n < rounds + 10):
        target = "B" if current == "A" else "A"
        late = n - rounds if n >= rounds else -1
        if late >= 0:
            delay = rng.uniform(seconds[target] * (1.0 + late), seconds[target] * (2.5 + late))
        else:
            delay = rng.uniform(0.0, seconds[target] * 1.3)
        n += 1
        proc = subprocess.Popen(command(target, out), stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        got = snapshot(out)
        if got == refs[current]:
            outcomes["previous"] += 1
        elif got == refs[target]:
            outcomes["new"] += 1
            current = target
        else:
            missing = sorted(set(refs[target]) - set(got))[:5]
            extra = sorted(set(got) - set(refs[target]) - set(refs[current]))[:5]
            print(f"round {n - 1}: killed after {delay:.2f}s: the output is neither the previous "
                  f"({current}) nor the new ({target}) one; {len(got)} files, "
                  f"missing e.g. {missing}, unexpected {extra}", file=sys.stderr)
            return 1
        print(f"round {n - 1}: killed after {delay:.2f}s -> {'new' if current == target else 'previous'} output")

    # The next run cleans what the killed ones left beside the folder.
    subprocess.run(command(current, out), check=True, stderr=subprocess.DEVNULL)
    leftovers = [n for n in os.listdir(scratch) if ".newskg-" in n]
    if leftovers:
        print(f"staging folders left behind: {leftovers}", file=sys.stderr)
        return 1
    if snapshot(out) != refs[current]:
        print("a clean run after the kills did not give the reference output", file=sys.stderr)
        return 1
    print(f"{n} kills: {outcomes['previous']} left the previous output, "
          f"{outcomes['new']} the new one, none anything else")
    # Both outcomes must have happened, or the kills did not test anything.
    return 0 if outcomes["previous"] and outcomes["new"] else 1


if __name__ == "__main__":
    sys.exit(main())
