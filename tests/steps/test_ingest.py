"""Tests of the ingest stage: readers, bad input as `InputError` values, ids, sharding, dates."""

from __future__ import annotations

import gzip
import io
import os
import random
import tempfile
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsledger.errors import ConfigError, InputError
from newsledger.records import Article, normalise_for_id, stable_id
from newsledger.steps.ingest import (
    HtmlReader,
    JsonlReader,
    TextReader,
    WarcReader,
    iter_captures,
    list_captures,
)
from newsledger.steps.ingest.base import decode_bytes, parse_published

DATA = Path(__file__).resolve().parents[1] / "data"
CAPTURE = DATA / "capture_tractor_protest.txt"
FEED = DATA / "feed_with_bad_lines.jsonl"
GOOD_TEXT = "LIRSK -- Police detained three people at a small rally on March 2.\n"


def _split(items) -> tuple[list[Article], list[InputError]]:
    items = list(items)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(articles) + len(errors) == len(items)
    return articles, errors


def _html(title: str, para: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{para}</p></body></html>"
    ).encode()


def _response(writer: WARCWriter, url: str, body: bytes, **options) -> object:
    headers = [("Content-Type", options.get("content_type", "text/html; charset=utf-8"))]
    headers += options.get("extra_headers", [])
    http = StatusAndHeaders(options.get("status", "200 OK"), headers, protocol="HTTP/1.1")
    return writer.create_warc_record(
        url,
        options.get("rec_type", "response"),
        payload=io.BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": options.get("date", "2024-03-16T08:30:00Z")},
    )


