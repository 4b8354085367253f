"""The certificates package on its own: plain data in, PDF bytes out, read back.

Every check reads the produced PDF the way a person or a machine would: text through
poppler's pdftotext, the QR code from a 150 dpi raster decoded by zxing-cpp, fonts and
metadata through pypdf. No database, no Flask.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from fontTools.ttLib import TTFont
from PIL import Image
from pypdf import PdfReader

from certificates import (
    DUTCH,
    LABEL_KEYS,
    AssetFetcher,
    AttendanceCertificate,
    CompletionCertificate,
    RefusedURL,
    format_duration,
    group_code,
    render_attendance,
    render_completion,
)
from certificates.fetcher import PACKAGE_DIR
from certificates.render import attendance_html

ROOT = Path(__file__).resolve().parent.parent
ISSUED_AT = datetime(2025, 5, 2, 14, 5, tzinfo=UTC)
CODE = "K7QW3MXR9PTD"
GROUPED = "K7QW-3MXR-9PTD"
VERIFY_URL = f"https://ikdoemee.example.be/verify/{CODE}"

# Test texts in the holders' languages (the web app's catalogues hold the real ones).
ARABIC = {
    "attendance_title": "إثبات المشاركة",
    "attendance_statement": "تؤكد المنظمة أن المشارك حضر الجلسات المذكورة أدناه.",
    "completion_title": "إثبات إتمام مسار المشاركة",
    "completion_statement": "تؤكد الوكالة أن المشارك أتم مسار المشاركة بالأنشطة المذكورة أدناه.",
    "holder": "المشارك",
    "dossier_number": "رقم الملف",
    "organisation": "المنظمة",
    "activity": "النشاط",
    "activities": "الأنشطة",
    "sessions": "الجلسات التي حضرتها",
    "date": "التاريخ",
    "minutes": "الدقائق",
    "total": "المجموع",
    "target": "المطلوب",
    "issued_by": "صادر عن",
    "issued_at": "تاريخ الإصدار",
    "agency": "الوكالة",
    "verification_code": "رمز التحقق",
    "verify_hint": "تحقق من هذه الشهادة على",
}
UKRAINIAN = {
    "attendance_title": "Підтвердження участі",
    "attendance_statement": "Організація підтверджує, що учасник був присутній на заняттях нижче.",
    "completion_title": "Підтвердження завершення траєкторії участі",
    "completion_statement": "Агентство підтверджує, що учасник завершив траєкторію участі.",
    "holder": "Учасник",
    "dossier_number": "Номер справи",
    "organisation": "Організація",
    "activity": "Захід",
    "activities": "Заходи",
    "sessions": "Відвідані заняття",
    "date": "Дата",
    "minutes": "Хвилини",
    "total": "Разом",
    "target": "Потрібно",
    "issued_by": "Видав",
    "issued_at": "Дата видачі",
    "agency": "Агентство",
    "verification_code": "Код перевірки",
    "verify_hint": "Перевірте цей документ на",
}
TIGRINYA = {
    "attendance_title": "መረጋገጺ ተሳትፎ",
    "completion_title": "መረጋገጺ ምዝዛም መደብ ተሳትፎ",
    "holder": "ተሳታፊ",
    "organisation": "ትካል",
    "activity": "ንጥፈት",
    "activities": "ንጥፈታት",
    "sessions": "ዝተሳተፈሎም እዋናት",
    "date": "ዕለት",
    "minutes": "ደቓይቕ",
    "total": "ድምር",
    "issued_by": "ዝሃበ",
    "issued_at": "ዝተዋህበሉ ዕለት",
    "verification_code": "ኮድ መረጋገጺ",
}
TRANSLATIONS = {"ar": ARABIC, "uk": UKRAINIAN, "ti": TIGRINYA, "nl": {}}


def labels_for(locale: str) -> dict[str, tuple[str, str | None]]:
    return {key: (DUTCH[key], text) for key, text in TRANSLATIONS[locale].items()}


# (holder name as written, holder locale, expected font of the name)
HOLDERS = {
    "latin": ("Zoë Van den Bossche-Ñúñez", "nl", "NotoSans-Bold"),
    "arabic": ("سارة الحسن", "ar", "NotoSansArabic-Bold"),
    "cyrillic": ("Олена Коваленко", "uk", "NotoSans-Bold"),
    "geez": ("ሳምራዊት ተስፋይ", "ti", "NotoSansEthiopic-Bold"),
}
ACTIVITY = "Conversatietafel Nederlands – Taalcafé De Brug"
ORGANISATION = "Taalcafé De Brug vzw"
SESSIONS = [(date(2025, 3, 4), 90), (date(2025, 3, 11), 75), (date(2025, 3, 18), 90)]


def attendance(holder: str = "arabic", **changes: object) -> AttendanceCertificate:
    name, locale, _ = HOLDERS[holder]
    fields: dict[str, object] = {
        "code": CODE,
        "verify_url": VERIFY_URL,
        "issued_at": ISSUED_AT,
        "issuer_name": "Jan Peeters",
        "organisation_name": ORGANISATION,
        "holder_name": name,
        "dossier_number": "INB-2025-004211",
        "activity_title": ACTIVITY,
        "sessions": SESSIONS,
        "total_minutes": 255,
        "holder_locale": locale,
        "labels": labels_for(locale),
    }
    fields.update(changes)
    return AttendanceCertificate(**fields)  # type: ignore[arg-type]


COMPLETED = [
    ("Conversatietafel Nederlands", "Taalcafé De Brug vzw", 1260),
    ("Vrijwilliger in de sociale kruidenier", "Buurtwerk 't Klavertje", 900),
    ("Zwemclub voor nieuwkomers", "Sportdienst Mechelen", 300),
]


def completion(holder: str = "arabic", **changes: object) -> CompletionCertificate:
    name, locale, _ = HOLDERS[holder]
    fields: dict[str, object] = {
        "code": CODE,
        "verify_url": VERIFY_URL,
        "issued_at": ISSUED_AT,
        "issuer_name": "Els Janssens",
        "agency_name": "Agentschap Integratie en Inburgering",
        "holder_name": name,
        "dossier_number": "INB-2025-004211",
        "activities": COMPLETED,
        "total_minutes": 2460,
        "target_minutes": 2400,
        "holder_locale": locale,
        "labels": labels_for(locale),
    }
    fields.update(changes)
    return CompletionCertificate(**fields)  # type: ignore[arg-type]


_PDFS: dict[tuple[str, str], bytes] = {}


def pdf_of(kind: str, holder: str) -> bytes:
    """Each of the eight standard certificates is rendered once per test process."""
    if (kind, holder) not in _PDFS:
        if kind == "attendance":
            _PDFS[kind, holder] = render_attendance(attendance(holder))
        else:
            _PDFS[kind, holder] = render_completion(completion(holder))
    return _PDFS[kind, holder]


BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _raw_text(pdf: bytes, tmp_path: Path, *options: str) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return BIDI_CONTROLS.sub("", result.stdout)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text as poppler reads it, in logical order, without the bidi control marks it
    adds around right-to-left runs, and with whitespace runs made single spaces."""
    return re.sub(r"\s+", " ", _raw_text(pdf, tmp_path))


