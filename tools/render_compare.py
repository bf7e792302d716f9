#!/usr/bin/env python3
"""Compare Graphviz engines and settings on a newskg diagram.

    python3 tools/render_compare.py build/newskg out/graph.ttl [VIEW ARGS...]

Writes the view's DOT once (newskg render ... -o X.dot), then for each
engine/setting renders SVG with `dot -K...` and prints the seconds it took,
the drawing's size, and how many pairs of labels and of nodes overlap. Text
boxes are estimated as src/render/svg_labels.cpp does (DejaVu Sans advance
widths); node boxes come from the ellipse/polygon of each node group.
"""
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADV = [0.318, 0.401, 0.460, 0.838, 0.636, 0.950, 0.780, 0.275, 0.390, 0.390, 0.500, 0.838, 0.318,
       0.361, 0.318, 0.337] + [0.636] * 10 + [0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.000,
       0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
       0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
       0.390, 0.337, 0.390, 0.838, 0.500, 0.500, 0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635,
       0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392,
       0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838]


def width(text, size):
    em = 0.0
    for ch in text:
        o = ord(ch)
        em += ADV[o - 32] if 32 <= o < 127 else (0.9 if o >= 0x800 else 0.65)
    return em * size


def unescape(s):
    s = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), s)
    s = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), s)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


def text_boxes(svg):
    out = []
    for m in re.finditer(r"<text([^>]*)>(.*?)</text>", svg, re.S):
        attrs, text = m.group(1), unescape(m.group(2))
        if not text.strip():
            continue
        get = lambda k: (re.search(k + r'="([^"]*)"', attrs) or [None, ""])[1]
        x, y = float(get("x") or 0), float(get("y") or 0)
        size = float(get("font-size") or 14)
        w = width(text, size) * (1.1 if get("font-weight") == "bold" else 1.0)
        anchor = get("text-anchor")
        x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
        out.append((x0, y - 0.76 * size, x0 + w, y + 0.24 * size, text))
    return out


def node_boxes(svg):
    out = []
    for g in re.finditer(r'<g id="[^"]*" class="node">(.*?)</g>', svg, re.S):
        body = g.group(1)
        e = re.search(r'<ellipse[^>]*cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)" ry="([-\d.]+)"', body)
        if e:
            cx, cy, rx, ry = map(float, e.groups())
            out.append((cx - rx, cy - ry, cx + rx, cy + ry, ""))
            continue
        p = re.search(r'<(?:polygon|path)[^>]*(?:points|d)="([^"]*)"', body)
        if p:
            nums = list(map(float, re.findall(r"-?\d+\.?\d*", p.group(1))))
            xs, ys = nums[0::2], nums[1::2]
            out.append((min(xs), min(ys), max(xs), max(ys), ""))
    return out


def overlaps(boxes, tol=0.5):
    boxes = sorted(boxes)
    n = 0
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[0] > a[2] - tol:
                break
            if min(a[2], b[2]) - max(a[0], b[0]) > tol and min(a[3], b[3]) - max(a[1], b[1]) > tol:
                n += 1
    return n


# (name, engine for `newskg render --engine`, replacements in the DOT text)
SETTINGS = [
    ("dot LR", "dot", []),
    ("neato prism splines", "neato", [(r"splines=\w+", "splines=true")]),
    ("neato prism lines", "neato", [(r"splines=\w+", "splines=false")]),
    ("neato scalexy lines", "neato", [("overlap=prism", "overlap=scalexy"),
                                      (r"splines=\w+", "splines=false")]),
    ("sfdp prism splines", "sfdp", [(r"splines=\w+", "splines=true")]),
    ("sfdp prism lines", "sfdp", [(r"splines=\w+", "splines=false")]),
    ("fdp prism lines", "fdp", [(r"splines=\w+", "splines=false")]),
]


def main():
    newskg, graph, view = sys.argv[1], sys.argv[2], sys.argv[3:] or ["people"]
    tmp = Path(tempfile.mkdtemp(prefix="render-compare-"))
    print(f"{'engine':28} {'seconds':>8} {'size (pt)':>14} {'label overlaps':>15} {'node overlaps':>14}")
    for name, engine, replace in SETTINGS:
        dot = tmp / f"{engine}.dot"
        if not dot.exists():
            subprocess.run([newskg, "render", "--graph", graph, *view, "--engine", engine,
                            "-o", str(dot)], check=True, capture_output=True)
        text = dot.read_text()
        for a, b in replace:
            text = re.sub(a, b, text)
        variant = tmp / "variant.dot"
        variant.write_text(text)
        svg_path = tmp / "view.svg"
        t0 = time.monotonic()
        r = subprocess.run(["dot", "-Tsvg", "-o", str(svg_path), str(variant)],
                           capture_output=True, text=True, timeout=600)
        secs = time.monotonic() - t0
        if r.returncode != 0:
            print(f"{name:28} failed: {r.stderr.strip()[:80]}")
            continue
        svg = svg_path.read_text()
        m = re.search(r'<svg width="(\d+)pt" height="(\d+)pt"', svg)
        size = f"{m.group(1)}x{m.group(2)}" if m else "?"
        print(f"{name:28} {secs:8.2f} {size:>14} {overlaps(text_boxes(svg)):15d} "
              f"{overlaps(node_boxes(svg)):14d}")


if __name__ == "__main__":
    main()
