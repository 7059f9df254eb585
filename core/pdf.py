"""The one way HTML becomes a PDF: WeasyPrint without touching the network or the disk.

The templates carry their own styles and use the system's generic sans-serif font; the fetcher
refuses every address but inline data:, so a stray link or a stylesheet, image or font named
in stored text can never make the server call out or read a local file. Control characters are
dropped first: they have no place in a printed page.
"""

from core.text import strip_controls


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    # Imported on first use: importing WeasyPrint parses its own stylesheets (and logs it),
    # which every management command, worker and test run would pay for through the URLconf.
    import weasyprint
    from weasyprint.urls import URLFetcher

    document = weasyprint.HTML(
        string=strip_controls(html),
        base_url=base_url,
        url_fetcher=URLFetcher(allowed_protocols={"data"}),
    )
    return document.write_pdf()