def _build_warc(records: list[dict], gz: bool) -> tuple[bytes, list[int]]:
    """Write `records` (kwargs of `_response`) after a warcinfo; return bytes and record offsets."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    offsets = []
    for record in records:
        offsets.append(buffer.tell())
        writer.write_record(_response(writer, **record))
    return buffer.getvalue(), offsets


@pytest.mark.parametrize("published", [None, date(2024, 3, 9)])
def test_ingest_text_capture_keeps_raw_text_and_content_id(published):
    (article,) = TextReader(published=published).read(CAPTURE)
    raw = CAPTURE.read_text(encoding="utf-8")
    assert article.raw == raw
    assert article.format == "text"
    assert article.source == str(CAPTURE)
    assert article.id == stable_id(normalise_for_id(raw))
    assert article.published == published
    assert article.published_source == ("cli" if published else None)
    assert article.meta["encoding"] == "utf-8"
    assert article.url is None and article.outlet is None and article.captured is None


@pytest.mark.parametrize(
    ("name", "words", "url"),
    [
        (
            "page_windows1251.html",
            ["Фермеры", "задержала"],
            "https://vestnik.example/ru/news/fermery-lirsk",
        ),
        (
            "page_latin1.html",
            ["étudiants", "l’université", "« Nous"],
            "https://courrier-est.example/monde/lirsk-etudiants",
        ),
    ],
)
def test_ingest_html_uses_declared_charset_and_page_url(name, words, url):
    (article,) = HtmlReader().read(DATA / name)
    assert article.format == "html"
    assert "\ufffd" not in article.raw
    for word in words:
        assert word in article.raw
    assert article.url == url
    assert article.meta["encoding"] == "cp1251" if "1251" in name else "cp1252"


def test_ingest_jsonl_reports_bad_lines_and_reads_the_rest():
    articles, errors = _split(JsonlReader(published=date(2024, 3, 30)).read(FEED))
    assert [a.source for a in articles] == [f"{FEED}#L1", f"{FEED}#L3", f"{FEED}#L7"]
    assert [e.source for e in errors] == [f"{FEED}:2", f"{FEED}:5", f"{FEED}:6"]
    reasons = [e.reason for e in errors]
    assert reasons[0].startswith("invalid JSON")
    assert "no 'text' or 'html' field" in reasons[1]
    assert "'26/03/2024' is not an ISO date" in reasons[2]
    assert all(str(e).startswith(f"{FEED}:") for e in errors)
    first, second, third = articles
    assert (first.format, second.format, third.format) == ("text", "html", "text")
    assert first.published == date(2024, 3, 12) and first.published_source == "metadata"
    assert second.published == date(2024, 3, 25)
    assert third.published == date(2024, 3, 30) and third.published_source == "cli"
    assert first.outlet == "Continental Wire Service"
    assert first.url == "https://wire.example/valdoria/emergency-extended"
    assert first.meta == {"title": "Valdoria extends state of emergency", "section": "Europe"}
    assert third.meta == {"tags": ["courts", "protest"]}


@pytest.mark.parametrize("max_bytes", [300, 1000])
def test_ingest_jsonl_skips_an_over_long_line(tmp_path, max_bytes):
    path = tmp_path / "feed.jsonl"
    long_line = '{"text": "' + "x" * 5000 + '"}'
    path.write_text(long_line + '\n{"text": "short story"}\n', encoding="utf-8")
    articles, errors = _split(JsonlReader(max_bytes=max_bytes).read(path))
    assert [a.source for a in articles] == [f"{path}#L2"]
    assert [e.source for e in errors] == [f"{path}:1"]
    assert "over the" in errors[0].reason and "limit (--max-bytes)" in errors[0].reason


def _bad_png(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def _bad_nul(path: Path) -> None:
    path.write_bytes(b"some text\x00\x00\x00\x01\x02 more" * 10)


def _bad_empty(path: Path) -> None:
    path.write_bytes(b"")


def _bad_blank(path: Path) -> None:
    path.write_bytes(b" \n\n\t \n")


def _bad_undecodable(path: Path) -> None:
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))


def _bad_huge(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)


def _bad_truncated_warc(path: Path) -> None:
    records = [
        {"url": f"https://x.example/{i}", "body": _html(f"T{i}", "p" * 800)} for i in range(2)
    ]
    data, offsets = _build_warc(records, gz=True)
    path.write_bytes(data[: offsets[1] + 200])


def _bad_not_jsonl(path: Path) -> None:
    path.write_text("date,title\n" + "2024-03-01,a headline\n" * 40, encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("screenshot.txt", _bad_png, "binary file (PNG image)"),
        ("dump.html", _bad_nul, "binary file (contains NUL bytes)"),
        ("empty.txt", _bad_empty, "empty file"),
        ("blank.html", _bad_blank, "empty file (only whitespace)"),
        ("noise.txt", _bad_undecodable, "undecodable bytes: not UTF-8 and no encoding fits"),
        ("huge.txt", _bad_huge, "file is 50.0 MB, over the 20 MB limit (--max-bytes)"),
        ("cut.warc.gz", _bad_truncated_warc, "truncated WARC after 2 records"),
        ("export.jsonl", _bad_not_jsonl, "not a JSONL file: its first 20 lines are all invalid"),
        ("empty.warc", _bad_empty, "empty file"),
    ],
)
def test_ingest_bad_input_is_one_error_naming_the_file_and_the_rest_is_read(
    tmp_path, name, make, reason
):
    bad = tmp_path / name
    make(bad)
    (tmp_path / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "z_good.txt").write_text(GOOD_TEXT.replace("three", "four"), encoding="utf-8")
    tracemalloc.start()
    articles, errors = _split(iter_captures([tmp_path]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(errors) == 1, errors
    assert str(errors[0]).startswith(f"{bad}: ")
    assert reason in str(errors[0])
    assert "\n" not in str(errors[0])
    good = {a.source for a in articles if a.source.endswith("_good.txt")}
    assert good == {str(tmp_path / "a_good.txt"), str(tmp_path / "z_good.txt")}
    assert peak < 8 * 1024 * 1024  # the 50 MB file is refused from its size, never read


@pytest.mark.parametrize(
    ("data", "declared", "expected", "encoding"),
    [
        (b"Protest in Lirsk", None, "Protest in Lirsk", "utf-8"),
        ("Grüße aus Köln".encode("utf-16"), None, "Grüße aus Köln", "utf-16"),
        ("\ufeffMarch on Norvel".encode(), None, "March on Norvel", "utf-8-sig"),
        ("Протест в Лирске".encode("cp1251"), "windows-1251", "Протест в Лирске", "cp1251"),
        ("“Quoted” café".encode("cp1252"), "ISO-8859-1", "“Quoted” café", "cp1252"),
        ("café ".encode() * 40 + b"\xff", None, "café café", "utf-8"),
    ],
)
def test_ingest_decode_bytes_picks_the_right_encoding(data, declared, expected, encoding):
    decoded = decode_bytes(data, declared=declared)
    assert expected in decoded.text
    assert decoded.encoding == encoding


@pytest.mark.parametrize("gz", [True, False])
def test_ingest_warc_round_trip_keeps_html_responses_only(tmp_path, gz):
    parts = [b"<html><body><p>Chunked p", b"age about Norvel.</p></body></html>"]
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"
    records = [
        {"url": "https://m.example/one", "body": _html("One", "Strikers detained in Norvel.")},
        {"url": "https://m.example/logo.png", "body": b"\x89PNG....", "content_type": "image/png"},
        {"url": "https://m.example/gone", "body": _html("Gone", "x"), "status": "404 Not Found"},
        {
            "url": "https://m.example/gz",
            "body": gzip.compress(_html("Gz", "Compressed page about Lirsk.")),
            "extra_headers": [("Content-Encoding", "gzip")],
        },
        {
            "url": "https://m.example/chunked",
            "body": chunked,
            "extra_headers": [("Transfer-Encoding", "chunked")],
        },
    ]
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_build_warc(records, gz=gz)[0])
    articles, errors = _split(iter_captures([path], published=date(2024, 3, 16)))
    assert errors == []
    assert [a.url for a in articles] == [
        "https://m.example/one",
        "https://m.example/gz",
        "https://m.example/chunked",
    ]
    assert "Strikers detained in Norvel." in articles[0].raw
    assert "Compressed page about Lirsk." in articles[1].raw
    assert "Chunked page about Norvel" in articles[2].raw
    for article in articles:
        assert article.format == "html"
        assert article.captured == datetime(2024, 3, 16, 8, 30, tzinfo=UTC)
        assert article.source == f"{path}#{article.meta['warc_record_id']}"
        assert article.meta["warc_record_id"].startswith("urn:uuid:")
        assert article.meta["http_status"] == "200"
        assert article.published == date(2024, 3, 16) and article.published_source == "cli"


@pytest.mark.parametrize(("gz", "cut"), [(True, 0.5), (False, 0.5), (False, 40)])
def test_ingest_truncated_warc_yields_records_before_the_break(tmp_path, gz, cut):
    records = [
        {"url": f"https://m.example/{i}", "body": _html(f"T{i}", "q" * 900)} for i in range(3)
    ]
    data, offsets = _build_warc(records, gz=gz)
    end = offsets[2] + (int((len(data) - offsets[2]) * cut) if isinstance(cut, float) else cut)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[:end])
    items = list(WarcReader().read(path))
    articles, errors = _split(items)
    assert [a.url for a in articles] == ["https://m.example/0", "https://m.example/1"]
    assert items[-1] is errors[0] and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: truncated WARC after 3 records")


def test_ingest_warc_bad_record_is_reported_and_the_next_is_read(tmp_path):
    records = [
        {"url": "https://m.example/bin", "body": b"\x00\x01\x02binary\x00" * 20},
        {"url": "https://m.example/ok", "body": _html("Ok", "A readable page.")},
    ]
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(_build_warc(records, gz=True)[0])
    articles, errors = _split(WarcReader().read(path))
    assert [a.url for a in articles] == ["https://m.example/ok"]
    assert len(errors) == 1
    assert errors[0].source.startswith(f"{path}#urn:uuid:")
    assert errors[0].reason == "binary record (contains NUL bytes)"


@pytest.mark.parametrize(
    ("variant", "same"),
    [
        (GOOD_TEXT, True),
        (GOOD_TEXT.replace(" ", "  ").replace("\n", "\r\n\r\n") + "   \n", True),
        (GOOD_TEXT.replace("three", "thirty"), False),
    ],
)
def test_ingest_id_depends_on_normalised_content_only(tmp_path, variant, same):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "page.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b" / "copy.txt").write_bytes(variant.encode())
    first, second = iter_captures([tmp_path / "a", tmp_path / "b"])
    assert first.source != second.source
    assert (first.id == second.id) is same


@pytest.fixture(scope="module")
def shard_tree(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("shards")
    for i in range(11):
        folder = root / f"d{i % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"page{i}.txt").write_text(f"Story number {i} about Lirsk.", encoding="utf-8")
    (root / "d0" / "feed.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
    return root


@pytest.mark.parametrize("world_size", [1, 2, 3, 5, 16])
def test_ingest_shards_partition_files_exactly(shard_tree, world_size):
    everything = [a.source for a in iter_captures([shard_tree])]
    shards = [
        [a.source for a in iter_captures([shard_tree], rank=r, world_size=world_size)]
        for r in range(world_size)
    ]
    assert sorted(s for shard in shards for s in shard) == sorted(everything)
    assert len(everything) == len(set(everything)) == 13
    owners = {s.split("#")[0]: r for r, shard in enumerate(shards) for s in shard}
    for rank, shard in enumerate(shards):
        assert all(owners[s.split("#")[0]] == rank for s in shard)  # a file is never split
    files = [len({s.split("#")[0] for s in shard}) for shard in shards]
    assert max(files) - min(files) <= 1  # round robin over the sorted file list


@pytest.mark.parametrize(("rank", "world_size"), [(0, 0), (2, 2), (-1, 3)])
def test_ingest_bad_shard_is_a_config_error(rank, world_size):
    with pytest.raises(ConfigError, match="world_size"):
        list(iter_captures([DATA], rank=rank, world_size=world_size))


@pytest.mark.parametrize("cli_date", [None, date(2024, 3, 20)])
def test_ingest_published_comes_from_metadata_or_cli_never_mtime(tmp_path, cli_date):
    page = tmp_path / "page.txt"
    page.write_text(GOOD_TEXT, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "x", "published": "2024-03-02"}\n{"text": "y"}\n', encoding="utf-8")
    for path in (page, feed):
        os.utime(path, (978307200, 978307200))  # 2001-01-01: must never show up
    text, dated, undated = iter_captures([page, feed], published=cli_date)
    assert (text.published, text.published_source) == (cli_date, "cli" if cli_date else None)
    assert (dated.published, dated.published_source) == (date(2024, 3, 2), "metadata")
    assert undated.published == cli_date


def test_ingest_folder_walk_is_sorted_and_skips_hidden_and_unsupported(tmp_path):
    for name in ("b.txt", "a.html", "sub/c.jsonl", ".hidden.txt", ".git/x.txt", "notes.pdf"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('{"text": "z"}\n', encoding="utf-8")
    assert list_captures([tmp_path]) == [
        tmp_path / "a.html",
        tmp_path / "b.txt",
        tmp_path / "sub/c.jsonl",
    ]
    pdf, missing = iter_captures([tmp_path / "notes.pdf", tmp_path / "missing.txt"])
    assert str(pdf).startswith(f"{tmp_path / 'notes.pdf'}: unsupported file type ('.pdf')")
    assert str(missing) == f"{tmp_path / 'missing.txt'}: no such file or directory"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-14", date(2024, 3, 14)),
        ("2024-03-14T23:30:00-05:00", date(2024, 3, 14)),
        ("", None),
        (None, None),
    ],
)
def test_ingest_parse_published_accepts_iso_dates(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["14 March 2024", "2024-13-01", 2024])
def test_ingest_parse_published_rejects_other_forms(value):
    with pytest.raises(ValueError, match="ISO date"):
        parse_published(value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(min_size=0, max_size=3000), suffix=st.sampled_from([".txt", ".html"]))
def test_ingest_any_bytes_give_one_article_or_one_error(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "capture" + suffix)
        path.write_bytes(data)
        items = list(iter_captures([path]))
    assert len(items) == 1
    assert isinstance(items[0], Article | InputError)
    if isinstance(items[0], InputError):
        assert str(items[0]).startswith(f"{path}: ") and "\n" not in str(items[0])


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10_000), flip=st.integers(min_value=0, max_value=255))
def test_ingest_damaged_warc_never_raises(cut, flip):
    records = [
        {"url": f"https://m.example/{i}", "body": _html(f"T{i}", "w" * 300)} for i in range(2)
    ]
    data = bytearray(_build_warc(records, gz=cut % 2 == 0)[0])
    position = cut % len(data)
    data[position] ^= flip
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "damaged.warc")
        path.write_bytes(bytes(data[: len(data) - cut % 97]))
        items = list(WarcReader().read(path))
    assert all(isinstance(i, Article | InputError) for i in items)
    assert sum(isinstance(i, Article) for i in items) <= 2


SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-corpus"


@pytest.mark.parametrize(
    ("part", "count"),
    [
        ("northern-dispatch", 4),
        ("lakeside-post", 2),
        ("meridian-news-crawl.warc.gz", 2),
        ("continental-wire.jsonl", 3),
        ("", 12),
    ],
)
def test_ingest_sample_corpus_reads_cleanly(part, count):
    articles, errors = _split(iter_captures([SAMPLE / part]))
    assert errors == []
    assert len(articles) == count
    assert len({a.id for a in articles}) == count  # the syndicated copy differs: its own id
    assert all(a.raw.strip() and "\ufffd" not in a.raw for a in articles)
    for article in articles:
        if ".warc.gz#" in article.source:
            assert article.captured and article.url and article.format == "html"
        if ".jsonl#L" in article.source:
            assert article.published_source == "metadata" and article.outlet


def test_ingest_sample_corpus_is_small_and_documented():
    assert SAMPLE.joinpath("README.md").is_file()
    assert sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file()) < 200_000
