"""The guide's logic: the page model, the picture pipeline, QR codes, the reader of a built
site and the build runner. The hooks in hooks/ and the tools in scripts/ are thin layers over
this package."""
