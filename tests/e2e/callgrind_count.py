"""Work counted as callgrind's instructions, for the linearity tests: the same
count on every run however busy the machine is."""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def valgrind_missing(test):
    """True (and says so) when valgrind is not installed: the caller fails,
    since a skipped check would let a quadratic step back in unnoticed."""
    if shutil.which("valgrind") is not None:
        return False
    print(f"{test}: valgrind not found (install the valgrind package); this test needs it")
    return True


def instructions(test, command, work):
    """The instructions `command` executes, counted by callgrind (output file in `work`)."""
    out = os.path.join(work, "callgrind.out")
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"{test}: {' '.join(command)} failed ({r.returncode}):\n{r.stderr[-2000:]}")
    m = re.search(r"Collected\s*:\s*(\d+)", r.stderr)
    if not m:
        raise SystemExit(f"{test}: no instruction count from callgrind:\n{r.stderr[-2000:]}")
    os.remove(out)
    return int(m.group(1))


def start(test, doc, prefix):
    """NEWSKG [WORK_DIR] [--print] from the command line, with valgrind
    there: (newskg, work folder, print counts?), or the exit code to return."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(doc)
        return 2
    if valgrind_missing(test):
        return 1
    work = args[1] if len(args) > 1 else tempfile.mkdtemp(prefix=prefix)
    os.makedirs(work, exist_ok=True)
    return os.path.abspath(args[0]), work, "--print" in sys.argv
