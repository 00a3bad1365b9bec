/// Where each 20-byte window of a folded text starts, sorted by the window's hash: the pull-quote search
/// looks a sentence up here instead of scanning the whole text once per quotation, which grew with the
/// square of a document's length (a 2 MB document of 8,000 quotations took 11 s).
struct KeyIndex {
    static let width = 20
    private static let base: UInt64 = 0x100_0000_01B3
    /// base^(width - 1), to drop a window's first byte.
    private static let top: UInt64 = (1..<width).reduce(1) { acc, _ in acc &* base }
    private let text: [UInt8]
    /// A window's hash (its upper 32 bits) above its start, so a plain sort of integers orders them by hash and
    /// then by start: 8 bytes a window, not 16 (a tuple), and no comparison closure.
    private var entries: [UInt64] = []

    init(_ text: [UInt8]) {
        self.text = text
        guard text.count >= Self.width else { return }
        entries.reserveCapacity(text.count - Self.width + 1)
        text.withUnsafeBufferPointer { b in
            var h = Self.hash(b, 0)
            entries.append(Self.entry(h, 0))
            for p in 1..<(b.count - Self.width + 1) {  // none when the text is one window long
                h = (h &- UInt64(b[p - 1]) &* Self.top) &* Self.base &+ UInt64(b[p + Self.width - 1])
                entries.append(Self.entry(h, p))
            }
        }
        Self.sortByHash(&entries)
    }

    /// Orders the entries by their upper 32 bits, keeping the order of equal ones: as they are made in the
    /// order of their starts, that is the order of a full sort, in two counting passes of 16 bits instead
    /// of a comparison sort (which was a quarter of a long HTML page's analysis). One buffer besides.
    static func sortByHash(_ entries: inout [UInt64]) {
        var target = [UInt64](repeating: 0, count: entries.count)
        for shift in [UInt64(32), 48] {
            var counts = [Int](repeating: 0, count: 1 << 16 + 1)
            for e in entries { counts[Int((e >> shift) & 0xFFFF) + 1] += 1 }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
            entries.withUnsafeBufferPointer { from in
                target.withUnsafeMutableBufferPointer { to in
                    for e in from {
                        let bucket = Int((e >> shift) & 0xFFFF)
                        to[counts[bucket]] = e
                        counts[bucket] += 1
                    }
                }
            }
            swap(&entries, &target)
        }
    }

    @inline(__always)
    private static func entry(_ hash: UInt64, _ position: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(truncatingIfNeeded: position))
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt64 {
        var h: UInt64 = 0
        for k in start..<(start + width) { h = extend(h, b[k]) }
        return h
    }

    /// A window's hash with one more byte (of `width` in all, from 0).
    @inline(__always)
    static func extend(_ h: UInt64, _ byte: UInt8) -> UInt64 { h &* base &+ UInt64(byte) }

    /// Starts of the windows whose hash is `h` (in its upper 32 bits), ascending, until `body` says stop; the
    /// bytes are not compared (a caller that reads the text otherwise compares them itself).
    func forEachWindow(hashed h: UInt64, _ body: (Int) -> Bool) {
        let first = Self.entry(h, 0), upper = h >> 32
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid] < first { low = mid + 1 } else { high = mid }
        }
        var k = low
        while k < entries.count, entries[k] >> 32 == upper {
            if !body(Int(UInt32(truncatingIfNeeded: entries[k]))) { return }
            k += 1
        }
    }

    /// Every start of `needle` (at least `width` bytes) in the text, ascending.
    func occurrences(of needle: [UInt8]) -> [Int] {
        guard needle.count >= Self.width, !entries.isEmpty else { return [] }
        let h = needle.withUnsafeBufferPointer { Self.hash($0, 0) }
        var found: [Int] = []
        text.withUnsafeBufferPointer { t in
            needle.withUnsafeBufferPointer { n in
                forEachWindow(hashed: h) { p in
                    if p + n.count <= t.count, memcmp(t.baseAddress! + p, n.baseAddress!, n.count) == 0 { found.append(p) }
                    return true
                }
            }
        }
        return found
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
