"""Score the text cleaner on self-written page captures with gold bodies.

Each folder holds `NN.txt` (a whole page as a text renderer prints it) and `NN.gold.txt` (its
article body). Every page is cleaned with the text path (`clean_text_capture`, as the
extraction eval does for rendered pages) and scored against its gold body with the
ScrapingHub scoring (4-token shingles; F1 of mean precision and mean recall).

Usage:
    python bench/clean_captures.py [FOLDER ...] [--pages] [--show NN]

Folders default to bench/data/captures_a and captures_b. `--pages` prints each page's
P/R/F1, worst first; `--show NN` prints, for page NN of each folder, the kept lines that are
not in the gold body and the gold lines the cleaner lost.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsledger.eval.extraction_scores import body_scores, shingle_match
from newsledger.steps.clean.text import clean_text_capture

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_FOLDERS = [DATA / "captures_a", DATA / "captures_b"]


def page_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """Return (page number, page text, gold body) for every page with a gold file."""
    pairs = []
    for gold_path in sorted(folder.glob("*.gold.txt")):
        number = gold_path.name.split(".")[0]
        page_path = folder / f"{number}.txt"
        if page_path.exists():
            gold = gold_path.read_text(encoding="utf-8")
            pairs.append((number, page_path.read_text(encoding="utf-8"), gold))
    return pairs


def page_figures(match: tuple[float, float, float]) -> tuple[float, float, float]:
    """Return one page's (P, R, F1) from its normalised (TP, FP, FN)."""
    tp, fp, fn = match
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _lines(text: str) -> list[str]:
    """Return the text's non-blank lines, whitespace-normalised."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def show_page(number: str, cleaned: str, gold: str) -> None:
    """Print the kept lines not in the gold body and the gold lines not kept."""
    kept, wanted = _lines(cleaned), _lines(gold)
    kept_set, wanted_set = set(kept), set(wanted)
    print(f"--- page {number}: kept, not in gold")
    for line in kept:
        if line not in wanted_set:
            print(f"  + {line[:160]}")
    print(f"--- page {number}: gold, not kept")
    for line in wanted:
        if line not in kept_set:
            print(f"  - {line[:160]}")


def score_folder(folder: Path, pages: bool, show: str | None) -> None:
    """Clean and score one folder's pages, printing the figures asked for."""
    rows = []
    for number, page, gold in page_pairs(folder):
        cleaned = clean_text_capture(page).text
        match = shingle_match(gold, cleaned)
        rows.append((number, match))
        if show is not None and number == show.zfill(2):
            show_page(number, cleaned, gold)
    scores = body_scores([match for _, match in rows])
    print(
        f"{folder.name}: P {scores.precision:.3f}  R {scores.recall:.3f}  "
        f"F1 {scores.f1:.3f}  ({len(rows)} pages)"
    )
    if pages:
        figures = [(page_figures(match), number) for number, match in rows]
        for (precision, recall, f1), number in sorted(figures, key=lambda row: row[0][2]):
            print(f"  {number}: P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def main() -> None:
    """Parse the arguments and score each folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS)
    parser.add_argument("--pages", action="store_true", help="each page's P/R/F1, worst first")
    parser.add_argument("--show", metavar="NN", help="kept-not-gold and lost gold lines of NN")
    args = parser.parse_args()
    for folder in args.folders:
        score_folder(folder, args.pages, args.show)


if __name__ == "__main__":
    main()
