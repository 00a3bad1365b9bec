/// The keys a pull quote may repeat, for a long document: joined and indexed once. A quotation marked a
/// repeat is cut out by unlinking its key, and the few 20-byte windows that then run across the cut are
/// indexed apart. Joining and indexing again after each marked quotation grew with the square of the
/// document: a 1 MB article made of repeated text took 25 s, 4 MB 400 s.
///
/// It answers exactly what `Repeats.Pool` answers for the same keys and the same quotations taken out
/// (a test compares the two on random keys): positions are those of the keys joined once, and the keys
/// still in it keep their order, so the first occurrence is the first by position.
struct LivePool: RepeatPool {
    private static let width = KeyIndex.width
    private let text: [UInt8]
    /// Each key's start and end (after its space) in `text`, and its quotation.
    private let starts: [Int]
    private let ends: [Int]
    private let quotes: [Int]
    private var segmentOf: [Int: Int] = [:]
    /// The neighbouring keys still in the pool (`-1` and `starts.count` at the ends).
    private var next: [Int]
    private var previous: [Int]
    private var live: [Bool]
    private let index: KeyIndex
    /// Windows that run across a cut, by hash, and the hash of each such window's start.
    private var crossing: [UInt64: [Int]] = [:]
    private var crossingHash: [Int: UInt64] = [:]

    init(_ all: [[UInt8]], including: (Int) -> Bool) {
        var text: [UInt8] = []
        var starts: [Int] = [], ends: [Int] = [], quotes: [Int] = []
        for (i, k) in all.enumerated() where including(i) {
            segmentOf[i] = starts.count
            starts.append(text.count)
            text += k
            text.append(0x20)
            ends.append(text.count)
            quotes.append(i)
        }
        self.text = text
        self.starts = starts
        self.ends = ends
        self.quotes = quotes
        next = Array(1..<(starts.count + 1))
        previous = Array(-1..<(starts.count - 1))
        live = Array(repeating: true, count: starts.count)
        index = KeyIndex(text)
    }

    /// Cuts quotation `q`'s key out; the last `width - 1` bytes before the cut get windows across it.
    mutating func remove(_ q: Int) {
        guard let s = segmentOf[q], live[s] else { return }
        // Only a key's last bytes can start a window across a cut (the others' windows lie inside the key).
        for p in max(starts[s], ends[s] - Self.width)..<ends[s] { setCrossing(p, nil) }
        live[s] = false
        let (a, b) = (previous[s], next[s])
        if a >= 0 { next[a] = b }
        if b < starts.count { previous[b] = a }
        var t = a, p = a >= 0 ? ends[a] : 0, n = 0
        while t >= 0, n < Self.width - 1 {
            if p == starts[t] {
                t = previous[t]
                if t >= 0 { p = ends[t] }
                continue
            }
            p -= 1
            n += 1
            setCrossing(p, windowHash(p, t))
        }
    }

    func owner(of needle: [UInt8], without q: Int) -> Int? {
        let gap = segmentOf[q]!
        guard needle.count >= Self.width else { return slowOwner(of: needle, without: gap) }
        let h = needle.withUnsafeBufferPointer { KeyIndex.hash($0, 0) }
        var best: Int?
        index.forEachWindow(hashed: h) { p in
            if matches(needle, at: p, without: gap) { best = p; return false }
            return true
        }
        for p in crossing[h] ?? [] where best == nil || p < best! {
            if matches(needle, at: p, without: gap) { best = p }
        }
        if let p = acrossGap(needle, gap), best == nil || p < best! { best = p }
        return best.map { quotes[segment(at: $0)] }
    }

    /// The key holding byte `p`.
    private func segment(at p: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= p { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The key after `s` in the pool, passing over `gap`.
    @inline(__always)
    private func after(_ s: Int, without gap: Int) -> Int {
        let t = next[s]
        return t == gap ? next[t] : t
    }

    /// Whether the pool without `gap`'s key reads `needle` from byte `p`.
    private func matches(_ needle: [UInt8], at p: Int, without gap: Int) -> Bool {
        var s = segment(at: p)
        guard live[s], s != gap else { return false }
        return text.withUnsafeBufferPointer { t in
            needle.withUnsafeBufferPointer { n in
                var (position, k) = (p, 0)
                while true {
                    let take = min(ends[s] - position, n.count - k)
                    if memcmp(t.baseAddress! + position, n.baseAddress! + k, take) != 0 { return false }
                    k += take
                    if k == n.count { return true }
                    s = after(s, without: gap)
                    if s >= starts.count { return false }
                    position = starts[s]
                }
            }
        }
    }

    /// The first occurrence that runs across the place of `gap`'s key: the bytes on either side, joined.
    private func acrossGap(_ needle: [UInt8], _ gap: Int) -> Int? {
        var left: [Int] = []  // positions, read backwards
        var t = previous[gap]
        var p = t >= 0 ? ends[t] : 0
        while t >= 0, left.count < needle.count - 1 {
            if p == starts[t] {
                t = previous[t]
                if t >= 0 { p = ends[t] }
                continue
            }
            p -= 1
            left.append(p)
        }
        left.reverse()
        var window = left.map { text[$0] }
        t = next[gap]
        var taken = 0
        while t < starts.count, taken < needle.count - 1 {
            let take = min(ends[t] - starts[t], needle.count - 1 - taken)
            window += text[starts[t]..<(starts[t] + take)]
            taken += take
            t = next[t]
        }
        var from = 0
        while let w = Repeats.find(needle, in: window, from: from), w < left.count {
            if w + needle.count > left.count { return left[w] }
            from = w + 1
        }
        return nil
    }

    /// The hash of the `width` pool bytes from `p` (in key `s`), or nil near the end.
    private func windowHash(_ p: Int, _ s: Int) -> UInt64? {
        var (h, s, p) = (UInt64(0), s, p)
        for _ in 0..<Self.width {
            if p == ends[s] {
                s = next[s]
                if s >= starts.count { return nil }
                p = starts[s]
            }
            h = KeyIndex.extend(h, text[p])
            p += 1
        }
        return h
    }

    private mutating func setCrossing(_ p: Int, _ hash: UInt64?) {
        if let old = crossingHash.removeValue(forKey: p) {
            crossing[old]!.removeAll { $0 == p }
            if crossing[old]!.isEmpty { crossing[old] = nil }
        }
        guard let hash else { return }
        crossingHash[p] = hash
        crossing[hash, default: []].append(p)
    }

    /// Needles shorter than a window (not asked for by `Repeats`): every byte of the pool is a start.
    private func slowOwner(of needle: [UInt8], without gap: Int) -> Int? {
        guard !needle.isEmpty else { return nil }
        var s = live.firstIndex(of: true) ?? starts.count
        if s == gap { s = next[s] }
        while s < starts.count {
            for p in starts[s]..<ends[s] where matches(needle, at: p, without: gap) { return quotes[s] }
            s = after(s, without: gap)
        }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
