"""Link previews: every page has Open Graph and Twitter card tags (title, description, address and
a 1200 x 630 picture), and every picture is made at build time by Pillow
(guide/link_previews.py, overrides/partials/link-previews.html)."""

from __future__ import annotations

import shutil
import time
from html import unescape
from pathlib import Path

import jinja2
import pytest
from PIL import Image

from guide import brand, built_site, link_previews, zensical_build
from guide.project import ROOT, copy_project

PARTIAL = ROOT / "overrides" / "partials" / "link-previews.html"
STANDIN = Path(__file__).parent / "zensical_theme_standin"


def head_tags(html: str) -> dict[str, str]:
    """og:* and twitter:* tags of a page, by name, their content unescaped."""
    tags = {}
    for meta in built_site.start_tags(html, "meta"):
        name = meta.get("property") or meta.get("name") or ""
        if name.startswith(("og:", "twitter:")):
            tags[name] = unescape(meta.get("content", ""))
    return tags


def test_every_page_has_preview_tags_and_its_picture(site):
    pages = built_site.pages(site.path)
    assert len(pages) > 40
    seen_images = set()
    for path, html in pages.items():
        tags = head_tags(html)
        image = site.url + "assets/previews" + path + "preview.png"
        assert tags.get("og:url") == site.url + path.lstrip("/"), path
        # X (Twitter) takes the title, text and picture from the og: tags when it has no twitter: ones.
        assert tags.get("og:image") == image and "twitter:image" not in tags, path
        assert tags.get("og:title") and tags.get("og:description"), path
        assert tags.get("og:image:alt") and tags.get("og:site_name") == "Ease Your Back", path
        assert (tags.get("og:image:width"), tags.get("og:image:height")) == ("1200", "630"), path
        assert tags.get("twitter:card") == "summary_large_image", path
        assert tags.get("og:type") == ("website" if path == "/" else "article"), path
        file = site.path / image[len(site.url) :]
        with Image.open(file) as picture:
            assert picture.format == "PNG" and picture.size == (1200, 630), path
        assert file.stat().st_size < 300_000, f"{path}: messaging apps skip big preview pictures"
        seen_images.add(image)
    assert len(seen_images) == len(pages), "two pages share one preview"


def test_an_exercise_preview_shows_its_picture_and_other_pages_the_site_card(site):
    def teal_share_of_left_half(path: str) -> float:
        with Image.open(site.path / "assets/previews" / path / "preview.png") as image:
            left = image.convert("RGB").crop((0, 0, 600, 630))
            near = sum(  # the palette may move a colour by a step or two
                count
                for count, colour in left.getcolors(1 << 20)
                if max(abs(a - b) for a, b in zip(colour, brand.TEAL, strict=True)) <= 8
            )
            return near / (600 * 630)

    # An exercise's preview has its drawing on a pale panel on the left; the site card is teal.
    assert teal_share_of_left_half("stretches/calves") < 0.1
    assert teal_share_of_left_half("safety") > 0.7
    assert head_tags(built_site.page_html(site.path, "/")).get("og:title") == "Ease Your Back"


def test_a_rebuild_with_nothing_changed_draws_nothing(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site.path, copy, ignore=shutil.ignore_patterns("previews"))
    start = time.perf_counter()
    result = link_previews.write(copy, ROOT)
    assert result.drawn == 0 and result.pages == len(built_site.pages(site.path))
    assert time.perf_counter() - start < 2, "reusing the previews should take well under a second"
    assert (copy / "assets/previews/stretches/calves/preview.png").read_bytes() == (
        site.path / "assets/previews/stretches/calves/preview.png"
    ).read_bytes()


def test_a_new_title_or_picture_makes_a_new_preview():
    card = link_previews.Card("a/", "Calf stretch", "Ease Your Back", "Stretch", "x.png", "k1")
    assert card.key() != link_previews.Card("a/", "Calf stretch!", "Ease Your Back", "Stretch", "x.png", "k1").key()
    assert card.key() != link_previews.Card("a/", "Calf stretch", "Ease Your Back", "Stretch", "x.png", "k2").key()
    # Where the page is does not change the picture: a moved page reuses it.
    assert card.key() == link_previews.Card("b/", "Calf stretch", "Ease Your Back", "Stretch", "x.png", "k1").key()


def test_a_long_title_is_shortened_to_fit(tmp_path):
    card = link_previews.Card("a/", "Stretch " * 60, "Ease Your Back")
    image = link_previews.draw(card)
    assert image.size == (1200, 630)


def test_front_matter_in_the_tags_is_escaped():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(PARTIAL.parent.parent)))
    hostile = '"><script>alert(1)</script>'
    page = {
        "meta": {"title": hostile, "description": hostile, "image": {"alt": hostile}},
        "title": hostile,
        "url": "a/",
        "canonical_url": "https://example.org/a/",
        "is_homepage": False,
    }
    config = {"site_name": "Ease Your Back", "site_url": "https://example.org/", "site_description": "x"}
    html = env.get_template("partials/link-previews.html").render(page=page, config=config)
    assert "<script>" not in html and 'content="&#34;&gt;&lt;script&gt;' in html


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("previews") / "project").parent
    return zensical_build.build(project, extra_pythonpath=None if _has_theme() else STANDIN)


def _has_theme() -> bool:
    import importlib.util

    return importlib.util.find_spec("zensical_ui") is not None


def test_zensical_gives_the_same_tags_and_pictures(site, zensical_site):
    ours = built_site.pages(site.path)
    theirs = built_site.pages(zensical_site)
    assert set(ours) == set(theirs)
    for path in ours:
        a, b = head_tags(ours[path]), head_tags(theirs[path])
        # The address differs only by the site_url each build was given.
        same = {k: v for k, v in a.items() if k not in ("og:url", "og:image")}
        assert same == {k: v for k, v in b.items() if k in same}, path
        assert b["og:image"].endswith("assets/previews" + path + "preview.png"), path
        preview = "assets/previews" + path + "preview.png"
        assert (zensical_site / preview).read_bytes() == (site.path / preview).read_bytes(), path
    for name in ("sw.js", "manifest.webmanifest", "assets/plan/routine.json", "assets/icons/icon-512.png"):
        assert (zensical_site / name).is_file(), name
