"""Times single long documents of several shapes at growing sizes, to find work that grows faster than
the document (the bench's corpora are many small documents and do not show it).

Each shape is made from the sample corpus (corpus/), written alone into a folder and analysed by
`werkzaam analyze` on its own; the table gives seconds, MB/s, peak memory and quotations per size, and
the growth of the time from one size to the next (2.0 per doubling is linear).

Usage: python3 audit.py WERKZAAM_BINARY REPOSITORY [SIZES_MB, default 1,2,4]
A run that takes longer than WERKZAAM_AUDIT_TIMEOUT seconds (default 600) is stopped and shown as "> N".
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

MB = 1024 * 1024


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def repeat_to(size, make):
    """Joins make(k) for k = 0, 1, … until the text holds `size` bytes."""
    parts, total, k = [], 0, 0
    while total < size:
        part = make(k)
        parts.append(part)
        total += len(part.encode())
        k += 1
    return "".join(parts)


def shapes(repo):
    corpus = os.path.join(repo, "corpus")
    interview = read(os.path.join(corpus, "transcripten/interview-wethouder-harderwijk.txt"))
    articles = "".join(read(os.path.join(corpus, "artikelen", f)) + "\n\n"
                       for f in sorted(os.listdir(os.path.join(corpus, "artikelen"))))
    vtt = read(os.path.join(corpus, "transcripten/teams-gesprek-zutphen.vtt"))
    cues = re.findall(r"\n\d+\n[^\n]+\n(<v [^\n]+)\n", vtt)
    html = read(os.path.join(corpus, "web/vitale-coalitie-lelykracht.html"))
    inner = re.search(r"<article[^>]*>(.*)</article>", html, re.S).group(1)
    with zipfile.ZipFile(os.path.join(corpus, "transcripten/gespreksverslag-kruiskamp.docx")) as z:
        docx_files = {n: z.read(n) for n in z.namelist()}
    document = docx_files["word/document.xml"].decode()
    body = re.search(r"<w:body>(.*?)(<w:sectPr.*)?</w:body>", document, re.S).group(1)
    words = "we moeten samen met de gemeente en de bewoners werken aan vertrouwen in de wijk want dat is de basis".split()
    first = ["Jan", "Piet", "Anna", "Fatima", "Ahmed", "Sanne", "Ruud", "Kees", "Lotte", "Yusuf"]
    last = ["Bakker", "Visser", "Jansen", "de Boer", "El Amrani", "Yilmaz", "Hendriks", "Mulder", "de Vries", "Demir"]

    def sentence(k, n=12):
        return " ".join(words[(k * 7 + i * 3) % len(words)] for i in range(n))

    def vtt_text(size):
        def cue(i):
            c = re.sub(r"<v ([^>]+)>", lambda m: "<v %s%d>" % (m.group(1), (i // len(cues)) % 200), cues[i % len(cues)])
            t = i * 3
            stamp = "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)
            return "%d\n%s.000 --> %s.500\n%s\n\n" % (i + 1, stamp, stamp, c)
        return "WEBVTT\n\n" + repeat_to(size, cue)

    def docx_bytes(size):
        text = len(re.sub(r"<[^>]+>", "", body).encode())
        xml = document.replace(body, body * (size // text + 1))
        out = tempfile.SpooledTemporaryFile()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in docx_files.items():
                z.writestr(name, xml if name == "word/document.xml" else data)
        out.seek(0)
        return out.read()

    flat = re.sub(r"\s+", " ", articles)
    return [
        # An interview transcript, its two speakers renamed per copy.
        ("interview.txt", lambda s: repeat_to(s, lambda k: interview.replace("Ruud Hendriks", "Ruud Hendriks%d" % (k % 300))
                                              .replace("Sanne Visser", "Sanne Visser%d" % (k % 50)) + "\n\n")),
        # The five articles again and again: every quotation after the first copy repeats one before it.
        ("herhaald-artikel.txt", lambda s: repeat_to(s, lambda k: articles)),
        # The same text without a line break: one paragraph.
        ("een-alinea.txt", lambda s: repeat_to(s, lambda k: flat + " ")),
        ("gesprek.vtt", vtt_text),
        ("pagina.html", lambda s: html.replace(inner, inner * (s // len(inner.encode()) + 1))),
        ("verslag.docx", docx_bytes),
        # A label per line, each speaker speaking twice: thousands of different speakers, more as it grows.
        ("labels.txt", lambda s: repeat_to(s, lambda k: "%s %s%d: %s.\n" % (first[k // 2 % 10], last[k // 2 * 3 % 10], k // 2, sentence(k)))),
        # A quotation per paragraph, each with a named speaker, role and organisation.
        ("sprekers.txt", lambda s: repeat_to(s, lambda k: "“%s,” zegt %s %sx%d, wethouder van de gemeente Plaats%d. %s.\n\n"
                                            % (sentence(k).capitalize(), first[k % 10], last[k * 7 % 10], k, k % 3000, sentence(k + 1).capitalize()))),
        # One word per line: as many paragraphs as words.
        ("woorden.txt", lambda s: repeat_to(s, lambda k: words[k * 7 % len(words)] + "\n")),
    ]


def run(binary, repo, name, data):
    folder = tempfile.mkdtemp(prefix="werkzaam-long-")
    try:
        os.mkdir(os.path.join(folder, "corpus"))
        path = os.path.join(folder, "corpus", name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        size = os.path.getsize(path)  # of the file
        out = os.path.join(folder, "out")
        start = os.times().elapsed
        process = subprocess.Popen([binary, "analyze", os.path.join(folder, "corpus"), "-o", out, "-q",
                                    "--lexicons", os.path.join(repo, "lexicons")],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        limit = float(os.environ.get("WERKZAAM_AUDIT_TIMEOUT", "600"))
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if os.times().elapsed - start > limit:  # a quadratic path in an old build: stop, report it as "> limit"
                process.kill()
                os.wait4(process.pid, 0)
                return size, float("inf"), 0, 0, 0
            time.sleep(0.01)
        seconds = os.times().elapsed - start
        with open(os.path.join(out, "quotes.jsonl"), "rb") as f:
            quotes = sum(1 for _ in f)
        return size, seconds, usage.ru_maxrss / 1024, quotes, os.waitstatus_to_exitcode(status)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    binary, repo = sys.argv[1], sys.argv[2]
    sizes = [int(s) for s in (sys.argv[3] if len(sys.argv) > 3 else "1,2,4").split(",")]
    print("%-21s %6s %8s %8s %9s %11s %6s" % ("document", "MB", "seconds", "MB/s", "peak MB", "quotations", "growth"))
    for name, make in shapes(repo):
        previous = None
        for mb in sizes:
            _, seconds, peak, quotes, code = run(binary, repo, name, make(mb * MB))
            size = mb * MB  # of text (a DOCX file is smaller: compressed)
            if seconds == float("inf"):
                print("%-21s %6.1f %8s" % (name, size / MB, "> %.0f" % float(os.environ.get("WERKZAAM_AUDIT_TIMEOUT", "600"))), flush=True)
                break  # larger sizes take longer still
            growth = "" if previous is None else "%.1f×" % (seconds / previous)
            previous = seconds
            note = "" if code == 0 else "  (exit %d)" % code
            print("%-21s %6.1f %8.2f %8.1f %9.0f %11d %6s%s" % (name, size / MB, seconds, size / MB / seconds, peak, quotes, growth, note),
                  flush=True)


if __name__ == "__main__":
    main()
