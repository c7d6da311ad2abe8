#!/usr/bin/env python3
"""A graph of 200+ entities, to see how jumpa's DOT lays out at that size.

    python3 examples/python/large_graph.py OUT.dot [--render svg]

The corpus is synthetic: short meeting sentences written from the gazetteer's
own persons (a fixed seed picks who meets whom), so the picture is
reproducible and contains no article text. jumpa's DOT writer gives graphs
over 100 vertices a force-directed layout hint (sfdp, no overlaps), which
Graphviz's `dot` command honours; this script renders docs/large.svg.
"""
import argparse
import csv
import pathlib
import random
import subprocess
import sys

import jumpa

SOURCE = pathlib.Path(__file__).resolve().parents[2]
COUNTRIES = ("KH", "ID", "VN", "LA", "TH", "MY", "SG", "PH", "MM", "CN", "JP", "KR", "US", "AU", "IN", "FR")
PLACES = ("Phnom Penh", "Jakarta", "Hanoi", "Vientiane", "Bangkok", "Kuala Lumpur", "Singapura", "Manila")


def persons(countries=COUNTRIES):
    """(name, country) of the gazetteer's persons of these countries, sorted."""
    out = set()
    for path in sorted((SOURCE / "gazetteers" / "entities").glob("persons*.tsv")):
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("type") == "person" and row.get("country") in countries and "," not in row["name"]:
                    out.add((row["name"], row["country"]))
    return sorted(out)


def corpus(n_docs=80, seed=14):
    """`n_docs` texts of two or three meetings each between the gazetteer's persons."""
    rng = random.Random(seed)
    people = persons()
    hubs = rng.sample(people, 12)  # a few who meet many: structure, like real news
    texts = []
    for i in range(n_docs):
        sentences = []
        for _ in range(rng.choice((2, 3))):
            a = rng.choice(hubs) if rng.random() < 0.5 else rng.choice(people)
            b = rng.choice(people)
            if a == b:
                continue
            day = rng.randint(1, 28)
            sentences.append(f"{a[0]} bertemu dengan {b[0]} di {rng.choice(PLACES)} pada {day} Maret 2024.")
        texts.append({"id": f"synthetic-{i:03d}", "text": " ".join(sentences), "published": "2024-03-29"})
    return texts


def graph(n_docs=80, seed=14):
    return jumpa.Graph.from_documents(jumpa.Extractor().extract_many(corpus(n_docs, seed)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="the DOT file to write")
    ap.add_argument("--render", choices=("svg", "png"), help="also render it with Graphviz")
    a = ap.parse_args(argv)
    g = graph()
    out = pathlib.Path(a.out)
    out.write_text(g.to_dot(), encoding="utf-8")
    print(f"large_graph: {g.vertex_count} vertices, {g.edge_count} edges → {out}", file=sys.stderr)
    if a.render:
        subprocess.run(["dot", f"-T{a.render}", "-o", str(out.with_suffix("." + a.render)), str(out)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
