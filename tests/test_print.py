"""Printed handouts: every exercise page and the plan print on exactly one sheet, A4 and Letter."""

from __future__ import annotations

import re

import pytest

from scripts import handout_qr
from scripts.front_matter import split_front_matter

from conftest import ROOT, open_tab

EXERCISES = sorted(p.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
                   for p in (ROOT / "docs").rglob("*.md")
                   if split_front_matter(p.read_text(encoding="utf-8"))[0].get("template") == "exercise.html")


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.fixture(scope="module")
def printer(browser, site):
    visit = open_tab(browser, site)
    yield visit.page
    visit.page.context.close()


@pytest.mark.parametrize("path", EXERCISES + ["plan/"])
def test_prints_on_one_sheet(printer, site, path):
    printer.goto(site.url + path, wait_until="networkidle")
    printer.emulate_media(media="print")
    for paper in ("A4", "Letter"):
        pages = pdf_pages(printer.pdf(format=paper, print_background=True))
        assert pages == 1, f"/{path} prints on {pages} {paper} pages; shorten it or tighten print.css"
    hidden = printer.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
        .filter(s => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none')""")
    assert hidden == [], f"/{path}: {hidden} still show in print"
    printer.emulate_media(media="screen")


def test_handout_qr_code_leads_back_to_the_page(printer, site):
    path = "stretches/hamstrings/"
    printer.goto(site.url + path)
    qr = printer.locator(".guide-handout-qr")
    assert not qr.is_visible(), "the QR block must not show on screen"
    printer.emulate_media(media="print")
    assert qr.is_visible()
    address = handout_qr.page_address(site.url, path)
    expected = handout_qr.qr_svg(address)
    svg = printer.evaluate("document.querySelector('.guide-handout-qr svg').outerHTML")
    path_data = re.search(r' d="([^"]+)"', expected).group(1)
    assert path_data in svg, "the QR code does not encode this page's address"
    assert handout_qr.short_address(address) in qr.inner_text()
    printer.emulate_media(media="screen")
