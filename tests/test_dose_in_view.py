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


def test_the_picture_has_its_full_size_before_it_loads_so_nothing_moves(browser, site):
    """The picture's box has its final size from the first layout, before the picture arrives
    (on a slow phone connection it comes last): the page never moves when it does."""
    visit = open_tab(browser, site, viewport=PHONE_SCREEN)
    try:
        visit.page.route("**/pictures/**", lambda route: None)  # never answered: the picture never loads
        visit.page.goto(site.url + "stretches/calves/", wait_until="domcontentloaded")
        box = visit.page.locator(".guide-exercise__picture img").bounding_box()
        dose = dose_top(visit.page)
    finally:
        visit.page.context.close()
    assert box["width"] > 300 and box["height"] > 150, f"the picture's box is {box} before it loads"
    assert dose > box["y"] + box["height"]
