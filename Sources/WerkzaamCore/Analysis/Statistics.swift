import Foundation

/// Association measures for a 2×2 table of units: how often two things (two themes, a role and a theme)
/// occur together against how often they would by chance (DESIGN §6).
public struct Association: Sendable, Equatable {
    /// Units with both, with only the first, with only the second, with neither.
    public var both: Int
    public var first: Int
    public var second: Int
    public var units: Int

    public init(both: Int, first: Int, second: Int, units: Int) {
        self.both = both
        self.first = first
        self.second = second
        self.units = units
    }

    /// n12 / (n1 + n2 − n12)
    public var jaccard: Double {
        let union = first + second - both
        return union == 0 ? 0 : Double(both) / Double(union)
    }

    /// n12 · N / (n1 · n2): how many times more often together than by chance.
    public var lift: Double {
        first == 0 || second == 0 ? 0 : Double(both) * Double(units) / (Double(first) * Double(second))
    }

    /// Normalised pointwise mutual information, from −1 (never together) through 0 (independent) to 1.
    public var npmi: Double {
        guard both > 0, units > 0 else { return -1 }
        let p12 = Double(both) / Double(units)
        if p12 >= 1 { return 1 }
        return log(lift) / -log(p12)
    }

    /// The four cells: a = both, b = first only, c = second only, d = neither.
    public var cells: (a: Double, b: Double, c: Double, d: Double) {
        let a = Double(both), b = Double(first - both), c = Double(second - both)
        return (a, b, c, Double(units) - a - b - c)
    }

    /// The count of `both` expected by chance.
    public var expected: Double { units == 0 ? 0 : Double(first) * Double(second) / Double(units) }

    /// Log-likelihood G², signed: positive when together more often than expected, negative when less.
    public var g2: Double {
        let (a, b, c, d) = cells
        let n = Double(units)
        guard n > 0 else { return 0 }
        let r1 = a + b, r2 = c + d, c1 = a + c, c2 = b + d
        func term(_ o: Double, _ e: Double) -> Double { o > 0 && e > 0 ? o * log(o / e) : 0 }
        let g = 2 * (term(a, r1 * c1 / n) + term(b, r1 * c2 / n) + term(c, r2 * c1 / n) + term(d, r2 * c2 / n))
        return Double(both) >= expected ? g : -g
    }

    /// p-value of |G²| under χ² with one degree of freedom.
    public var p: Double { erfc(sqrt(abs(g2) / 2)) }

    /// Dutch warnings for staff: too few units to mean anything, or one side far more frequent.
    public var warnings: [String] {
        var out: [String] = []
        let (a, b, c, d) = cells
        let n = Double(units)
        let smallest = n == 0 ? 0 : [(a + b) * (a + c), (a + b) * (b + d), (c + d) * (a + c), (c + d) * (b + d)].map { $0 / n }.min()!
        if both < 5 || smallest < 5 { out.append("kleine aantallen") }
        let lo = min(first, second), hi = max(first, second)
        if lo > 0, hi > 5 * lo { out.append("scheve verdeling (>5×)") }
        return out
    }
}