def pdf_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """The lines of the page as laid out (pdftotext -layout), whitespace runs made single."""
    text = _raw_text(pdf, tmp_path, "-layout")
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]


def pages_as_images(pdf: bytes, tmp_path: Path, dpi: int = 150) -> list[Image.Image]:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(path), str(tmp_path / "page")], check=True
    )
    return [Image.open(png) for png in sorted(tmp_path.glob("page-*.png"))]


def text_by_font(pdf: bytes) -> dict[str, str]:
    """All text of the PDF, grouped by the PostScript name inside the embedded font file
    that draws it (so it names the real font, whatever the CSS family was called)."""
    found: dict[str, list[str]] = {}
    names: dict[int, str] = {}

    def font_name(font: dict) -> str:
        key = id(font)
        if key not in names:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            data = descriptor.get_object()["/FontFile2"].get_object().get_data()
            names[key] = TTFont(io.BytesIO(data))["name"].getDebugName(6)
        return names[key]

    def visit(text: str, _cm: object, _tm: object, font: dict | None, _size: object) -> None:
        if font is not None and text.strip():
            found.setdefault(font_name(font), []).append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return {name: "".join(parts) for name, parts in found.items()}


# Reading the certificates back ---------------------------------------------------------------


@pytest.mark.parametrize("holder", HOLDERS)
@pytest.mark.parametrize("kind", ["attendance", "completion"])
def test_the_exact_name_in_every_script_reads_back_from_the_pdf(
    kind: str, holder: str, tmp_path: Path
) -> None:
    name = HOLDERS[holder][0]
    text = pdf_text(pdf_of(kind, holder), tmp_path)
    assert name in text
    assert GROUPED in text
    assert "INB-2025-004211" in text
    assert VERIFY_URL in text.replace("/ ", "/")  # the printed URL may wrap after a slash


