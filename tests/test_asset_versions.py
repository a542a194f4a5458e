"""Pages ask for the site's own stylesheets and scripts by addresses that name their content
(guide.asset_versions), so no cache can give a new page an old build's file."""

from __future__ import annotations

import re
from pathlib import Path

from guide import asset_versions, offline


def small_site(root: Path) -> Path:
    site = root / "site"
    (site / "assets" / "javascripts").mkdir(parents=True)
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "site.css").write_text("body{}", encoding="utf-8")
    (site / "assets" / "javascripts" / "timer.js").write_text("1", encoding="utf-8")
    (site / "assets" / "javascripts" / "bundle.a5f9d56c.min.js").write_text("2", encoding="utf-8")
    (site / "plan").mkdir()
    (site / "plan" / "index.html").write_text(
        "<head><link href=../assets/stylesheets/site.css rel=stylesheet>"
        '<link rel="stylesheet" media="print" data-href="../assets/stylesheets/site.css">'
        "<script data-src=../assets/javascripts/bundle.a5f9d56c.min.js></script>"
        "<script src='../assets/javascripts/timer.js'></script>"
        '<script src="https://elsewhere.example/x.js"></script>'
        '<script src="../assets/javascripts/gone.js"></script>'
        '<script src="../../../outside.js"></script>'
        "</head><body><p>href=../assets/stylesheets/site.css in text</p></body>",
        encoding="utf-8",
    )
    (site / "404.html").write_text('<link href="/guide/assets/javascripts/timer.js" rel=preload>', encoding="utf-8")
    (root / "outside.js").write_text("3", encoding="utf-8")
    return site


def test_own_files_get_their_digest_and_nothing_else_changes(tmp_path):
    site = small_site(tmp_path)
    css = offline.digest(site / "assets/stylesheets/site.css")
    js = offline.digest(site / "assets/javascripts/timer.js")
    assert asset_versions.add_to_site(site) == 2
    page = (site / "plan/index.html").read_text(encoding="utf-8")
    assert f'<link href="../assets/stylesheets/site.css?v={css}" rel=stylesheet>' in page
    assert f'data-href="../assets/stylesheets/site.css?v={css}"' in page
    assert f"src='../assets/javascripts/timer.js?v={js}'" in page
    # named by its content already (the theme's loader reads the name's ending); not this site's;
    # not a file of the site; text that is not a tag
    assert "data-src=../assets/javascripts/bundle.a5f9d56c.min.js>" in page
    assert 'src="https://elsewhere.example/x.js"' in page and 'src="../assets/javascripts/gone.js"' in page
    assert 'src="../../../outside.js"' in page
    assert "<p>href=../assets/stylesheets/site.css in text</p>" in page
    assert f'href="/guide/assets/javascripts/timer.js?v={js}"' in (site / "404.html").read_text(encoding="utf-8")


def test_a_changed_file_gets_a_new_version_in_place_of_the_old(tmp_path):
    site = small_site(tmp_path)
    asset_versions.add_to_site(site)
    (site / "assets/stylesheets/site.css").write_text("body{color:red}", encoding="utf-8")
    asset_versions.add_to_site(site)
    page = (site / "plan/index.html").read_text(encoding="utf-8")
    versions = re.findall(r"site\.css\?v=([0-9a-f]+)", page)
    assert versions == [offline.digest(site / "assets/stylesheets/site.css")] * 2, page
    assert asset_versions.add_to_site(site) == 0, "a second run with nothing changed changes nothing"


def test_every_built_page_asks_for_the_sites_own_files_by_their_digest(site):
    unversioned, wrong = [], []
    for page in site.path.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for tag in asset_versions.TAG.findall(html):
            for ref in re.findall(r"\s(?:href|src|data-href|data-src)=[\"']?([^\"'\s>]+\.(?:css|js)(?:\?v=\w+)?)", tag):
                path, _, version = ref.partition("?v=")
                if "://" in path or asset_versions.CONTENT_NAMED.search(path):
                    continue
                file = asset_versions.site_file(site.path, page, path)
                if not version:
                    unversioned.append(f"{page.relative_to(site.path)}: {ref}")
                elif file is None or offline.digest(file) != version:
                    wrong.append(f"{page.relative_to(site.path)}: {ref}")
    assert not unversioned and not wrong, (unversioned[:5], wrong[:5])
