"""On a phone (375 x 812), every exercise page's dose box starts within the first screen,
whatever the shape of its picture: a tall photo from a contributor included."""

from __future__ import annotations

import pytest
from conftest import open_tab
from PIL import Image

from guide import front_matter, pictures
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


# Two tall pictures in one build (a build is the slow part): each on its own exercise page.
TALL = {
    "portrait photo": ("stretches/calves", (1200, 1600)),
    "tall phone screenshot": ("stretches/hamstrings", (700, 1600)),
}


@pytest.fixture(scope="module")
def tall_site(tmp_path_factory):
    """A copy of the guide whose TALL pages have tall pictures, built and served."""
    root = tmp_path_factory.mktemp("tall")
    config = copy_project(root / "project")
    originals = config.parent / "pictures"
    originals.unlink()  # this copy gets its own originals, two of them tall
    originals.mkdir()
    sizes = {f"{page}.png": size for page, size in TALL.values()}
    for page_file in (config.parent / "docs").rglob("*.md"):
        meta = front_matter.split(page_file.read_text(encoding="utf-8"))[0]
        name = (meta.get("image") or {}).get("file")
        if name:
            target = originals / name
            target.parent.mkdir(parents=True, exist_ok=True)
            # The other pages get a small stand-in, to be quick.
            Image.new("RGB", sizes.get(name, (60, 40)), (90, 140, 120)).save(target, format="PNG")
    assert all((originals / name).exists() for name in sizes), "a tall page lost its picture"
    pictures.output_dir(config.parent).unlink()  # and its own processed pictures
    port = free_port()
    result = strict_build(config, root / "site", site_url=f"http://127.0.0.1:{port}/")
    assert result.returncode == 0, result.stderr[-2000:]
    with SiteServer(root / "site", port) as server:
        yield server


@pytest.mark.parametrize("kind", TALL)
def test_a_tall_photo_keeps_the_dose_on_the_first_screen(browser, tall_site, kind):
    page, _ = TALL[kind]
    fake = type("Site", (), {"origin": tall_site.url.rstrip("/"), "url": tall_site.url})()
    visit = open_tab(browser, fake, viewport=PHONE_SCREEN)
    try:
        visit.page.goto(tall_site.url + page + "/")
        assert dose_top(visit.page) <= PHONE_SCREEN["height"] - 40
        picture = visit.page.locator(".guide-exercise__picture img")
        assert picture.bounding_box()["height"] > 150, "the picture must still be big enough to see"
        natural = picture.evaluate("img => [img.naturalWidth, img.naturalHeight]")
        assert natural[1] > natural[0], f"the picture shown is {natural}, not the tall one"
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