@pytest.mark.parametrize("holder", HOLDERS)
def test_an_attendance_certificate_lists_the_activity_sessions_and_total(
    holder: str, tmp_path: Path
) -> None:
    text = pdf_text(pdf_of("attendance", holder), tmp_path)
    assert "Bewijs van deelname" in text
    assert ACTIVITY in text
    assert ORGANISATION in text
    assert "Jan Peeters" in text
    for day in ("4 maart 2025", "11 maart 2025", "18 maart 2025"):
        assert day in text
    lines = pdf_lines(pdf_of("attendance", holder), tmp_path)
    # Each session is one row: its date, (the date in the holder's language,) its minutes.
    for day, minutes in (("4 maart 2025", 90), ("11 maart 2025", 75), ("18 maart 2025", 90)):
        assert any(re.fullmatch(rf"{day}( .*)? {minutes}", line) for line in lines), day
    assert any(re.fullmatch(r"Totaal( .*)? 4 u 15 min 255", line) for line in lines)
    assert "2 mei 2025, 16:05" in text  # issued at, in Brussels time


@pytest.mark.parametrize("holder", HOLDERS)
def test_a_completion_certificate_lists_every_activity_the_total_and_the_target(
    holder: str, tmp_path: Path
) -> None:
    text = pdf_text(pdf_of("completion", holder), tmp_path)
    assert "Bewijs van voltooiing van het participatietraject" in text
    for title, organisation, minutes in COMPLETED:
        assert title in text
        assert organisation in text
        assert f"{minutes:,}".replace(",", ".") in text
    assert "2.460" in text
    assert "41 u" in text
    assert "2.400" in text
    assert "40 u" in text
    assert "Els Janssens" in text
    assert "Agentschap Integratie en Inburgering" in text


@pytest.mark.parametrize(
    ("holder", "title", "label"),
    [
        ("arabic", "إثبات المشاركة", "المجموع"),
        ("cyrillic", "Підтвердження участі", "Разом"),
        ("geez", "መረጋገጺ ተሳትፎ", "ድምር"),
    ],
)
def test_the_labels_in_the_holders_language_stand_beside_the_dutch(
    holder: str, title: str, label: str, tmp_path: Path
) -> None:
    text = pdf_text(pdf_of("attendance", holder), tmp_path)
    assert "Bewijs van deelname" in text
    assert "Totaal" in text
    assert title in text
    assert label in text


def test_a_dutch_reader_gets_dutch_only(tmp_path: Path) -> None:
    text = pdf_text(pdf_of("attendance", "latin"), tmp_path)
    assert "Bewijs van deelname" in text
    for other in ("إثبات", "Підтвердження", "መረጋገጺ"):
        assert other not in text


def test_the_holders_name_is_marked_with_its_language_and_direction() -> None:
    html = attendance_html(attendance("arabic"))
    assert re.search(r'<p class="holder-name" lang="ar" dir="rtl">سارة الحسن</p>', html)
    assert '<html lang="nl" dir="ltr">' in html
    assert 'lang="ar" dir="rtl">إثبات المشاركة<' in html
    latin_name_for_arabic_reader = attendance_html(attendance("arabic", holder_name="Sara Hassan"))
    assert 'lang="ar" dir="ltr">Sara Hassan</p>' in latin_name_for_arabic_reader
    assert 'lang="ti" dir="ltr">ሳምራዊት ተስፋይ</p>' in attendance_html(attendance("geez"))


