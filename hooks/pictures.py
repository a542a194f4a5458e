"""MkDocs hook: make web versions of the original pictures and give exercise pages their <picture>.

Thin glue: the work is done by scripts/pictures.py, which also runs on its own.
Outputs live in .cache/pictures/ and are published under site/pictures/; nothing is
written to docs/ or pictures/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import pictures  # noqa: E402

# The exercise picture sits in the left column beside the dose on wide screens.
SIZES = "(min-width: 50em) 26rem, calc(100vw - 2.4rem)"
_manifest: dict = {}


def on_files(files, config):
    root = Path(config.config_file_path).parent
    result = pictures.process_all(root / "pictures", root / ".cache" / "pictures")
    if result.errors:
        raise PluginError("Some pictures cannot be used; fix them and build again:\n  "
                          + "\n  ".join(result.errors))
    _manifest.clear()
    _manifest.update(result.manifest)
    out = root / ".cache" / "pictures"
    for entry in result.manifest.values():
        for items in entry["variants"].values():
            for *_, rel in items:
                files.append(File(f"{pictures.URL_PREFIX}/{rel}", src_dir=str(out.parent),
                                  dest_dir=config.site_dir, use_directory_urls=False))
    return files


def on_page_markdown(markdown, page, config, files):
    image = page.meta.get("image")
    if isinstance(image, dict) and image.get("file") in _manifest:
        page.meta["picture"] = pictures.picture_markup(_manifest[image["file"]], page.url, SIZES)
    return markdown
