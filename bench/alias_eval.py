"""Evaluation: alias clustering precision/recall on name variants built from ACLED actors.

The labelled list is generated at run time from ../shared (never committed): every distinct
actor name in the ACLED 2020 global sample (`actor1`, `assoc_actor_1`, `actor2`,
`assoc_actor_2`; split by `data_id`: even = dev, odd = test, per ../shared/eval/README.md) is one
gold entity, labelled by its name without ACLED's period suffix ("Police Forces of India (2014-)"
-> "Police Forces of India") and without its acronym prefix. Its variants, as news text writes
them:
  - the name without the period suffix (news text does not write "(2014-)");
  - for "ACR: Long Name" actors, the acronym alone and the long name alone (real acronym pairs);
  - a romanisation variant of its longest word (final a/o, y/i, kh/h, ou/ov alternations);
  - a title-prefixed form for actors that look like people ("leader X").
Every variant becomes a `Sighting` (role "actor"); `resolve_entities` clusters them; pairwise
precision/recall over the variant strings is printed, with the baseline of exact (folded) name
match after title stripping measured in the same run.

Usage:
    python bench/alias_eval.py               # dev split
    python bench/alias_eval.py --split test  # report only; do not tune on it
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

from newsledger.merge.entities import Sighting, resolve_entities
from newsledger.merge.names import fold_name, split_title

ACLED = Path(__file__).resolve().parents[2] / "shared/eval/external/acled-2020-global-sample"
ACTOR_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")
PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
ACRONYM_PREFIX = re.compile(r"^([A-Z][A-Za-z0-9-]{1,9}):\s+(.+)$")
# Alternations between romanisations (one applied per variant, to the longest word).
ALTERNATIONS = (("kh", "h"), ("ou", "ov"), ("y", "i"), ("a", "o"))


def read_actor_names(split: str) -> list[str]:
    """Return the distinct ACLED actor names of a split (dev: even data_id, test: odd)."""
    names = set()
    path = next(ACLED.glob("*.csv"))
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            parity = int(row["data_id"]) % 2
            if split != "all" and parity != (0 if split == "dev" else 1):
                continue
            for field in ACTOR_FIELDS:
                names.update(n.strip() for n in row[field].split(";") if n.strip())
    return sorted(names)


def romanisation_variant(name: str) -> str | None:
    """Return `name` with one romanisation alternation in its longest word, or None."""
    words = name.split()
    longest = max(range(len(words)), key=lambda i: (len(words[i]), -i))
    word = words[longest]
    if len(word) < 6 or not word.isalpha():
        return None
    for old, new in ALTERNATIONS:
        body = word[1:-1] if old != "a" else word[:-1]
        if old in body:
            changed = (
                word[0] + body.replace(old, new, 1) + word[-1] if old != "a" else word[:-1] + "o"
            )
            if old == "a" and not word.endswith("a"):
                continue
            return " ".join([*words[:longest], changed, *words[longest + 1 :]])
    return None


def variants_of(name: str) -> tuple[str, set[str]]:
    """Return (gold label, variant strings) for one ACLED actor name."""
    base = PERIOD.sub("", name).strip()
    found = {base}
    prefixed = ACRONYM_PREFIX.match(base)
    label = prefixed.group(2) if prefixed else base
    if prefixed:
        found |= {prefixed.group(1), prefixed.group(2)}
    variant = romanisation_variant(label)
    if variant:
        found.add(variant)
    if len(label.split()) == 2 and "(" not in label and label.istitle():
        found.add(f"leader {label}")
    return label, found


def pairwise(clusters: dict[str, set[str]], gold: dict[str, str]) -> tuple[float, float, int]:
    """Return (precision, recall, gold pairs) of predicted clusters over variant pairs."""
    predicted = {
        frozenset(p)
        for members in clusters.values()
        for p in itertools.combinations(sorted(members), 2)
    }
    by_label: dict[str, set[str]] = defaultdict(set)
    for variant, label in gold.items():
        by_label[label].add(variant)
    truth = {
        frozenset(p)
        for members in by_label.values()
        for p in itertools.combinations(sorted(members), 2)
    }
    hits = len(predicted & truth)
    precision = hits / len(predicted) if predicted else float("nan")
    return precision, hits / max(1, len(truth)), len(truth)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--errors", type=int, default=0, help="print N false merges (dev only)")
    args = parser.parse_args()
    if not ACLED.is_dir():
        print(f"skipped: {ACLED} is absent")
        return 0
    gold: dict[str, str] = {}
    for name in read_actor_names(args.split):
        label, found = variants_of(name)
        for variant in found:
            gold.setdefault(variant, label)  # a string shared by two actors keeps its first label
    variants = sorted(gold)
    resolution = resolve_entities([Sighting(v, role="actor") for v in variants])
    clusters: dict[str, set[str]] = defaultdict(set)
    for variant, entity_id in zip(variants, resolution.assignments, strict=True):
        clusters[entity_id or f"none:{variant}"].add(variant)
    baseline: dict[str, set[str]] = defaultdict(set)
    for variant in variants:
        baseline[fold_name(split_title(variant)[1] or variant)].add(variant)
    p, r, n_pairs = pairwise(clusters, gold)
    bp, br, _ = pairwise(baseline, gold)
    n_actors = len(set(gold.values()))
    print(f"ACLED 2020 sample, {args.split} split: {n_actors} actors, {len(variants)} variants")
    print(f"gold pairs: {n_pairs}")
    print(f"exact name, titles stripped (baseline): precision {bp:.3f}  recall {br:.3f}")
    print(f"newsledger entity resolution:          precision {p:.3f}  recall {r:.3f}")
    if args.errors and args.split == "dev":
        wrong = [sorted(m) for m in clusters.values() if len({gold[v] for v in m}) > 1]
        for members in wrong[: args.errors]:
            print("false merge:", members)
    return 0


if __name__ == "__main__":
    sys.exit(main())
