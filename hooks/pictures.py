"""MkDocs hook: bring the processed pictures up to date (guide.pictures) and publish them
under site/pictures/. Nothing is written to docs/ or pictures/."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from guide import pictures


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    out = pictures.output_dir(root)
    try:
        result = pictures.process_all(root / "pictures", out)
    except pictures.PictureFolderError as error:
        raise PluginError(str(error)) from None
    if result.errors:
        raise PluginError("Some pictures cannot be used; fix them and build again:\n  " + "\n  ".join(result.errors))
    for rel in pictures.published_files(result.manifest):
        files.append(
            File(
                f"{pictures.URL_PREFIX}/{rel}",
                src_dir=str(out.parent),
                dest_dir=config.site_dir,
                use_directory_urls=False,
            )
        )
    return files
