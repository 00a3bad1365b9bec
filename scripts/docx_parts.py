"""What the two DOCX fixture builders share: the WordprocessingML namespace, escaping, and writing the parts
into a zip with fixed timestamps, so the same script always makes the same bytes. Standard library only."""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_docx(out, parts, fixed):
    """Writes `parts`, a list of (name in the zip, XML text), in that order."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), zipfile.ZIP_DEFLATED)


def content_types(*overrides):
    """`[Content_Types].xml` for a document with styles, plus `overrides`: (part name, content type)."""
    parts = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
             ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")]
    parts += overrides
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\n'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\n'
            '<Default Extension="xml" ContentType="application/xml"/>\n'
            + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>\n' for name, kind in parts)
            + "</Types>")


def relationships(*targets):
    """A `.rels` part: `targets` are (type URL, target), numbered rId1, rId2, … in that order."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n'
            + "".join(f'<Relationship Id="rId{k}" Type="{kind}" Target="{target}"/>\n'
                      for k, (kind, target) in enumerate(targets, start=1))
            + "</Relationships>")


OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
