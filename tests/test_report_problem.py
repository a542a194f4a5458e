"""Tell us about a mistake: every page has a "report a problem" route that needs no account (an
email with the page's address written in) and one through GitHub's issue form
(overrides/partials/report-problem.html, .github/ISSUE_TEMPLATE/report-a-problem.yml)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import jinja2
import yaml
from conftest import PHONE, open_tab

from guide import built_site, site_config
from guide.project import ROOT

FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / "report-a-problem.yml"
CHECK = Path(sys.executable).parent / "check-jsonschema"


def config() -> dict:
    return site_config.read(ROOT / "mkdocs.yml")


def links(html: str) -> dict[str, str]:
    found = {}
    for a in built_site.start_tags(html, "a"):
        for name in ("guide-report__email", "guide-report__github"):
            if name in a.get("class", "").split():
                found[name] = a["href"]
    return found


def test_every_page_has_both_ways_to_report_with_its_address(site):
    email = config()["extra"]["report_email"]
    assert "@" in email
    pages = built_site.pages(site.path)
    pages["/404.html"] = (site.path / "404.html").read_text(encoding="utf-8")
    for path, html in pages.items():
        found = links(html)
        assert set(found) == {"guide-report__email", "guide-report__github"}, path
        mail = urlsplit(found["guide-report__email"])
        assert mail.scheme == "mailto" and mail.path == email, path
        fields = parse_qs(mail.query)
        assert fields["subject"] == ["Problem on a page"], path
        if path != "/404.html":
            assert f"Page: {site.url}{path.lstrip('/')}\n" in fields["body"][0], path
        issue = urlsplit(found["guide-report__github"])
        assert issue.netloc == "github.com" and issue.path.endswith("/issues/new"), path
        query = parse_qs(issue.query)
        assert query["template"] == [FORM.name], path
        if path != "/404.html":
            assert query["page"] == [site.url + path.lstrip("/")], path


def test_the_report_links_follow_instant_navigation(browser, site):
    visit = open_tab(browser, site, viewport=PHONE)
    page = visit.page
    try:
        page.goto(site.url + "story/")
        page.evaluate("window.__same_document = true")
        page.locator(".md-footer__link--next").click()
        page.wait_for_url(re.compile(r"/plan/"))
        page.locator(".guide-plan-reset").wait_for()
        assert page.evaluate("window.__same_document === true")
        href = page.locator(".guide-report__email").get_attribute("href")
        assert f"Page: {site.url}plan/" in unquote(href)
        assert page.locator(".guide-report").is_visible()
        assert visit.errors == [] and visit.foreign == []
    finally:
        page.context.close()


def test_the_issue_form_is_valid_and_asks_for_the_page():
    result = subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.github-issue-forms", str(FORM)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    form = yaml.safe_load(FORM.read_text(encoding="utf-8"))
    ids = {item.get("id") for item in form["body"]}
    assert "page" in ids, "the link fills in the field with id 'page'"


def test_a_broken_issue_form_is_caught(tmp_path):
    broken = tmp_path / "form.yml"
    broken.write_text(FORM.read_text(encoding="utf-8").replace("type: input", "type: text-box", 1))
    result = subprocess.run(
        [str(CHECK), "--builtin-schema", "vendor.github-issue-forms", str(broken)], capture_output=True, text=True
    )
    assert result.returncode != 0


def test_a_page_address_cannot_break_out_of_the_links():
    # A page's address comes from its file name, which a contributor chooses.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "overrides")))
    hostile = 'https://example.org/a"><script>alert(1)</script>&x=1/'
    page = {"title": "A", "url": "a/", "canonical_url": hostile, "is_homepage": False}
    conf = {
        "site_name": "Ease Your Back",
        "site_url": "https://example.org/",
        "repo_url": "https://github.com/example/guide",
        "extra": {"report_email": "problems@example.org"},
    }
    html = env.get_template("partials/report-problem.html").render(page=page, config=conf)
    assert "<script>" not in html
    found = links(html)
    mail = parse_qs(urlsplit(found["guide-report__email"]).query)
    assert mail["body"][0].startswith(f"Page: {hostile}\n") and "x" not in mail
    issue = parse_qs(urlsplit(found["guide-report__github"]).query)
    assert issue["page"] == [hostile] and "x" not in issue


def test_without_an_address_or_repository_there_is_no_box():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ROOT / "overrides")))
    html = env.get_template("partials/report-problem.html").render(page=None, config={"extra": {}})
    assert "guide-report" not in html
