"""Write the sample web archive `sample-corpus/meridian-news-crawl.warc.gz` with warcio.

The two pages are fictional (written for newsledger, like the rest of the sample corpus). The
archive holds what a small crawl holds: a warcinfo record, a robots.txt response, and two HTTP
responses with HTML bodies (the second gzip-encoded, as servers send it), each with its own
WARC-Date. Ids and dates are fixed, so running the script again gives the same bytes.

Usage:
    python examples/make_sample_warc.py [OUTPUT]
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARCINFO_ID = "<urn:uuid:9d3b1f50-2c4e-4e8a-b6f1-1a2b3c4d5e00>"
ROBOTS_ID = "<urn:uuid:4c2d8b61-7e3f-4a09-9d12-5f6e7a8b9c03>"
OUTPUT = Path(__file__).resolve().parent / "sample-corpus" / "meridian-news-crawl.warc.gz"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Meridian News</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Meridian News">
<meta property="article:published_time" content="{published}">
</head>
<body>
<nav class="top"><a href="/">Meridian News</a> <a href="/europe">Europe</a>
<a href="/world">World</a> <a href="/newsletters">Newsletters</a></nav>
<article>
<h1>{title}</h1>
<div class="meta">Meridian News staff &middot; {display_date}</div>
{paragraphs}
</article>
<div class="newsletter">Get the Meridian Morning Brief in your inbox.
<a href="/signup">Sign up</a></div>
<footer><p>&copy; 2024 Meridian News Ltd. Registered in England and Wales.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""

STRIKE = [
    "NORVEL, Valdoria &mdash; Security forces detained at least 60 workers at the Norvel tractor "
    "plant on Monday, the first day of a general strike called by the Valdorian opposition, "
    "union organizers said.",
    "Witnesses said riot police entered the plant's assembly hall shortly after the morning shift "
    "refused to start work, and led workers out to waiting buses.",
    "Among those detained was Ruta Kalnin, who leads the plant's independent union. The "
    "Prosecutor-General's Office said it had opened a criminal case against her for organizing "
    "an illegal strike.",
    "Opposition leader Marta Velichko said workers at more than 20 enterprises had joined the "
    "strike and called on Valdorians to keep it going until President Anton Verhal agrees to a "
    "new election.",
    "The Interior Ministry said that all factories were working normally and described reports of "
    "arrests as &ldquo;fakes spread from abroad.&rdquo;",
]

RELEASE = [
    "WARSAW &mdash; Daniel Orsek, the Valdorian-Canadian election consultant held in Valdoria "
    "since late January, was released on Tuesday and flew to Warsaw, Canada's Foreign Ministry "
    "said.",
    "Valdorian state news agency VTA reported that President Anton Verhal had pardoned Orsek "
    "&ldquo;on humanitarian grounds&rdquo; after he wrote a request for clemency. His lawyers "
    "said he had written no such request.",
    "Canadian Foreign Minister Claire Dufresne welcomed the release and thanked Polish diplomats "
    "for their help, but said Canada would keep its sanctions on Valdorian officials in place.",
    "Opposition leader Marta Velichko said Orsek's release showed that pressure worked, and "
    "called for the same effort on behalf of the more than 1,200 political prisoners still held "
    "in Valdoria.",
]

RESPONSES = [
    {
        "url": "https://meridiannews.example/europe/valdoria-strike-norvel-arrests",
        "title": "Dozens detained as Valdoria general strike begins",
        "published": "2024-03-25T18:30:00+00:00",
        "display_date": "25 March 2024",
        "paragraphs": STRIKE,
        "warc_date": "2024-03-25T19:02:11Z",
        "record_id": "<urn:uuid:6f1c2a8e-0b7d-4c1e-9a55-3d2f8e4b7a01>",
        "gzip": False,
    },
    {
        "url": "https://meridiannews.example/europe/orsek-freed-leaves-valdoria",
        "title": "Canadian consultant Orsek freed, leaves Valdoria",
        "published": "2024-03-26T21:10:00+00:00",
        "display_date": "26 March 2024",
        "paragraphs": RELEASE,
        "warc_date": "2024-03-27T07:45:30Z",
        "record_id": "<urn:uuid:0a9e7d3c-5b21-4f6a-8c44-7e1d2b9f6c02>",
        "gzip": True,
    },
]


def render_page(spec: dict) -> bytes:
    """Return the HTML bytes of one page."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in spec["paragraphs"])
    return PAGE.format(**{**spec, "paragraphs": paragraphs}).encode("utf-8")


def _fix_ids(record, record_id: str, warc_date: str):
    """Pin a record's id and date so the archive is reproducible byte for byte."""
    record.rec_headers.replace_header("WARC-Record-ID", record_id)
    record.rec_headers.replace_header("WARC-Date", warc_date)
    return record


def _response(writer: WARCWriter, spec: dict):
    """Build one HTTP response record for a page spec."""
    body = render_page(spec)
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Server", "nginx")]
    if spec["gzip"]:
        body = gzip.compress(body, mtime=0)
        headers.append(("Content-Encoding", "gzip"))
    headers.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        spec["url"], "response", payload=io.BytesIO(body), http_headers=http
    )
    return _fix_ids(record, spec["record_id"], spec["warc_date"])


def write_sample_warc(output: Path = OUTPUT) -> Path:
    """Write the sample archive to `output` and return the path."""
    with output.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        info = writer.create_warcinfo_record(output.name, {"software": "newsledger sample"})
        writer.write_record(
            _fix_ids(
                info, "<urn:uuid:9d3b1f50-2c4e-4e8a-b6f1-1a2b3c4d5e00>", "2024-03-25T19:00:00Z"
            )
        )
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://meridiannews.example/robots.txt",
            "response",
            payload=io.BytesIO(b"User-agent: *\nDisallow: /account/\n"),
            http_headers=robots,
        )
        writer.write_record(
            _fix_ids(
                record, "<urn:uuid:4c2d8b61-7e3f-4a09-9d12-5f6e7a8b9c03>", "2024-03-25T19:01:58Z"
            )
        )
        for spec in RESPONSES:
            writer.write_record(_response(writer, spec))
    return output


if __name__ == "__main__":
    print(write_sample_warc(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
