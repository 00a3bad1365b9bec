import Foundation
import ZIPFoundation

/// Opens a .docx (a zip) in memory and extracts its XML parts with zip-bomb guards:
/// each part's inflated size is capped and checked while inflating, not only from the header.
struct DocxArchive {
    private let archive: Archive
    private let limits: ReadLimits

    init(_ bytes: [UInt8], limits: ReadLimits) throws(IngestError) {
        guard bytes.count >= 22, bytes.starts(with: [0x50, 0x4B]) else {
            throw IngestError("not a .docx: the file is not a zip archive (truncated or another format)")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw IngestError("damaged .docx: the zip archive cannot be opened (truncated or corrupt)")
        }
        self.limits = limits
    }

    /// The bytes of a part, or nil when the archive has no such entry.
    func part(_ path: String) throws(IngestError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        let declared = Int(clamping: entry.uncompressedSize)
        let cap = limits.maxDocxPartBytes
        if declared > cap {
            throw IngestError("zip bomb guard: \(path) would inflate to \(ByteSize.format(declared)) (limit \(ByteSize.format(cap)))")
        }
        let ratioCap = max(1 << 20, Int(clamping: entry.compressedSize) * limits.maxCompressionRatio)
        var out: [UInt8] = []
        out.reserveCapacity(min(declared, cap))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(contentsOf: chunk)
                if out.count > cap || out.count > ratioCap { throw BombGuard() }
            }
        } catch is BombGuard {
            throw IngestError("zip bomb guard: \(path) inflates past \(ByteSize.format(min(cap, ratioCap))) from \(ByteSize.format(Int(clamping: entry.compressedSize))) compressed")
        } catch {
            throw IngestError("damaged .docx: \(path) cannot be decompressed (\(DocxArchive.describe(error)))")
        }
        return out
    }

    private struct BombGuard: Error {}

    static func describe(_ error: Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "checksum mismatch"
        case Archive.ArchiveError.invalidCompressionMethod: "unknown compression method"
        default: "corrupt data"
        }
    }
}
