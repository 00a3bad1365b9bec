#!/usr/bin/env python3
"""Builds corpus/transcripten/gespreksverslag-kruiskamp.docx: a Word transcript with bold speaker names.

Kept in the repository so the sample transcript can be edited and rebuilt; it uses only the standard library.
The document uses Dutch Word style ids (Titel, Kop1) whose names are the built-in English ones, a speaker
label split over two bold runs, a footnote and a comment (which readers must skip), as real files do.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx_parts import OFFICE_DOCUMENT, STYLES, W, content_types, esc, relationships, write_docx  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "corpus/transcripten/gespreksverslag-kruiskamp.docx"

TITLE = "Gespreksverslag: samenwerking in de wijk Kruiskamp, Amersfoort"
INTRO = [
    "Datum: 21 februari 2024, buurthuis De Kruisweg.",
    "Aanwezig: Lotte Jansen (interviewer, Movisie), Marieke de Boer (directeur-bestuurder van "
    "welzijnsorganisatie Kruiskamp Samen) en Ahmed El Amrani (wijkconsulent bij woningcorporatie Eemwoon).",
]
TURNS = [
    ("Lotte Jansen:", "Welkom allebei. Jullie werken nu drie jaar samen in de Kruiskamp. Hoe zou je die samenwerking omschrijven?"),
    ("Marieke de Boer:", "Als een huwelijk dat niet uit liefde is begonnen, maar uit noodzaak. De corporatie zag steeds meer "
     "huurders met schulden en psychische problemen, en wij zagen dezelfde mensen in het buurthuis. Toen dachten we: "
     "waarom doen we dit eigenlijk los van elkaar?"),
    ("Ahmed El Amrani:", "Voor ons was het ook een kwestie van geld, eerlijk is eerlijk. Een huisuitzetting kost een "
     "corporatie al snel € 20.000. Als een opbouwwerker eerder bij iemand aan de deur staat, voorkom je dat."),
    ("Lotte Jansen:", "Wat hebben jullie concreet afgesproken?"),
    ("Ahmed El Amrani:", "Dat ik bij twee maanden huurachterstand niet meer alleen een brief stuur, maar samen met een "
     "opbouwwerker van Kruiskamp Samen langsga. Dat noemen we de keukentafelroute."),
    ("Marieke de Boer:", "En we hebben een gezamenlijk spreekuur in het buurthuis, elke dinsdag. Daar zitten de "
     "wijkconsulent, een opbouwwerker en soms de wijkagent. Mensen hoeven dan niet drie loketten af."),
    ("Lotte Jansen:", "Wat werkt er goed aan?"),
    ("Marieke de Boer:", "Dat we elkaar kennen. Ahmed belt me gewoon op als hij zich zorgen maakt over iemand. Vroeger "
     "ging dat via drie lagen management. Korte lijnen zijn essentieel."),
    ("Ahmed El Amrani:", "En dat we allebei een beetje buiten onze eigen taak durven te stappen. Ik ben geen "
     "hulpverlener, maar ik zie wel wat er achter de voordeur gebeurt."),
    ("Lotte Jansen:", "En wat is lastig?"),
    ("Ahmed El Amrani:", "Privacy. Ik mag niet zomaar gegevens delen met Kruiskamp Samen. Daar zijn we lang op "
     "vastgelopen. Uiteindelijk vragen we nu aan de huurder zelf of we mogen doorverwijzen."),
    ("Marieke de Boer:", "En de financiering. Het spreekuur draait op een projectsubsidie van de gemeente die in 2025 "
     "afloopt. Als dat stopt, valt er een gat. Ik vind dat de gemeente hier meer regie zou mogen nemen."),
    ("Lotte Jansen:", "Tot slot: wat zouden jullie collega’s in andere wijken aanraden?"),
    ("Marieke de Boer:", "Begin met elkaar te leren kennen voordat je afspraken maakt. Dat klinkt soft, maar het is de basis."),
    ("Ahmed El Amrani:", "En meet wat je voorkomt. Wij hebben het aantal huisuitzettingen in de wijk zien dalen van "
     "negen naar twee per jaar. Met zulke cijfers krijg je je directie wel mee."),
]

def run(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


body = [para([run(TITLE)], "Titel")]
body += [para([run(t)]) for t in INTRO]
body.append(para([run("Het gesprek")], "Kop1"))
for index, (label, text) in enumerate(TURNS):
    if label == "Marieke de Boer:" and index == 1:
        # Word often splits a bold label over runs.
        label_runs = [run("Marieke", True), run(" de Boer:", True)]
    else:
        label_runs = [run(label, True)]
    extra = []
    if index == 4:
        extra = ['<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="1"/></w:r>']
    if index == 10:
        extra = ['<w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>']
    body.append(para(label_runs + [run(" " + text)] + extra))
body.append(para([run("Einde van het gesprek. Het verslag is door beide deelnemers gecontroleerd.")]))

document = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
    + "".join(body)
    + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
)
styles = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/><w:basedOn w:val="Standaard"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>"""
footnotes = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>De keukentafelroute is beschreven in het wijkplan Kruiskamp 2023.</w:t></w:r></w:p></w:footnote></w:footnotes>"""
comments = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="Lotte Jansen"><w:p><w:r><w:t>Navragen bij de privacy-officer.</w:t></w:r></w:p></w:comment></w:comments>"""
content_types_xml = content_types(
    ("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
    ("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"),
    ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
)
rels = relationships((OFFICE_DOCUMENT, "word/document.xml"),
                     ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"))
document_rels = relationships(
    (STYLES, "styles.xml"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "footnotes.xml"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml"),
)
core = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Gespreksverslag Kruiskamp</dc:title><dc:creator>Lotte Jansen</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-02-21T10:00:00Z</dcterms:created>
</cp:coreProperties>"""

FIXED = (2024, 2, 21, 10, 0, 0)  # fixed timestamps: the same script makes the same bytes
write_docx(OUT, [
    ("[Content_Types].xml", content_types_xml), ("_rels/.rels", rels), ("word/document.xml", document),
    ("word/_rels/document.xml.rels", document_rels), ("word/styles.xml", styles),
    ("word/footnotes.xml", footnotes), ("word/comments.xml", comments), ("docProps/core.xml", core),
], FIXED)
print(OUT)
