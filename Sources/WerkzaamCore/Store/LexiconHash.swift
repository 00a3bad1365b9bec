import Crypto
import Foundation

/// A fingerprint of a lexicon folder: stored results are reused only while it is unchanged.
public enum LexiconHash {
    public static func of(directory: String, including: (String) -> Bool = { $0.hasSuffix(".yaml") || $0.hasSuffix(".dic") }) -> String {
        var hasher = SHA256()
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter(including).sorted()
        for file in files {
            hasher.update(data: Data(file.utf8))
            hasher.update(data: FileManager.default.contents(atPath: directory + "/" + file) ?? Data())
        }
        return hasher.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// The files quotation finding and attribution read: a change means analysing documents again.
    public static func speakers(directory: String) -> String {
        of(directory: directory) { ["speech-verbs.yaml", "roles.yaml", "organisations.yaml"].contains($0) }
    }

    /// The files theme tagging reads: a change means only tagging the stored text again.
    public static func themes(directory: String) -> String {
        of(directory: directory) { $0 == "themes.yaml" || $0.hasSuffix(".dic") }
    }
}
