/// A hash table keyed by byte strings (folded words), with FNV-1a hashing and open addressing:
/// no `String` per lookup and no SipHash, which dominated matching time.
struct WordTable<Value> {
    private var arena: [UInt8] = []
    private var keys: [(offset: Int32, length: Int32, hash: UInt64)] = []
    private(set) var values: [Value] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1024)

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return nil }
            let entry = keys[Int(index)]
            if entry.hash == hash, Int(entry.length) == key.count,
               arena.withUnsafeBufferPointer({ a in memcmp(a.baseAddress! + Int(entry.offset), key.baseAddress!, key.count) == 0 }) {
                return Int(index)
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ value: Value) -> Int {
        if (keys.count + 1) * 2 > slots.count { grow() }
        let index = keys.count
        keys.append((Int32(arena.count), Int32(key.count), hash))
        arena.append(contentsOf: key)
        values.append(value)
        place(index, hash)
        return index
    }

    private mutating func place(_ index: Int, _ hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (i, k) in keys.enumerated() { place(i, k.hash) }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
