"""On a phone (375 x 812), every exercise page's dose box starts within the first screen,
whatever the shape of its picture: a tall photo from a contributor included."""

from __future__ import annotations

import pytest
from conftest import open_tab
from PIL import Image

from guide.project import copy_project
from guide.running import SiteServer, free_port, strict_build

PHONE_SCREEN = {"width": 375, "height": 812}


def dose_top(page) -> float:
    page.locator("#dose").wait_for()
    return page.evaluate("document.getElementById('dose').getBoundingClientRect().top")


def test_the_dose_box_starts_on_the_first_screen_of_every_exercise_page(browser, site):
    visit = open_tab(browser, site, viewport=PHONE_SCREEN)
    late = []
    try:
        for url in site.page_urls():
            html = (site.path / url.strip("/") / "index.html").read_text(encoding="utf-8")
            if "guide-exercise-page" not in html:
                continue
            visit.page.goto(site.url + url.lstrip("/"))
            top = dose_top(visit.page)
            if top > PHONE_SCREEN["height"] - 40:  # the heading itself must show, not just its top edge
                late.append(f"{url}: the dose starts at {top:.0f} px")
    finally:
        visit.page.context.close()
    assert not late, "\n".join(late)


@pytest.mark.parametrize("size", [(1200, 1600), (700, 1600)], ids=["portrait photo", "tall phone screenshot"])
def test_a_tall_photo_keeps_the_dose_on_the_first_screen(browser, tmp_path, size):
    config = copy_project(tmp_path / "project")
    pictures = config.parent / "pictures"
    pictures.unlink()  # this copy gets its own originals, one of them tall
    pictures.mkdir()
    (pictures / "stretches").mkdir()
    for page_file in (config.parent / "docs").rglob("*.md"):
        text = page_file.read_text(encoding="utf-8")
        if "  file: " in text:
            name = text.split("  file: ", 1)[1].split("\n", 1)[0].strip()
            target = pictures / name
            target.parent.mkdir(parents=True, exist_ok=True)
            # The calf stretch gets the tall photo; the other pages a small stand-in, to be quick.
            tall = name == "stretches/calves.png"
            Image.new("RGB", size if tall else (60, 40), (90, 140, 120)).save(target, format="PNG")
    cache = config.parent / ".cache" / "pictures"
    cache.unlink()
    port = free_port()
    result = strict_build(config, tmp_path / "site", site_url=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.stderr[-2000:]
    with SiteServer(tmp_path / "site", port) as server:
        fake = type("Site", (), {"origin": server.url.rstrip("/"), "url": server.url})()
        visit = open_tab(browser, fake, viewport=PHONE_SCREEN)
        try:
            visit.page.goto(server.url + "stretches/calves/")
            assert dose_top(visit.page) <= PHONE_SCREEN["height"] - 40
            box = visit.page.locator(".guide-exercise__picture img").bounding_box()
            assert box["height"] > 150, "the picture must still be big enough to see"
        finally:
            visit.page.context.close()


def test_nothing_moves_while_an_exercise_page_loads_on_a_phone(browser, site):
    visit = open_tab(browser, site, viewport=PHONE_SCREEN)
    try:
        visit.page.goto(site.url + "stretches/calves/", wait_until="networkidle")
        shift = visit.page.evaluate("""() => new Promise(done => {
            let total = 0;
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
            }).observe({type: "layout-shift", buffered: true});
            setTimeout(() => done(total), 300);
        })""")
    finally:
        visit.page.context.close()
    assert shift < 0.01, f"the page moved while loading (layout shift {shift:.3f})"
