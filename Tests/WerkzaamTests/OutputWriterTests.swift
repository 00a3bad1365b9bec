import Foundation
import Testing
@testable import WerkzaamCore

/// The byte writers behind every output: escaping, quoting, and streaming to disk that gives the same
/// bytes as writing whole, with no temporary file left behind.
struct OutputWriterTests {
    @Test func jsonEscapesOnlyQuotesBackslashesAndControlCharacters() {
        var w = JSONWriter()
        w.beginObject()
        w.field("tekst", "„Wij zeggen \"ja\"”, zegt ze.\nC:\\map\t\u{1}é")
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"tekst":"„Wij zeggen \"ja\"”, zegt ze.\nC:\\map\t\u0001é"}"#)
    }

    /// quotes.jsonl and matches.jsonl are written straight into bytes: every field, null, nested speaker,
    /// empty and full theme lists and escapes as DESIGN §7 gives them; a repeated path is escaped alike.
    @Test func jsonLinesOfQuotationsAndHits() {
        var person = Person(name: "Jan \"JJ\" Gommer")
        person.role = "directeur"
        person.organisation = "FlevoMeer Bibliotheek"
        person.organisationType = "bibliotheek"
        let quotes = [
            QuoteRecord(id: "9d3f9175-65", document: "map/één.txt", paragraph: 2, start: 65, end: 120,
                        text: "Ja.\n\n„Het hielp”, zegt hij\t\\", kind: .quote, speaker: person, cue: "zegt",
                        confidence: 0.9, repeatOf: nil, themes: ["samenwerking", "ontmoeting en verbinding"]),
            QuoteRecord(id: "9d3f9175-66", document: "map/één.txt", paragraph: 3, start: 130, end: 131,
                        text: "x", kind: .turn, speaker: nil, cue: nil, confidence: 0, repeatOf: "9d3f9175-65", themes: []),
        ]
        #expect(String(decoding: QuotesJSONL.render(quotes), as: UTF8.self) == """
            {"id":"9d3f9175-65","document":"map/één.txt","paragraph":2,"start":65,"end":120,"text":"Ja.\\n\\n„Het hielp”, zegt hij\\t\\\\","kind":"quote","speaker":{"name":"Jan \\"JJ\\" Gommer","role":"directeur","role_category":null,"organisation":"FlevoMeer Bibliotheek","organisation_type":"bibliotheek"},"cue":"zegt","confidence":0.90,"repeat_of":null,"themes":["samenwerking","ontmoeting en verbinding"]}
            {"id":"9d3f9175-66","document":"map/één.txt","paragraph":3,"start":130,"end":131,"text":"x","kind":"turn","speaker":null,"cue":null,"confidence":0.00,"repeat_of":"9d3f9175-65","themes":[]}

            """)
        let hits = [
            MatchRecord(document: "a.txt", paragraph: 1, start: 10, end: 15, theme: "financiering", term: "fonds", text: "fonds"),
            MatchRecord(document: "a.txt", paragraph: 1, start: 28, end: 40, theme: "financiering", term: "verbind*", text: "Verbindingen"),
            MatchRecord(document: "b \"c\".txt", paragraph: 12, start: 1_000, end: 1_008, theme: "rol", term: "rol", text: "rol"),
        ]
        #expect(String(decoding: MatchesJSONL.render(hits), as: UTF8.self) == """
            {"document":"a.txt","paragraph":1,"start":10,"end":15,"theme":"financiering","term":"fonds","text":"fonds"}
            {"document":"a.txt","paragraph":1,"start":28,"end":40,"theme":"financiering","term":"verbind*","text":"Verbindingen"}
            {"document":"b \\"c\\".txt","paragraph":12,"start":1000,"end":1008,"theme":"rol","term":"rol","text":"rol"}

            """)
        #expect(QuotesJSONL.render([]).isEmpty && MatchesJSONL.render([]).isEmpty)
    }

    /// A described respondent's name is unknown (`null`); the description says who spoke.
    @Test func aDescribedRespondentHasNoNameButADescription() {
        var huisarts = Person(name: "huisarts, gemeente C")
        huisarts.isAnonymous = true
        huisarts.role = "huisarts"; huisarts.roleCategory = "professional"
        huisarts.organisation = "zorgorganisatie"; huisarts.organisationType = "zorgorganisatie"
        let quote = QuoteRecord(id: "001e2e51-861", document: "rapport.txt", paragraph: 8, start: 861, end: 900, text: "Bellen werkt.",
                                kind: .quote, speaker: huisarts, cue: "description", confidence: 0.8, repeatOf: nil, themes: [])
        #expect(String(decoding: QuotesJSONL.render([quote]), as: UTF8.self) == """
            {"id":"001e2e51-861","document":"rapport.txt","paragraph":8,"start":861,"end":900,"text":"Bellen werkt.","kind":"quote","speaker":{"name":null,"description":"huisarts, gemeente C","role":"huisarts","role_category":"professional","organisation":"zorgorganisatie","organisation_type":"zorgorganisatie"},"cue":"description","confidence":0.80,"repeat_of":null,"themes":[]}

            """)
        #expect(ReportModel.citation(quote) == "— huisarts, gemeente C (anoniem) (rapport.txt, alinea 8)")
    }

    @Test func jsonNumbersAreWrittenInDecimal() {
        var w = JSONWriter()
        w.beginArray()
        for v in [0, 7, 10, 1_491, -42, Int.max, Int.min] { w.int(v) }
        w.int(nil)
        w.endArray()
        #expect(String(decoding: w.bytes, as: UTF8.self)
                == "[0,7,10,1491,-42,9223372036854775807,-9223372036854775808,null]")
    }

    @Test func csvQuotesFieldsWithSeparatorsQuotesAndAnyLineBreak() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.row(["wethouder; zorg", "zegt \"ja\""])
        csv.row(["regel\r\nregel", "gewoon"])
        #expect(String(decoding: csv.bytes, as: UTF8.self)
            == "\u{FEFF}a;b\r\n\"wethouder; zorg\";\"zegt \"\"ja\"\"\"\r\n\"regel\r\nregel\";gewoon\r\n")
    }

    /// Unit ids are copied from their stored bytes into the CSVs and report.json: the same fields as the
    /// joined strings gave, quoted and escaped where an id (a speaker unit, a path) needs it, spilled or not.
    @Test func unitIDListsAreWrittenFromTheirBytesAsTheJoinedStringsWere() {
        for budget in [16, Int.max] {
            let lists = UnitIDLists(memoryBudget: budget)
            let quotes = lists.makeList(), speakers = lists.makeList(), none = lists.makeList()
            for k in 0..<40 { lists.append("9d3f9175-\(k * 101)", to: quotes) }
            for name in ["Jan Gommer", "Manon de Caluwé", "Mevrouw \"Bergkamp\"; D66", "regel\nregel"] { lists.append(name, to: speakers) }
            let ids = [lists.ids(of: quotes), lists.ids(of: speakers), lists.ids(of: none)]
            #expect(lists.spilledBytes > 0 || budget == .max)

            for list in ids {
                var fromBytes = CSVWriter(header: ["thema", "ids"])
                fromBytes.row(["samenwerking"], ids: list)
                var fromStrings = CSVWriter(header: ["thema", "ids"])
                fromStrings.row(["samenwerking", list.joined(separator: " ")])
                #expect(fromBytes.bytes == fromStrings.bytes)

                var json = JSONWriter()
                json.beginObject(); json.field("unit_ids", list); json.field("n", list.count); json.endObject()
                var generic = JSONWriter()
                generic.beginObject(); generic.field("unit_ids", Array(list)); generic.field("n", list.count); generic.endObject()
                #expect(json.bytes == generic.bytes)
            }
            var csv = CSVWriter(header: ["a", "ids"])
            csv.row(["sprekers"], ids: ids[1])
            csv.row(["leeg"], ids: ids[2])
            #expect(String(decoding: csv.bytes, as: UTF8.self)
                == "\u{FEFF}a;ids\r\nsprekers;\"Jan Gommer Manon de Caluwé Mevrouw \"\"Bergkamp\"\"; D66 regel\nregel\"\r\nleeg;\r\n")
            var json = JSONWriter()
            json.beginObject(); json.field("unit_ids", ids[1]); json.field("leeg", ids[2]); json.endObject()
            #expect(String(decoding: json.bytes, as: UTF8.self)
                == #"{"unit_ids":["Jan Gommer","Manon de Caluwé","Mevrouw \"Bergkamp\"; D66","regel\nregel"],"leeg":[]}"#)
            var joined: [UInt8] = []
            ids[0].appendJoined(separator: 0x20, to: &joined)
            #expect(String(decoding: joined, as: UTF8.self) == (0..<40).map { "9d3f9175-\($0 * 101)" }.joined(separator: " "))
        }
    }

    /// Over a megabyte, so the stream flushes several times on the way.
    @Test func streamedWritersGiveTheSameBytesAsWholeOnes() throws {
        let folder = try TestSupport.temporaryFolder()
        let rows = (0..<40_000).map { ["Jan Gommer \($0)", "samenwerking; vertrouwen", "\($0 * 7)"] }
        var whole = CSVWriter(header: ["naam", "thema's", "n"])
        var streamed = CSVWriter(header: ["naam", "thema's", "n"], stream: try AtomicStream(path: folder.path + "/t.csv"))
        for r in rows { whole.row(r); streamed.row(r) }
        try streamed.close()
        #expect(whole.bytes.count > 1 << 20)
        #expect(try Data(contentsOf: folder.appendingPathComponent("t.csv")) == Data(whole.bytes))

        var json = JSONWriter(), jsonStreamed = JSONWriter(stream: try AtomicStream(path: folder.path + "/t.json"))
        for r in rows {
            json.beginObject(); json.field("naam", r[0]); json.field("n", Int(r[2])); json.endObject(); json.newline()
            jsonStreamed.beginObject(); jsonStreamed.field("naam", r[0]); jsonStreamed.field("n", Int(r[2])); jsonStreamed.endObject(); jsonStreamed.newline()
        }
        try jsonStreamed.close()
        #expect(try Data(contentsOf: folder.appendingPathComponent("t.json")) == Data(json.bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["t.csv", "t.json"])
    }

    @Test func theWriterStreamsTheSameReportPageAsAWholeRender() async throws {
        let a = try await ThemeTaggingTests.run()
        let lexicon = try ThemeLexicon.load(directory: TestSupport.packageRoot.appendingPathComponent("lexicons").path)
        let folder = try TestSupport.temporaryFolder("writerhtml")
        let writer = try OutputWriter(out: folder.path, themes: lexicon, selection: [.html])
        let quotes = Dictionary(grouping: a.quotes, by: \.document), matches = Dictionary(grouping: a.matches, by: \.document)
        for r in a.reports { try writer.add(r, quotes: quotes[r.path] ?? [], matches: matches[r.path] ?? []) }
        try writer.finish()
        let page = ReportHTML.render(ReportModel(analysis: a, lexicon: lexicon))
        #expect(page.utf8.count > 1 << 18)  // more than one piece, so pieces are handed to the file before the end
        #expect(try String(contentsOf: folder.appendingPathComponent("report.html"), encoding: .utf8) == page)
    }

    @Test func aDiscardedStreamLeavesTheOldFileAndNoTemporaryOne() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.path + "/quotes.jsonl"
        try AtomicFile.write(Array("oud\n".utf8), to: path)
        let stream = try AtomicStream(path: path)
        try stream.write(Array(repeating: 0x61, count: 3 << 20))
        stream.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "oud\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["quotes.jsonl"])
    }

    /// ASCII words get their lookup key from the bytes; it must be the key the lexicons are folded with.
    /// The fast ranges of `isWordScalar` say what the Unicode properties say.
    @Test func wordScalarFastPathsAgreeWithUnicodeProperties() {
        for v in UInt32(0)..<0x2100 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Words.isWordScalar(v) == (s.properties.isAlphabetic || s.properties.numericType != nil), "U+\(String(v, radix: 16))")
        }
    }

    @Test func asciiWordKeysEqualTheFoldedKey() {
        let text = Array("Wethouder Jan GOMMER (VVD) zegt: ‘Sámenwerking’ is d’r. co-creatie 2024".utf8)
        let words = Words.tokenize(text, Span(0, text.count)).filter(\.isWord)
        #expect(words.map(\.key) == ["wethouder", "jan", "gommer", "vvd", "zegt", "samenwerking", "is", "d'r", "co-creatie", "2024"])
        for w in words { #expect(w.key == Fold.key(w.text)) }
    }

    /// Keys of names: lower case, spaces at either end dropped (only U+0020), inner spaces kept, letters
    /// beyond ASCII folded; the ASCII path works on the bytes and must agree with the folding path.
    @Test func foldedKeysOfNames() {
        #expect(Fold.key("Jan Gommer") == "jan gommer")
        #expect(Fold.key("  Van Lissum ") == "van lissum")
        #expect(Fold.key("de  heer") == "de  heer")
        #expect(Fold.key("   ") == "")
        #expect(Fold.key("") == "")
        #expect(Fold.key("\tJan") == "\tjan")
        #expect(Fold.key(" Creëren ") == "creeren")
        #expect(Fold.key("Zo’n ÉÉN") == "zo'n een")
    }
}