def _word_positions(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """(word in logical order, left edge, top) of every word poppler finds on page 1.

    pdftotext -bbox gives the glyphs of a right-to-left word in visual order; reversing
    them gives the word as written."""
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = []
    for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<', boxes):
        logical = word[::-1] if re.search("[\u0600-\u06ff]", word) else word
        words.append((logical, float(x), float(y)))
    return words


def test_right_to_left_text_is_laid_out_from_the_right(tmp_path: Path) -> None:
    words = _word_positions(pdf_of("attendance", "arabic"), tmp_path)
    where = {word: (x, y) for word, x, y in words}
    # The name: its first word stands to the right of its second, on the same line.
    assert where["سارة"][1] == where["الحسن"][1]
    assert where["سارة"][0] > where["الحسن"][0]
    # A date in Arabic ("4 مارس 2025"): the day at the right, the year at the left.
    first_row = min(y for word, _, y in words if word == "مارس")
    # Only the column of Arabic dates: right of the Dutch dates, left of the minutes.
    line = [(word, x) for word, x, y in words if abs(y - first_row) < 4 and 200 < x < 450]
    order = [word for word, _ in sorted(line, key=lambda item: -item[1])]
    assert order[:3] == ["4", "مارس", "2025"]


@pytest.mark.parametrize(("kind", "holder"), [("attendance", "arabic"), ("completion", "geez")])
def test_the_qr_code_decodes_to_the_verify_url(kind: str, holder: str, tmp_path: Path) -> None:
    [page] = pages_as_images(pdf_of(kind, holder), tmp_path)
    found = zxingcpp.read_barcodes(page)
    assert [barcode.text for barcode in found] == [VERIFY_URL]
    [barcode] = found
    assert barcode.format == zxingcpp.BarcodeFormat.QRCode
    assert barcode.ec_level == "M"
    # The symbol (without its quiet zone) is at least 3 cm wide on paper, at 150 dpi.
    corners = [
        barcode.position.top_left,
        barcode.position.top_right,
        barcode.position.bottom_right,
        barcode.position.bottom_left,
    ]
    width = max(point.x for point in corners) - min(point.x for point in corners)
    assert width >= 3 * 150 / 2.54


@pytest.mark.parametrize(("kind", "holder"), [("attendance", "arabic"), ("completion", "latin")])
def test_the_pdf_claims_pdf_a_3b(kind: str, holder: str) -> None:
    reader = PdfReader(io.BytesIO(pdf_of(kind, holder)))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r'pdfaid:part(="|>)3\b', xmp)
    assert re.search(r'pdfaid:conformance(="|>)B\b', xmp)
    assert "/OutputIntents" in reader.trailer["/Root"]
    assert reader.pdf_header == "%PDF-1.7"
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) * 25.4 / 72), round(float(box.height) * 25.4 / 72)) == (
        210,
        297,
    )


@pytest.mark.parametrize("holder", HOLDERS)
def test_every_character_of_the_name_is_drawn_by_the_shipped_font_for_its_script(
    holder: str,
) -> None:
    name, _, font = HOLDERS[holder]
    drawn = text_by_font(pdf_of("attendance", holder))
    assert all(char in drawn.get(font, "") for char in name.replace(" ", ""))


def test_arabic_and_ethiopic_fonts_are_embedded_only_where_needed() -> None:
    assert "NotoSansArabic-Bold" in text_by_font(pdf_of("completion", "arabic"))
    assert "NotoSansEthiopic-Regular" in text_by_font(pdf_of("completion", "geez"))
    latin = text_by_font(pdf_of("completion", "latin"))
    assert set(latin) <= {"NotoSans-Regular", "NotoSans-Bold"}


def test_the_same_certificate_gives_the_same_bytes_dated_when_issued() -> None:
    first = render_attendance(attendance("geez"))
    second = render_attendance(attendance("geez"))
    assert first.startswith(b"%PDF-")
    assert first.rstrip().endswith(b"%%EOF")
    assert first == second
    info = PdfReader(io.BytesIO(first)).metadata
    assert info is not None
    assert info["/CreationDate"].startswith("D:20250502140500")
    assert render_attendance(attendance("geez", code="K7QW3MXR9PTE")) != first


def test_renders_from_several_threads_share_the_fonts_safely() -> None:
    expected = pdf_of("completion", "cyrillic")
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_completion(completion("cyrillic")), range(6)))
    assert all(result == expected for result in results)


# Pages, wrapping, footer ---------------------------------------------------------------------


