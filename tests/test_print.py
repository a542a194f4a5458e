"""Printed handouts: every exercise page and the plan print on exactly one sheet, A4 and Letter,
at full size, with only the content and a QR code that leads back to the page."""

from __future__ import annotations

import re

import pytest
from conftest import open_tab
from printing import MARGIN, PAPERS, PX_PER_MM, pdf_pages

from guide import qr as handout_qr
from guide.project import ROOT
from guide.site_check import exercise_pages

EXERCISES = [p.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/" for p in exercise_pages(ROOT / "docs")]
NOT_ON_PAPER = [
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
    ".md-content__button",
    ".guide-copy-link",
    ".guide-timer",
    ".guide-plan-reset",
    ".headerlink",
]


def qr_path(site, path: str) -> str:
    """The drawing of the QR code made for a page's full address (its SVG path data)."""
    svg = handout_qr.qr_svg(handout_qr.page_address(site.url, path))
    return re.search(r' d="([^"]+)"', svg).group(1)


@pytest.fixture(scope="module")
def printer(browser, site):
    visit = open_tab(browser, site)
    yield visit.page
    visit.page.context.close()


@pytest.mark.parametrize("path", [*EXERCISES, "plan/"])
def test_prints_on_one_sheet_at_full_size(printer, site, path):
    printer.set_viewport_size({"width": 1280, "height": 900})
    printer.goto(site.url + path, wait_until="networkidle")
    printer.emulate_media(media="print")
    try:
        for paper, (width, height) in PAPERS.items():
            pages = pdf_pages(printer.pdf(format=paper, print_background=True))
            assert pages == 1, f"/{path} prints on {pages} {paper} pages; shorten it or tighten print.css"
            # Chrome shrinks a page that overflows its sheet sideways, which keeps it on one page
            # but in tiny print: lay it out on the sheet's printable area and check it fits.
            top, side = (float(m) for m in MARGIN.groups())
            area = {"width": round((width - 2 * side) * PX_PER_MM), "height": round((height - 2 * top) * PX_PER_MM)}
            printer.set_viewport_size(area)
            used = printer.evaluate("""() => ({wide: document.documentElement.scrollWidth,
                tall: document.querySelector('.md-content__inner').getBoundingClientRect().bottom})""")
            assert used["wide"] <= area["width"], f"/{path} is wider than a {paper} sheet: Chrome would shrink it"
            assert used["tall"] <= area["height"], (
                f"/{path} is {used['tall'] / area['height']:.0%} of a {paper} "
                "sheet tall; shorten it or tighten print.css"
            )
            printer.set_viewport_size({"width": 1280, "height": 900})
        shown = printer.evaluate(
            """sels => sels.filter(s => [...document.querySelectorAll(s)]
            .some(e => getComputedStyle(e).display !== 'none'))""",
            NOT_ON_PAPER,
        )
        assert shown == [], f"/{path}: {shown} still show in print"
    finally:
        printer.emulate_media(media="screen")


def test_handout_has_title_picture_dose_stop_if_steps_and_qr(printer, site):
    printer.goto(site.url + "stretches/hamstrings/")
    printer.emulate_media(media="print")
    try:
        for part in ("h1", ".guide-exercise__picture img", "#dose", "#stop-if", "#steps", ".guide-handout-qr svg"):
            assert printer.locator(part).first.is_visible(), f"{part} is missing from the handout"
        height_cm = printer.locator(".guide-exercise__picture img").bounding_box()["height"] / PX_PER_MM / 10
        assert 3 <= height_cm <= 6.05, f"the picture is {height_cm:.1f} cm high in print"
    finally:
        printer.emulate_media(media="screen")


def test_handout_qr_code_leads_back_to_the_page(printer, site):
    path = "stretches/hamstrings/"
    printer.goto(site.url + path)
    qr = printer.locator(".guide-handout-qr")
    assert not qr.is_visible(), "the QR block must not show on screen"
    printer.emulate_media(media="print")
    try:
        assert qr.is_visible()
        address = handout_qr.page_address(site.url, path)
        svg = printer.evaluate("document.querySelector('.guide-handout-qr svg').outerHTML")
        assert qr_path(site, path) in svg, "the QR code does not encode this page's address"
        # The address may break after a slash (zero-width spaces there), nowhere else.
        assert handout_qr.short_address(address) in qr.inner_text().replace("\u200b", "")
        fits = printer.evaluate("""() => [...document.querySelectorAll('.guide-handout-qr *')]
            .every(e => e.scrollWidth <= e.clientWidth + 1 || e.tagName === 'svg' || e.closest('svg'))""")
        assert fits, "the short address runs out of its box"
    finally:
        printer.emulate_media(media="screen")


def test_every_exercise_page_has_a_qr_code_for_its_own_address(site):
    for path in EXERCISES:
        html = (site.path / path / "index.html").read_text(encoding="utf-8")
        assert qr_path(site, path) in html, f"/{path}: the handout's QR code is missing or leads elsewhere"


def test_dark_scheme_prints_dark_text_on_white(browser, site):
    visit = open_tab(browser, site, color_scheme="dark")
    page = visit.page
    try:
        page.goto(site.url + "stretches/hamstrings/")
        page.emulate_media(media="print", color_scheme="dark")
        colours = page.evaluate("""() => [getComputedStyle(document.body).backgroundColor,
            getComputedStyle(document.documentElement).backgroundColor,
            getComputedStyle(document.querySelector('.guide-body p')).color]""")
        assert colours[:2] == ["rgb(255, 255, 255)"] * 2, f"the page prints on {colours[:2]}"
        r, g, b = (int(v) for v in re.findall(r"\d+", colours[2])[:3])
        assert max(r, g, b) < 80, f"body text prints as {colours[2]} on white"
    finally:
        page.context.close()


def test_short_address_wraps_only_after_a_slash():
    short = handout_qr.short_address("https://ease-your-back.github.io/guide/stretches/lower-back-rotation/")
    assert short == "ease-your-back.github.io/guide/stretches/lower-back-rotation"
    markup = handout_qr.address_html(short)
    assert markup.count('<span class="guide-nowrap">') == 4
    assert re.sub(r"<[^>]+>|&#8203;", "", markup) == short
