import Crypto
import Foundation

/// A fingerprint of a lexicon folder: stored results are reused only while it is unchanged.
public enum LexiconHash {
    public static func of(directory: String) -> String {
        var hasher = SHA256()
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".dic") }.sorted()
        for file in files {
            hasher.update(data: Data(file.utf8))
            hasher.update(data: FileManager.default.contents(atPath: directory + "/" + file) ?? Data())
        }
        return hasher.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }
}