def test_thirty_sessions_run_onto_a_second_page_with_the_footer_on_each(tmp_path: Path) -> None:
    sessions = [(date(2025, 1, 6) + timedelta(days=7 * week), 60 + week) for week in range(30)]
    total = sum(minutes for _, minutes in sessions)
    pdf = render_attendance(attendance("arabic", sessions=sessions, total_minutes=total))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf)
    for number in (1, 2):
        page = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert re.search(rf"\b{number} ?/ ?2\b", page)
        assert f"Bewijs van deelname · {GROUPED}" in page
    text = pdf_text(pdf, tmp_path)
    assert "28 juli 2025" in text  # the thirtieth session
    assert f"{total:,}".replace(",", ".") in text
    [qr] = zxingcpp.read_barcodes(pages_as_images(pdf, tmp_path)[1])
    assert qr.text == VERIFY_URL


def test_long_names_and_titles_wrap_inside_the_page(tmp_path: Path) -> None:
    name = "Maria-Fernanda Zoë Van den Bossche-Ñúñez de la Santísima Trinidad y Vandevelde"
    title = "Vrijwilligerswerk " + "in de buurtwerking en de sociale kruidenier " * 4
    url = "https://ikdoemee.example.be/verify/" + CODE + "?" + "x" * 60
    pdf = render_attendance(
        attendance("latin", holder_name=name, activity_title=title.strip(), verify_url=url)
    )
    path = tmp_path / "wide.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    left_edges = [float(x) for x in re.findall(r'xMin="([\d.]+)"', boxes)]
    margin = 18 / 25.4 * 72  # the page margin, 18 mm
    assert max(right_edges) <= page_width - margin + 1
    assert min(left_edges) >= margin - 1
    text = pdf_text(pdf, tmp_path)
    assert "Trinidad y Vandevelde" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


# Safety: the sandbox, escaping and the URL fetcher ------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "http://example.com/logo.png",
        "https://example.com/logo.png",
        "ftp://example.com/x",
        "//example.com/logo.png",
        "/etc/passwd",
        "cert:../render.py",
        "cert:fonts/../render.py",
        "cert:fonts/../../pyproject.toml",
        "cert:templates/base.html",
        "cert:/etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "data:application/pdf;base64,JVBERi0=",
    ],
)
def test_the_fetcher_refuses_everything_outside_the_package(url: str) -> None:
    with pytest.raises(RefusedURL):
        AssetFetcher().fetch(url)


def test_the_fetcher_serves_the_packages_fonts_and_inline_images() -> None:
    fetcher = AssetFetcher()
    font = fetcher.fetch("cert:fonts/NotoSansEthiopic-Regular.ttf")
    assert font.read() == (PACKAGE_DIR / "fonts" / "NotoSansEthiopic-Regular.ttf").read_bytes()
    image = fetcher.fetch("data:image/png;base64,iVBORw0KGgo=")
    assert image.read() == b"\x89PNG\r\n\x1a\n"
    assert image.content_type == "image/png"


