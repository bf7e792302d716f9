#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets: tests/fuzz/corpus/<target>/.

  python3 tests/fuzz/make_corpus.py [--shared ../shared] [--newskg build/newskg]

Seeds, by where they come from (file name prefix):
  seed-   examples/articles (the seeds) and tests/data/ingest (the readers' test inputs)
  bbc-    a fixed sample of ../shared/corpus/bbc: 5 articles from each of the 5
          sections (MIT licence, copied to corpus/LICENSE-bbc), as plain text,
          and every other one wrapped into the other formats
  edge-   hand-made edge cases: unclosed quotes, deep nesting, bad UTF-8,
          huge lines, odd JSON ids, front matter edge cases (written here)
  graph-  for the Turtle reader: graphs written by newskg (--newskg) of the
          seeds and the BBC sample, per article, in Turtle, N-Triples, N-Quads

Deterministic: the same files on every run (the corpus is committed; run it
again after changing it here). Each file stays small; the repository too.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(HERE, "corpus")
TARGETS = ["text", "markdown", "html", "jsonl", "json", "pipeline", "turtle"]


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    path = os.path.join(CORPUS, target, name)
    with open(path, "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def bbc_sample(shared):
    """5 articles from each section: the 1st, and every 50th after it, sorted."""
    root = os.path.join(shared, "corpus", "bbc")
    if not os.path.isdir(root):
        sys.exit(f"make_corpus: {root} not found (use --shared)")
    sample = []
    for section in sorted(os.listdir(root)):
        folder = os.path.join(root, section)
        if not os.path.isdir(folder):
            continue
        files = sorted(os.listdir(folder))
        for name in files[0:250:50]:
            sample.append((section, name, read(os.path.join(folder, name))))
    # The article that showed the heap use after free of issue 14 item 3.
    known = ("business", "india-calls-for-fair-trade-rules.txt")
    if not any((s, n) == known for s, n, _ in sample):
        sample.append((known[0], known[1], read(os.path.join(root, *known))))
    return sample


def html_page(title, body, extra_head=""):
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"{extra_head}</head>\n<body><nav>Home</nav><article><h1>{title}</h1>\n"
            f"{paragraphs}</article><footer>(c)</footer></body></html>\n")


def headline_and_body(raw):
    text = raw.decode("utf-8")
    lines = text.split("\n", 1)
    return lines[0].strip(), (lines[1] if len(lines) > 1 else "").strip()


QUOTE_TEXT = ("Minister warns on talks\n\n"
              "\u201cWe will not accept this,\u201d said Foreign Minister Anna Berg on Monday.\n"
              "Berg met John Smith, the US secretary of state, in Oslo. Smith said the US "
              "supports Nato membership for Ukraine.\n")


def edge_cases():
    """(name, bytes-or-str, targets) of the hand-made inputs."""
    cases = []
    text_like = ["text", "pipeline"]
    add = lambda name, data, targets=text_like: cases.append((name, data, targets))

    # Quotations and speech.
    add("edge-quotes-unclosed.txt", "Headline\n\n\u201cThis never ends, said Smith.\n" * 3)
    add("edge-quotes-straight-unclosed.txt", 'Headline\n\n"Open " quote " and "" more "' * 20)
    add("edge-quotes-nested.txt",
        "Talks\n\nSmith said: \u201cBerg told me \u2018Jones said \u201cno\u201d\u2019 twice.\u201d\n")
    add("edge-quotes-many.txt", "H\n\n" + "\u201c" * 500 + "said Smith" + "\u201d" * 500)
    add("edge-speech.txt", QUOTE_TEXT)
    add("edge-said-chain.txt",
        "H\n\n" + " ".join(f"Person{i} Name said Other{i} Body told him." for i in range(60)))
    add("edge-roles.txt",
        "H\n\nUS President Joe Biden, German Chancellor Olaf Scholz and Sir Keir Starmer met. "
        "The two leaders said they oppose tariffs. He said: \u201cNo.\u201d Mr Biden, 81, agreed. "
        "A spokeswoman for the Pentagon said experts say Nato said.\n")
    # Bytes and encodings.
    add("edge-bad-utf8.txt", b"Headline\n\nValid text then \xff\xfe bad \xc3 truncated \xed\xa0\x80 surrogate\n")
    add("edge-overlong-utf8.txt", b"H\n\n\xc0\xaf\xe0\x80\xaf overlong \xf4\x90\x80\x80 too high\n")
    add("edge-bom.txt", "\ufeffHeadline with a BOM\n\nSmith said yes.\n")
    add("edge-nul.txt", b"Headline\x00\n\nSmith\x00 said \x00 nothing.\n")
    add("edge-crlf.txt", "Headline\r\n\r\nSmith said \u201cyes\u201d.\r\nBerg said no.\r\r\n")
    add("edge-controls.txt", "H\n\n" + "".join(chr(c) for c in range(1, 32)) + " said Smith\x7f\x85\u2028\u2029")
    add("edge-combining.txt", "Zelensky\u0301 said Ukrai\u0308ne \ud83d\ude00 e\u0301\u0301\u0301.\n"
        .encode("utf-16", "surrogatepass").decode("utf-16"))
    add("edge-astral-names.txt", "H\n\n\U0001d400\U0001d401 Smith said \U0001F600 \u201c\U00010348\u201d.\n")
    add("edge-rtl.txt", "H\n\n\u202eSmith\u202c said \u05e9\u05dc\u05d5\u05dd and \u0645\u0631\u062d\u0628\u0627.\n")
    # Sizes and shapes.
    add("edge-huge-line.txt", "H\n\n" + ("Smith said the talks, which Berg met, " * 500))
    add("edge-no-full-stop.txt", "H\n\n" + " ".join(["Smith Berg Jones said"] * 800))
    add("edge-many-names.txt", "H\n\n" + ", ".join(f"Anna Berg{i}" for i in range(1500)) + " said.\n")
    add("edge-only-newlines.txt", "\n" * 2000)
    add("edge-only-spaces.txt", " \t" * 2000)
    add("edge-one-char.txt", "x")
    add("edge-empty.txt", "")
    add("edge-byline.txt", "Headline\nBy A and B and C, and D\nBy\nBy By By\n\nText.\n")
    add("edge-dots.txt", "H\n\nU.S. U.K. Mr. Dr. St. ... .. . ?!?! e.g. i.e. a.m. 3.14 Ph.D. said.")
    add("edge-punctuation-only.txt", "\u201c\u201d\u2018\u2019\"'()[]{}\u2013\u2014-,:;" * 50)

    # Markdown and front matter.
    md = ["markdown", "pipeline"]
    add("edge-fm-unclosed.md", "---\ntitle: \"x\"\ndate: 2025\n\nBody never closes the front matter.\n", md)
    add("edge-fm-empty.md", "---\n---\n", md)
    add("edge-fm-only-dashes.md", "---", md)
    add("edge-fm-bad-yaml.md", "---\ntitle: [unclosed\n  - : :\n\t tab\n---\nBody.\n", md)
    add("edge-fm-types.md", "---\ntitle: 42\ndate: [2025, 2]\ncategories: {a: b}\ntags: null\n"
        "author: [\"A\", {name: B}, 3]\nauthors: ~\n---\n\nBody says Smith.\n", md)
    add("edge-fm-anchors.md", "---\na: &a [\"x\", \"y\"]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"
        "title: *a\n---\nBody.\n", md)
    add("edge-fm-deep.md", "---\ntitle: " + "[" * 200 + "]" * 200 + "\n---\nBody.\n", md)
    add("edge-fm-multidoc.md", "---\ntitle: a\n---\n---\ntitle: b\n---\n...\nBody.\n", md)
    add("edge-fm-crlf.md", "---\r\ntitle: \"CRLF\"\r\ndate: 2025-02-13\r\n---\r\n\r\n**By A and B**\r\n\r\nText.\r\n", md)
    add("edge-fm-source-link.md", "---\ntitle: T\n---\n\nSmith said yes.\n\n[source](https://example.com/a)\n"
        "[source](javascript:alert(1))\n[source](\n", md)
    add("edge-fm-long-string.md", "---\ntitle: \"" + "\\u00e9" * 3000 + "\"\n---\nBody.\n", md)
    add("edge-fm-quotes.md", "---\ntitle: 'it''s \"quoted\"'\ndate: \"\\x00\\uD800\"\n---\nBody.\n", md)

    # HTML.
    html = ["html", "pipeline"]
    add("edge-html-deep.html", "<html><body><article>" + "<div>" * 3000 + "Smith said yes." +
        "</div>" * 3000 + "</article></body></html>", html)
    add("edge-html-unclosed.html", "<!DOCTYPE html><html><head><title>T</title><body><article><p>Smith said"
        "<p><b><i><p>\u201cunclosed<table><tr><td>cell<script>x", html)
    add("edge-html-meta.html", "<html><head><meta property=\"og:title\" content=\"\">"
        "<meta property=\"og:title\" content=\"Second\"><meta name=\"author\" content=\"By A and B\">"
        "<meta property=\"article:published_time\" content=\"not a date\">"
        "<link rel=\"canonical\" href=\"javascript:alert(1)\"><title></title></head>"
        "<body><main><p>Smith said yes.</p></main></body></html>", html)
    add("edge-html-entities.html", "<html><body><article><p>&#0; &#xD800; &#x110000; &amp &lt;&gt; "
        "&notanentity; &#99999999999; &nbsp;&ldquo;Yes&rdquo; said Smith.</p></article></body></html>", html)
    add("edge-html-no-body.html", "<!DOCTYPE html>", html)
    add("edge-html-scripts.html", "<html><body><article><script>" + "<p>not text</p>" * 50 +
        "</script><style>p{}</style><noscript><p>no</p></noscript><template><p>t</p></template>"
        "<p>Real text.</p></article></body></html>", html)
    add("edge-html-bad-utf8.html", b"<html><body><article><p>Smith \xff\xfe said \xc3</p></article></body></html>", html)
    add("edge-html-nested-articles.html", "<html><body>" + "<article><main><p>x</p>" * 200 +
        "</body></html>", html)
    add("edge-html-svg-math.html", "<html><body><article><svg><title>t</title><p>in svg</p></svg>"
        "<math><mi>x</mi></math><p>After.</p></article></body></html>", html)
    add("edge-html-frameset.html", "<html><frameset><frame src=x></frameset><p>after</p>", html)

    # JSON Lines and JSON.
    jl = ["jsonl"]
    ids = ['"../../etc/pwn"', '"/tmp/x/../../y"', '"a/b"', '"."', '".."', '""', '"   "',
           '"A B"', '"a b"', '"a-b"', '"\\u00e9"', '"e"', '"\\u0000x"', '"\\ud800"', '"' + "x" * 300 + '"',
           "7", "-1", "1e309", "1.5", "true", "null", "[]", "{}", '"graph"', '"con"', '"a\\\\b"']
    lines = [f'{{"id": {i}, "title": "T", "text": "Smith said yes."}}' for i in ids]
    add("edge-odd-ids.jsonl", "\n".join(lines) + "\n", jl)
    add("edge-odd-ids.json", "[" + ",\n".join(lines) + "]", ["json"])
    add("edge-fields.jsonl", "\n".join([
        '{}', '[]', '1', '"s"', 'null', '{"text": 5}', '{"text": ["a"]}', '{"title": "only"}',
        '{"id": "x", "text": "", "title": ""}', '{"text": "a", "author": [1, null, {"name": "N"}]}',
        '{"text": "a", "authors": "A and B", "byline": ["By C"]}', '{"text": "a", "date": 20250101}',
        '{"text": "a\\u0000b", "title": "\\ud83d"}', '{"text": "a", "text": "dup"}',
        '{"text": "a", "url": "javascript:alert(1)"}', '{"text": "unterminated', '{"text": "a"} trailing',
        '\ufeff{"text": "bom"}', '   ', '{"text": "' + "\\n" * 500 + '"}']) + "\n", jl)
    add("edge-deep.jsonl", "[" * 5000 + "]" * 5000 + "\n" + '{"a":' * 2000 + "1" + "}" * 2000 + "\n", jl)
    add("edge-deep.json", "[" * 5000 + "]" * 5000, ["json"])
    add("edge-crlf.jsonl", '{"id": "a", "text": "x"}\r\n{"id": "b", "text": "y"}\r\n\r\n', jl)
    add("edge-no-newline.jsonl", '{"id": "a", "text": "Smith said yes."}', jl)
    add("edge-bad-utf8.jsonl", b'{"id": "a\xff", "text": "x\xc3"}\n', jl)
    add("edge-object.json", '{"id": "one", "title": "T", "text": "Berg met Smith.", "author": "A"}', ["json"])
    add("edge-scalars.json", "3", ["json"])
    add("edge-empty-array.json", "[]", ["json"])
    add("edge-mixed-array.json", '[1, "x", null, {"text": "a"}, [], {"id": {}, "text": "b"}]', ["json"])
    add("edge-trailing.json", '[{"text": "a"}] [{"text": "b"}]', ["json"])
    add("edge-numbers.json", '[{"id": 1e400, "text": "a"}, {"id": -0, "text": "b"}, '
        '{"id": 123456789012345678901234567890, "text": "c"}]', ["json"])
    return cases


TURTLE_EDGES = [
    ("edge-empty.ttl", ""),
    ("edge-comment-only.ttl", "# nothing\n"),
    ("edge-header-only.ttl", "# newskg: graph (Turtle); complete when it ends with its end line\n"),
    ("edge-prefixes.ttl", "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
     "@prefix res: <https://w3id.org/newskg/resource/> .\n@base <https://w3id.org/newskg/resource/> .\n"
     "res:person/a a nkg:Person ; <http://www.w3.org/2000/01/rdf-schema#label> \"A\" .\n"
     "<person/b> a nkg:Person ; nkg:said [ a nkg:Statement ] , res:s1 .\n"),
    ("edge-literals.nt", "<https://w3id.org/newskg/resource/person/x> "
     "<http://www.w3.org/2000/01/rdf-schema#label> \"q\\\"\\\\ \\u0000 \\U0001F600 \\n\"@en .\n"
     "<https://w3id.org/newskg/resource/person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
     "<https://w3id.org/newskg/ontology#Person> .\n"),
    ("edge-long-string.ttl", "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
     "<https://w3id.org/newskg/resource/person/x> a nkg:Person ; "
     "<http://www.w3.org/2000/01/rdf-schema#label> \"\"\"a\"\\new\n\"\"\"\"\" .\n"),
    ("edge-unterminated.ttl", "<https://w3id.org/newskg/resource/person/x> "
     "<http://www.w3.org/2000/01/rdf-schema#label> \"abc"),
    ("edge-bad-escape.nt", "<https://w3id.org/newskg/resource/person/\\u00> <p> \"\\uZZZZ\" .\n"),
    ("edge-blank-nested.ttl", "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
     "<https://w3id.org/newskg/resource/a> nkg:said " + "[ nkg:about " * 300 + "<x>" + " ]" * 300 + " .\n"),
    ("edge-collections.ttl", "<https://w3id.org/newskg/resource/a> <p> ( 1 2 ( 3 ( ) ) \"x\" ) .\n"),
    ("edge-wrong-count.nt", "# newskg: graph (N-Triples); complete when it ends with its end line\n"
     "<https://w3id.org/newskg/resource/person/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
     "<https://w3id.org/newskg/ontology#Person> .\n# newskg: end of graph (2 triples)\n"),
    ("edge-quads.nq", "<https://w3id.org/newskg/resource/person/x> "
     "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Person> "
     "<https://w3id.org/newskg/resource/graph/a> .\n_:b <p> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n"),
    ("edge-offsets.ttl", "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
     "<https://w3id.org/newskg/resource/statement/a/1-2> a nkg:Statement ; nkg:text \"t\" ; "
     "nkg:beginIndex \"-5\" ; nkg:endIndex \"99999999999999999999\" ; "
     "nkg:article <https://w3id.org/newskg/resource/article/a> .\n"),
]


def graphs(newskg, sources):
    """Graphs written by newskg: each article's own (--per-article, N-Triples)
    up to 32 KB (the target's -max_len), and the whole graph of the two
    smallest articles in Turtle, N-Triples and N-Quads."""
    with tempfile.TemporaryDirectory() as tmp:
        def build(names, out, *options):
            inputs = os.path.join(tmp, "in-" + os.path.basename(out))
            os.mkdir(inputs)
            for name, data in sources:
                if name in names:
                    with open(os.path.join(inputs, name), "wb") as f:
                        f.write(data)
            subprocess.run([newskg, "build", "-q", *options, "-o", out, inputs], check=True)
            return sorted(n for n in os.listdir(out) if not n.startswith("."))

        out = os.path.join(tmp, "per-article")
        for name in build([n for n, _ in sources], out, "--per-article", "--format", "nt"):
            data = read(os.path.join(out, name))
            if name != "graph.nt" and len(data) <= 32768:
                write("turtle", "graph-" + name, data)
        out = os.path.join(tmp, "whole")
        smallest = [n for n, _ in sorted(sources, key=lambda s: len(s[1]))[:2]]
        for name in build(smallest, out, "--format", "ttl,nt,nq"):
            write("turtle", "graph-two" + os.path.splitext(name)[1], read(os.path.join(out, name)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--newskg", default=os.path.join(ROOT, "build", "newskg"))
    args = ap.parse_args()

    for target in TARGETS:
        shutil.rmtree(os.path.join(CORPUS, target), ignore_errors=True)
        os.makedirs(os.path.join(CORPUS, target))

    examples = [(n, read(os.path.join(ROOT, "examples", "articles", n)))
                for n in sorted(os.listdir(os.path.join(ROOT, "examples", "articles")))]
    for name, data in examples:
        write("pipeline", "seed-" + name, data)
        write("markdown" if data.startswith(b"---") else "text", "seed-" + name, data)
    ingest_dir = os.path.join(ROOT, "tests", "data", "ingest")
    by_ext = {".txt": "text", ".md": "markdown", ".html": "html", ".jsonl": "jsonl", ".json": "json"}
    for name in sorted(os.listdir(ingest_dir)):
        path = os.path.join(ingest_dir, name)
        ext = os.path.splitext(name)[1]
        if os.path.isfile(path) and ext in by_ext:
            write(by_ext[ext], "seed-" + name, read(path))

    sample = bbc_sample(args.shared)
    shutil.copy(os.path.join(args.shared, "corpus", "bbc", "LICENSE"), os.path.join(CORPUS, "LICENSE-bbc"))
    records = []
    for index, (section, name, data) in enumerate(sample):
        stem = f"bbc-{section}-{os.path.splitext(name)[0]}"
        write("text", stem + ".txt", data)
        write("pipeline", stem + ".txt", data)
        if index % 2:  # every other one wrapped into the other formats
            continue
        title, body = headline_and_body(data)
        write("html", stem + ".html", html_page(title, body))
        front = f"---\ntitle: {json.dumps(title)}\ndate: \"2005-01-01\"\ncategories:\n  - \"{section}\"\n---\n\n"
        write("markdown", stem + ".md", front + body + "\n")
        records.append({"id": f"{section}/{name}", "title": title, "text": body,
                        "date": "2005-01-01", "author": ["BBC"]})
    # A few small JSON Lines / JSON files rather than one big one: fast runs.
    for i in range(0, len(records), 5):
        chunk = records[i:i + 5]
        write("jsonl", f"bbc-{i // 5:02d}.jsonl",
              "".join(json.dumps(r, ensure_ascii=i % 2 == 0) + "\n" for r in chunk))
        write("json", f"bbc-{i // 5:02d}.json", json.dumps(chunk if i % 2 else chunk[0], indent=1))

    for name, data, targets in edge_cases():
        for target in targets:
            # The pipeline is the slowest target (a 16 KB sentence of names
            # costs it seconds): its copies of the big cases stay short.
            if target == "pipeline" and len(data) > 6000:
                data = data[:6000]
            write(target, name, data)
    for name, data in TURTLE_EDGES:
        write("turtle", name, data)

    if os.access(args.newskg, os.X_OK):
        sources = [("seed-" + n, d) for n, d in examples]
        sources += [(f"bbc-{s}-{n}", d) for s, n, d in sample[::5]]
        sources += [("edge-speech.txt", QUOTE_TEXT)]
        graphs(args.newskg, [(n, d if isinstance(d, bytes) else d.encode()) for n, d in sources])
    else:
        print(f"make_corpus: {args.newskg} not found: no graph- seeds for the turtle target",
              file=sys.stderr)

    for target in TARGETS:
        files = os.listdir(os.path.join(CORPUS, target))
        size = sum(os.path.getsize(os.path.join(CORPUS, target, f)) for f in files)
        print(f"{target:9} {len(files):4} files {size / 1024:8.1f} KB")


if __name__ == "__main__":
    main()
