/// A word or punctuation token of a paragraph, with its byte span in the document text.
/// Used by attribution, which looks at a few words around each quote (not a hot path).
public struct Word: Sendable, Equatable {
    public var span: Span
    public var text: String
    /// Lowercased and diacritics-folded, for lexicon lookups.
    public var key: String
    public var isWord: Bool
    /// Set by `SpeakerLexicon.annotate`: a job title, an organisation cue word, a known organisation.
    public var isRole = false
    public var isOrganisationCue = false
    public var isKnownOrganisation = false
    /// A speech verb, source word or `volgens`-like indirect cue; a title or form of address (dhr., mevrouw).
    public var isSpeechCue = false
    public var isTitle = false
    /// A name particle (van, de, ter) and a capitalised word that starts sentences but never names (`Names`).
    public var isParticle = false
    public var isNotName = false

    /// Starts with a capital letter (computed once, at tokenizing).
    public var isCapitalised: Bool

    /// The lexicon's flags, as `apply` set them.
    var flags: SpeakerLexicon.WordFlags {
        SpeakerLexicon.WordFlags(role: isRole, cue: isOrganisationCue, known: isKnownOrganisation, speech: isSpeechCue,
                                 title: isTitle, particle: isParticle, notName: isNotName)
    }

    mutating func apply(_ flags: SpeakerLexicon.WordFlags) {
        isRole = flags.role
        isOrganisationCue = flags.cue
        isKnownOrganisation = flags.known
        isSpeechCue = flags.speech
        isTitle = flags.title
        isParticle = flags.particle
        isNotName = flags.notName
    }
}

public enum Words {
    /// Words and punctuation marks of `span`: a word is letters, digits and inner hyphens or apostrophes.
    public static func tokenize(_ text: [UInt8], _ span: Span) -> [Word] {
        tokenize(text, span) { b, s, e, isWord in make(b, s, e, isWord: isWord) }
    }

    /// The same words, each made once per distinct token by `cache` and flagged by `lexicon`.
    public static func tokenize(_ text: [UInt8], _ span: Span, lexicon: SpeakerLexicon, cache: inout WordCache) -> [Word] {
        tokenize(text, span) { b, s, e, isWord in cache.word(b, s, e, isWord: isWord, lexicon: lexicon) }
    }

    @inline(__always)
    private static func tokenize(_ text: [UInt8], _ span: Span,
                                 make: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Word) -> [Word] {
        text.withUnsafeBufferPointer { b in
            var words: [Word] = []
            words.reserveCapacity(span.length / 5)
            var i = span.start
            while i < span.end {
                let (v, n) = UTF8Scalars.decode(b, i)
                if UTF8Scalars.isSpace(v) { i += n; continue }
                if isWordScalar(v) {
                    var j = i + n
                    while j < span.end {
                        // ASCII letters and digits (most of a Dutch word) without decoding.
                        let c = b[j]
                        if (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) { j += 1; continue }
                        let (w, m) = UTF8Scalars.decode(b, j)
                        if isWordScalar(w) { j += m; continue }
                        // inner hyphen or apostrophe: Londen-Verheij, zo’n, D'Hondt
                        if (w == 0x2D || w == 0x2019 || w == 0x27), j + m < span.end,
                           isWordScalar(UTF8Scalars.decode(b, j + m).value) {
                            j += m
                            continue
                        }
                        break
                    }
                    words.append(make(b, i, j, true))
                    i = j
                } else {
                    words.append(make(b, i, i + n, false))
                    i += n
                }
            }
            return words
        }
    }

    static func make(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, isWord: Bool) -> Word {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self)
        let first = b[s]
        let capital = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : UTF8Scalars.isUppercaseLetter(UTF8Scalars.decode(b, s).value)
        var key = text
        if isWord {
            // ASCII words (most of them): lower-case the bytes here; a lower-case word is its own key.
            var ascii = true, upper = false
            for i in s..<e {
                let c = b[i]
                if c >= 0x80 { ascii = false; break }
                if c >= 0x41 && c <= 0x5A { upper = true }
            }
            if !ascii {
                key = Fold.key(text)
            } else if upper {
                key = String(unsafeUninitializedCapacity: e - s) { out in
                    for i in s..<e { let c = b[i]; out[i - s] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                    return e - s
                }
            }
        }
        return Word(span: Span(s, e), text: text, key: key, isWord: isWord, isCapitalised: capital)
    }

    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        // Accented Latin letters (é, ë, ĳ) and general punctuation (’ “ ” –) without Unicode property
        // lookups, which were a quarter of tokenizing.
        if v >= 0xC0 && v < 0x250 { return v != 0xD7 && v != 0xF7 }
        if v >= 0x2000 && v < 0x2070 { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