def _png(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _image_count(pdf: bytes) -> int:
    count = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        objects = page["/Resources"].get("/XObject") or {}
        stack = [objects[key].get_object() for key in objects]
        while stack:
            xobject = stack.pop()
            if xobject.get("/Subtype") == "/Image":
                count += 1
            inner = (xobject.get("/Resources") or {}).get("/XObject") or {}
            stack.extend(inner[key].get_object() for key in inner)
    return count


def test_an_svg_logo_cannot_pull_in_a_local_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(_png("red"))
    svg = textwrap.dedent(f"""\
        <svg xmlns="http://www.w3.org/2000/svg" width="80" height="40">
          <rect width="80" height="40" fill="#1f4e79"/>
          <image href="{secret.as_uri()}" width="40" height="20"/>
          <image href="http://127.0.0.1:9/tracker.png" width="40" height="20"/>
        </svg>""").encode()
    pdf = render_attendance(attendance("latin", organisation_logo=svg))
    assert _image_count(pdf) == 0
    # The same check sees an image when one really is drawn: the PNG logo.
    assert _image_count(render_attendance(attendance("latin", organisation_logo=_png("red")))) == 1


def test_a_logo_given_as_a_url_string_is_refused_not_fetched() -> None:
    with pytest.raises(ValueError, match="PNG, JPEG or SVG"):
        render_attendance(attendance(organisation_logo=b"file:///etc/passwd"))


def test_markup_in_the_data_is_printed_as_text(tmp_path: Path) -> None:
    sneaky = '<img src="file:///etc/passwd"> & <b>Zoë</b>'
    pdf = render_attendance(attendance("latin", holder_name=sneaky, activity_title="{{ 7*7 }}"))
    text = pdf_text(pdf, tmp_path)
    assert sneaky in text
    assert "{{ 7*7 }}" in text
    assert _image_count(pdf) == 0


# Plain data in: what is refused before a PDF is made -----------------------------------------


@pytest.mark.parametrize(
    ("make", "changes", "message"),
    [
        (attendance, {"issued_at": datetime(2025, 5, 2, 14, 5)}, "timezone-aware"),
        (attendance, {"total_minutes": 256}, "sum of the sessions"),
        (attendance, {"sessions": []}, "at least one session"),
        (attendance, {"sessions": [(date(2025, 3, 4), -5)], "total_minutes": -5}, "negative"),
        (attendance, {"verify_url": "javascript:alert(1)"}, "http"),
        (attendance, {"labels": {"titel": ("Bewijs", None)}}, "unknown certificate label"),
        (attendance, {"labels": {"total": "Totaal"}}, "pair"),
        (attendance, {"holder_locale": "xx-nowhere"}, "unknown locale"),
        (attendance, {"holder_name": "  "}, "holder's name"),
        (completion, {"total_minutes": 2400}, "sum of the activities"),
        (
            completion,
            {"activities": [("Taalcafé", "De Brug", 2000)], "total_minutes": 2000},
            "target reached",
        ),
    ],
)
def test_contradictory_or_incomplete_data_is_refused(
    make: Callable[..., object], changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        make(**changes)


def test_every_label_has_a_dutch_default_and_an_english_meaning() -> None:
    assert DUTCH.keys() == LABEL_KEYS.keys()
    assert all(text.strip() for text in [*DUTCH.values(), *LABEL_KEYS.values()])
    html = attendance_html(attendance("latin", labels={}))
    assert DUTCH["attendance_title"] in html


@pytest.mark.parametrize(
    ("minutes", "locale", "expected"),
    [
        (90, "nl", "1 u 30 min"),
        (2400, "nl", "40 u"),
        (45, "nl", "45 min"),
        (0, "nl", "0 min"),
        (6000, "nl", "100 u"),
        (90, "uk", "1 год 30 хв"),
        (90, "en", "1 hr 30 min"),
    ],
)
def test_durations_read_as_hours_and_minutes(minutes: int, locale: str, expected: str) -> None:
    assert format_duration(minutes, locale) == expected


def test_codes_are_grouped_for_reading() -> None:
    assert group_code("K7QW3MXR9PTD") == "K7QW-3MXR-9PTD"
    assert group_code("k7qw-3mxr 9ptd") == "k7qw-3mxr-9ptd"
    assert group_code("ABCDEFGH") == "ABCD-EFGH"


# A fresh machine: no system fonts at all ------------------------------------------------------

NO_SYSTEM_FONTS = """\
import sys
from datetime import UTC, date, datetime
from certificates import AttendanceCertificate, render_attendance
cert = AttendanceCertificate(
    code="K7QW3MXR9PTD", verify_url="https://example.be/verify/K7QW3MXR9PTD",
    issued_at=datetime(2025, 5, 2, 14, 5, tzinfo=UTC), issuer_name="Jan Peeters",
    organisation_name="Олена ሳምራዊት", holder_name=sys.argv[1], activity_title="Taalcafé",
    sessions=[(date(2025, 3, 4), 90)], total_minutes=90, holder_locale="ar",
    labels={"total": ("Totaal", "المجموع")},
)
sys.stdout.buffer.write(render_attendance(cert))
"""


def test_a_machine_without_system_fonts_renders_every_script(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    environment = {**os.environ, "FONTCONFIG_FILE": str(config), "HOME": str(tmp_path)}
    environment.pop("FONTCONFIG_PATH", None)
    # Prove the sandbox really has no fonts of its own.
    listed = subprocess.run(["fc-list"], env=environment, capture_output=True, text=True)
    assert listed.stdout.strip() == ""
    result = subprocess.run(
        [sys.executable, "-c", NO_SYSTEM_FONTS, "سارة الحسن"],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    drawn = text_by_font(result.stdout)
    assert all(char in drawn["NotoSansArabic-Bold"] for char in "سارةالحسن")
    assert "ሳምራዊት" in drawn["NotoSansEthiopic-Regular"]
    assert "Олена" in drawn["NotoSans-Regular"]
    assert "Totaal" in drawn["NotoSans-Bold"]
