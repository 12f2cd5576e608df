"""Score the TIMEX finder on TempEval-3 (TBAQ-cleaned): extents and normalised values.

Input: `../shared/eval/external/tempeval3-tbaq-cleaned/{TimeBank,AQUAINT}/*.tml` (TimeML: the
document creation time, DCT, and TIMEX3 gold with type and ISO value). Split per
`../shared/eval/README.md`: dev = TimeBank, test = AQUAINT. Output: extent precision/recall/F1,
strict (same offsets) and relaxed (overlap), and, over relaxed matches, value and type
accuracy plus the TempEval-3 value F1 (a match that also has the right value). The DCT is the
anchor, as TempEval-3 gives it to systems.

Our finder runs with every TIMEX3 type and vague values on (`find_timexes(..., kinds=ALL_KINDS,
vague=True)`), since the gold annotates durations, sets and "now".
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click

from newsledger.eval import shared_option, shared_or_skip
from newsledger.steps.events.timex import ALL_KINDS, find_timexes

TEMPEVAL = Path("eval/external/tempeval3-tbaq-cleaned")
SPLIT_FOLDERS = {"dev": "TimeBank", "test": "AQUAINT"}
# The best TempEval-3 system on its platinum test set (UzZaman et al. 2013, task A), printed
# beside our figures; our splits are the TBAQ training gold, so compare with care.
PUBLISHED_ANCHOR = (
    "published (TempEval-3 platinum test, HeidelTime-t): strict F1 0.813, relaxed F1 0.903, "
    "value F1 0.776"
)


@dataclass(slots=True)
class GoldTimex:
    """One gold TIMEX3: offsets into the document's plain text, its type and value."""

    start: int
    end: int
    kind: str
    value: str


@dataclass(slots=True)
class TimeMLDoc:
    """A TimeML document reduced to its plain text, DCT and gold TIMEX3s."""

    name: str
    text: str
    dct: date
    gold: list[GoldTimex]


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse a `.tml` file: plain text of <TEXT>, the DCT and the TIMEX3 offsets in it."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    dct_value = root.find("DCT/TIMEX3").get("value", "")
    body = root.find("TEXT")
    parts, gold = [body.text or ""], []
    offset = len(parts[0])
    for child in body.iter():
        if child is body:
            continue
        inner = "".join(child.itertext()) if child.tag != "TIMEX3" else (child.text or "")
        if child.tag == "TIMEX3":
            gold.append(GoldTimex(offset, offset + len(inner), child.get("type", ""),
                                  child.get("value", "")))  # fmt: skip
        parts.append(inner + (child.tail or ""))
        offset += len(inner) + len(child.tail or "")
    return TimeMLDoc(path.stem, "".join(parts), date.fromisoformat(dct_value[:10]), gold)


def load_tempeval(shared_dir: Path, split: str, limit: int | None = None) -> list[TimeMLDoc]:
    """Load the documents of `split` ("dev" = TimeBank, "test" = AQUAINT)."""
    folder = shared_dir / TEMPEVAL / SPLIT_FOLDERS[split]
    paths = sorted(folder.glob("*.tml"))
    return [read_timeml(p) for p in paths if not p.name.startswith("._")][:limit]


def _prf(matched_sys: int, n_sys: int, matched_gold: int, n_gold: int) -> dict[str, float]:
    precision = matched_sys / n_sys if n_sys else 0.0
    recall = matched_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def score_documents(docs: list[TimeMLDoc]) -> dict[str, object]:
    """Score `find_timexes` against the gold of `docs` (pure: no file access)."""
    counts = dict.fromkeys(("sys", "gold", "strict", "relaxed", "value", "type"), 0)
    for doc in docs:
        found = find_timexes(doc.text, doc.dct, kinds=ALL_KINDS, vague=True)
        counts["sys"] += len(found)
        counts["gold"] += len(doc.gold)
        for g in doc.gold:
            match = next((t for t in found if t.start < g.end and g.start < t.end), None)
            if match is None:
                continue
            counts["relaxed"] += 1
            counts["strict"] += (match.start, match.end) == (g.start, g.end)
            counts["value"] += match.value == g.value
            counts["type"] += match.kind == g.kind
    relaxed = counts["relaxed"]
    return {
        "documents": len(docs),
        "gold": counts["gold"],
        "system": counts["sys"],
        "strict": _prf(counts["strict"], counts["sys"], counts["strict"], counts["gold"]),
        "relaxed": _prf(relaxed, counts["sys"], relaxed, counts["gold"]),
        "value_accuracy": round(counts["value"] / relaxed, 4) if relaxed else 0.0,
        "type_accuracy": round(counts["type"] / relaxed, 4) if relaxed else 0.0,
        "value": _prf(counts["value"], counts["sys"], counts["value"], counts["gold"]),
    }


def score_timex(shared_dir: Path, split: str, limit: int | None = None) -> dict[str, object]:
    """Score the TIMEX finder on a TempEval-3 split.

    Args:
        shared_dir: the `shared` folder (holding `eval/external/tempeval3-tbaq-cleaned`).
        split: "dev" (TimeBank, 183 documents) or "test" (AQUAINT, 73 documents).
        limit: score only the first N documents (sorted by name).

    Returns:
        `{"documents", "gold", "system", "strict", "relaxed", "value"}` with P/R/F1 dicts
        (TempEval-3's extent and value measures) plus `value_accuracy` and `type_accuracy`
        over relaxed matches.

    Example:
        >>> score_timex(Path("../shared"), "dev")["relaxed"]["f1"]  # doctest: +SKIP
        0.85
    """
    return score_documents(load_tempeval(shared_dir, split, limit))


def format_scores(split: str, scores: dict[str, object]) -> str:
    """Return the scores as a small text table."""
    lines = [
        f"TempEval-3 TBAQ-cleaned, split={split} ({SPLIT_FOLDERS[split]}): "
        f"{scores['documents']} documents, {scores['gold']} gold TIMEX3, "
        f"{scores['system']} found",
        f"  {'measure':<18} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name in ("strict", "relaxed", "value"):
        prf = scores[name]
        lines.append(f"  {name:<18} {prf['precision']:6.3f} {prf['recall']:6.3f} {prf['f1']:6.3f}")
    lines.append(f"  value accuracy on relaxed matches: {scores['value_accuracy']:.3f}")
    lines.append(f"  type accuracy on relaxed matches:  {scores['type_accuracy']:.3f}")
    return "\n".join(lines)


@click.command("timex")
@click.option("--split", type=click.Choice(sorted(SPLIT_FOLDERS)), default="dev", show_default=True)
@shared_option
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
def timex_command(split: str, shared_path: Path | None, limit: int | None) -> None:
    """Score time-expression extents and values on TempEval-3 (dev TimeBank, test AQUAINT).

    Example:

        newsledger eval timex --split dev
    """
    shared = shared_or_skip(shared_path, TEMPEVAL)
    if shared is None:
        return
    scores = score_timex(shared, split, limit)
    click.echo(format_scores(split, scores))
    command = f"newsledger eval timex --split {split}" + (f" --limit {limit}" if limit else "")
    click.echo(PUBLISHED_ANCHOR)
    click.echo(f"reproduce: {command}")
