#!/usr/bin/env python3
"""Builds Tests/WerkzaamTests/Fixtures/generalisation/jaarverslag-welzijn-oost-achterhoek.docx: an annual
report in Word with a title, headings and quotations introduced by `Name, role: ‘…’`.

Kept so the held-out text can be read and rebuilt; standard library only, fixed timestamps (same bytes).
"""
import sys
import zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/WerkzaamTests/Fixtures/generalisation/jaarverslag-welzijn-oost-achterhoek.docx"

PARAGRAPHS = [
    ("Titel", "Jaarverslag 2025 – Stichting Welzijn Oost-Achterhoek"),
    (None, "2025 was het jaar waarin onze vrijwilligers het verschil maakten. In vijf kernen draaiden buurtkamers, "
           "maaltijdprojecten en een klussendienst."),
    ("Kop1", "Uit de kernen"),
    (None, "Marian Ooms, vrijwilliger in de buurtkamer van Lichtenvoorde: ‘Ik kwam hier zelf binnen omdat ik eenzaam was. "
           "Nu schenk ik de koffie.’"),
    (None, "Gerrit Wolbrink, coördinator van de klussendienst: ‘Vorig jaar hebben we 412 klussen gedaan. Soms is een "
           "lekkende kraan het begin van een gesprek over veel meer.’"),
    (None, "De gemeente Oost Gelre verlengde de subsidie voor drie jaar. Wethouder Hans Bulten sprak tijdens de "
           "nieuwjaarsbijeenkomst van „een investering die zich dubbel terugbetaalt”."),
    ("Kop1", "Financiën"),
    (None, "De baten bedroegen € 1,2 miljoen. Zie de jaarrekening in bijlage 2."),
    (None, "Directeur Esther Roelofs: „We sluiten het jaar af met een klein positief resultaat. Dat geld steken we in de "
           "training van nieuwe vrijwilligers.”"),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(style, text):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


document = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    + "".join(para(style, text) for style, text in PARAGRAPHS)
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
)
styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>"""
content_types = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
document_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

FIXED = (2026, 1, 15, 9, 0, 0)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document),
                       ("word/_rels/document.xml.rels", document_rels), ("word/styles.xml", styles)]:
        z.writestr(zipfile.ZipInfo(name, FIXED), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
print(OUT)
