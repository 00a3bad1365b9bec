#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The unit ids behind co-occurrence pairs and role-table cells, appended while documents arrive. Every
/// count in a report leads back to these ids, so none may be dropped; yet they grow with the corpus (about
/// half a megabyte per megabyte of text). Above `memoryBudget` bytes the buffered ids move to an unlinked
/// temporary file, one block per list, so memory stays at the budget whatever the corpus size; a list is
/// read back block by block, in the order its ids came.
///
/// A reference type shared by the builders of one tally; it is only ever used from one thread at a time.
public final class UnitIDLists: @unchecked Sendable {
    private struct List {
        var pending: [UInt8] = []
        var blocks: [(offset: Int, length: Int)] = []
        var count = 0
    }

    private var lists: [List] = []
    private var buffered = 0
    private var file: Int32 = -1
    private var fileSize = 0
    /// Set when the temporary file cannot be made or written: the ids then stay in memory.
    private var spillFailed = false
    public let memoryBudget: Int

    public static let defaultBudget = 4 << 20

    public init(memoryBudget: Int = defaultBudget) {
        self.memoryBudget = memoryBudget
    }

    deinit { if file >= 0 { close(file) } }

    /// A new, empty list; returns its number.
    public func makeList() -> Int {
        lists.append(List())
        return lists.count - 1
    }

    public func count(of list: Int) -> Int { lists[list].count }

    /// Bytes held in memory (tests check that spilling keeps this under the budget).
    public var bufferedBytes: Int { buffered }

    /// Bytes moved to the temporary file.
    public var spilledBytes: Int { fileSize }

    public func append(_ id: String, to list: Int) { append(id, to: CollectionOfOne(list)) }

    /// Appends one id to several lists (a quotation to every pair and cell it counts in): encoded once,
    /// with one exclusive access to the lists.
    public func append<Targets: Sequence<Int>>(_ id: String, to targets: Targets) {
        var id = id
        id.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 10) { buffer in
                // LEB128 length, then the UTF-8 bytes.
                var n = 0
                var length = bytes.count
                repeat {
                    let low = UInt8(length & 0x7F)
                    length >>= 7
                    buffer[n] = length == 0 ? low : low | 0x80
                    n += 1
                } while length > 0
                for b in bytes {
                    buffer[n] = b
                    n += 1
                }
                let encoded = UnsafeBufferPointer(rebasing: buffer[..<n])
                var added = 0
                lists.withUnsafeMutableBufferPointer { all in
                    for t in targets {
                        all[t].pending.append(contentsOf: encoded)
                        all[t].count += 1
                        added += n
                    }
                }
                buffered += added
            }
        }
        if buffered > memoryBudget { spill() }
    }

    /// The ids of one list as they are now.
    public func ids(of list: Int) -> UnitIDs { UnitIDs(lists: self, list: list, count: lists[list].count) }

    /// Writes every list's buffered ids to the temporary file as one block per list.
    private func spill() {
        guard !spillFailed else { return }
        if file < 0 && !openFile() { spillFailed = true; return }
        for i in lists.indices where !lists[i].pending.isEmpty {
            let length = lists[i].pending.count
            var written = 0
            while written < length {
                let n = lists[i].pending.withUnsafeBytes { pwrite(file, $0.baseAddress! + written, length - written, off_t(fileSize + written)) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { spillFailed = true; return }
                written += n
            }
            lists[i].blocks.append((fileSize, length))
            lists[i].pending = []
            fileSize += length
        }
        buffered = 0
    }

    /// An unlinked file in the temporary folder: nothing is left behind, whatever way the process ends.
    private func openFile() -> Bool {
        var template = Array((NSTemporaryDirectory() + "/werkzaam-ids-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return false }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        file = fd
        return true
    }

    /// Calls `body` with each id of `list`'s first `count` ids, in order, until it returns false.
    func forEach(list: Int, count: Int, _ body: (String) -> Bool) {
        forEachBytes(list: list, count: count) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// The same, with each id's UTF-8 bytes as stored: outputs that list every id copy them without
    /// making a `String` per id (the CSVs and report.json list all of them).
    func forEachBytes(list: Int, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var left = count
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var p = 0
            while p < bytes.count, left > 0 {
                var n = 0, shift = 0
                while true {
                    let b = bytes[p]; p += 1
                    n |= Int(b & 0x7F) << shift
                    if b < 0x80 { break }
                    shift += 7
                }
                let id = UnsafeBufferPointer(rebasing: bytes[p..<(p + n)])
                p += n
                left -= 1
                if !body(id) { return false }
            }
            return left > 0
        }
        var block: [UInt8] = []
        for b in lists[list].blocks {
            block = [UInt8](repeating: 0, count: b.length)
            var read = 0
            while read < b.length {
                let n = block.withUnsafeMutableBytes { pread(file, $0.baseAddress! + read, b.length - read, off_t(b.offset + read)) }
                if n < 0 && errno == EINTR { continue }
                // The file is ours and unlinked; a failed read means the disk failed under us.
                precondition(n > 0, "werkzaam: the temporary file of unit ids could not be read back (errno \(errno))")
                read += n
            }
            guard block.withUnsafeBufferPointer(decode) else { return }
        }
        _ = lists[list].pending.withUnsafeBufferPointer(decode)
    }
}

/// The ids of one pair or cell: a sequence read from `UnitIDLists`, so a report can list them without
/// holding every list in memory at once.
public struct UnitIDs: Sequence, Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private let lists: UnitIDLists
    private let list: Int
    public let count: Int

    init(lists: UnitIDLists, list: Int, count: Int) {
        self.lists = lists
        self.list = list
        self.count = count
    }

    public init(_ ids: [String]) {
        lists = UnitIDLists()
        list = lists.makeList()
        for id in ids { lists.append(id, to: list) }
        count = ids.count
    }

    public init(arrayLiteral ids: String...) { self.init(ids) }

    public var isEmpty: Bool { count == 0 }

    /// The first `n` ids, read without reading the rest.
    public func prefix(_ n: Int) -> [String] {
        var out: [String] = []
        guard n > 0 else { return out }
        lists.forEach(list: list, count: count) { out.append($0); return out.count < n }
        return out
    }

    public func makeIterator() -> IndexingIterator<[String]> { prefix(count).makeIterator() }

    /// Calls `body` with every id's UTF-8 bytes, in order.
    public func forEachBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        lists.forEachBytes(list: list, count: count) { body($0); return true }
    }

    /// Every id's bytes with `separator` between them, appended to `out` (`joined(separator:)` on bytes).
    public func appendJoined(separator: UInt8, to out: inout [UInt8]) {
        var first = true
        forEachBytes { id in
            if !first { out.append(separator) }
            first = false
            out.append(contentsOf: id)
        }
    }

    public static func == (a: UnitIDs, b: UnitIDs) -> Bool { a.count == b.count && Array(a) == Array(b) }
    public static func == (a: UnitIDs, b: [String]) -> Bool { a.count == b.count && Array(a) == b }

    public var description: String { Array(self).description }
}
