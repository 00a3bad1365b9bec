import Foundation

/// Scores predicted quotations against gold annotations: quote precision/recall/F1, speaker accuracy,
/// end-to-end attribution F1 (found and speaker right), turn attribution, role and organisation accuracy.
///
/// A prediction matches a gold item in the same document when their word sets overlap with a Jaccard
/// index of at least 0.5 (one-to-one, best pairs first), so boundaries may differ a little.
public struct Scorer {
    public struct Item: Sendable, Equatable {
        public var document: String
        public var kind: String
        public var text: String
        public var speaker: String?
        public var roleCategory: String?
        public var organisationType: String?
    }

    public struct Scores: Sendable, Equatable {
        public var gold = 0, predicted = 0, matched = 0
        public var speakerRight = 0, speakerJudged = 0
        public var goldTurns = 0, turnsRight = 0
        /// Matched items where one side names the speaker after a role label and the other leaves them unnamed
        /// (`labelAgainstUnnamed`): a difference of convention, not a wrong person. Counted wrong above;
        /// reported beside it.
        public var labelForUnnamed = 0, labelForUnnamedTurns = 0
        public var roleJudged = 0, roleRight = 0, orgJudged = 0, orgRight = 0
        public var perKind: [String: (gold: Int, predicted: Int, matched: Int)] = [:]
        public var errors: [String] = []

        public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public var speakerAccuracy: Double { speakerJudged == 0 ? 0 : Double(speakerRight) / Double(speakerJudged) }
        public var attributionPrecision: Double { predicted == 0 ? 0 : Double(speakerRight) / Double(predicted) }
        public var attributionRecall: Double { gold == 0 ? 0 : Double(speakerRight) / Double(gold) }
        public var attributionF1: Double {
            let p = attributionPrecision, r = attributionRecall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        public var turnAccuracy: Double { goldTurns == 0 ? 1 : Double(turnsRight) / Double(goldTurns) }
        /// Turn attribution with a role label for an unnamed gold speaker counted as agreement.
        public var turnAccuracyLabelsAsUnnamed: Double {
            goldTurns == 0 ? 1 : Double(turnsRight + labelForUnnamedTurns) / Double(goldTurns)
        }
        public var roleAccuracy: Double { roleJudged == 0 ? 0 : Double(roleRight) / Double(roleJudged) }
        public var organisationAccuracy: Double { orgJudged == 0 ? 0 : Double(orgRight) / Double(orgJudged) }

        public static func == (a: Scores, b: Scores) -> Bool {
            a.gold == b.gold && a.predicted == b.predicted && a.matched == b.matched && a.speakerRight == b.speakerRight
        }
    }

    public static func load(jsonl path: String, gold: Bool) throws -> [Item] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.fileReadCorruptFile)
            }
            let speaker = gold ? o["speaker"] as? String : (o["speaker"] as? [String: Any])?["name"] as? String
            let roleCategory = gold ? o["role_category"] as? String : (o["speaker"] as? [String: Any])?["role_category"] as? String
            let orgType = gold ? o["organisation_type"] as? String : (o["speaker"] as? [String: Any])?["organisation_type"] as? String
            return Item(document: o["document"] as? String ?? "", kind: o["kind"] as? String ?? "quote",
                        text: o["text"] as? String ?? "", speaker: speaker, roleCategory: roleCategory, organisationType: orgType)
        }
    }

    public static func score(gold: [Item], predicted: [Item]) -> Scores {
        var s = Scores()
        s.gold = gold.count
        s.predicted = predicted.count
        s.goldTurns = gold.filter { $0.kind == "turn" }.count
        for g in gold { s.perKind[g.kind, default: (0, 0, 0)].gold += 1 }
        for p in predicted { s.perKind[p.kind, default: (0, 0, 0)].predicted += 1 }
        var matchedPredicted = Set<Int>()
        var matchedGold = Set<Int>()
        for document in Set(gold.map(\.document)).union(predicted.map(\.document)).sorted() {
            let gs = gold.indices.filter { gold[$0].document == document }
            let ps = predicted.indices.filter { predicted[$0].document == document }
            var pairs: [(Double, Int, Int)] = []
            for g in gs {
                let gw = words(gold[g].text)
                for p in ps {
                    let j = jaccard(gw, words(predicted[p].text))
                    if j >= 0.5 { pairs.append((j, g, p)) }
                }
            }
            for (_, g, p) in pairs.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) })
            where !matchedGold.contains(g) && !matchedPredicted.contains(p) {
                matchedGold.insert(g)
                matchedPredicted.insert(p)
                s.matched += 1
                s.perKind[gold[g].kind, default: (0, 0, 0)].matched += 1
                let right = sameSpeaker(gold[g].speaker, predicted[p].speaker)
                s.speakerJudged += 1
                if !right, Self.labelAgainstUnnamed(gold[g], predicted[p]) {
                    s.labelForUnnamed += 1
                    if gold[g].kind == "turn" { s.labelForUnnamedTurns += 1 }
                }
                if right { s.speakerRight += 1 } else {
                    s.errors.append("speaker  \(document): gold \(gold[g].speaker ?? "–"), got \(predicted[p].speaker ?? "–"): \(gold[g].text.prefix(60))")
                }
                if gold[g].kind == "turn", right { s.turnsRight += 1 }
                // Also for an unnamed speaker: a described respondent (`(huisarts, gemeente C)`) has a role.
                if let rc = gold[g].roleCategory, right {
                    s.roleJudged += 1
                    if rc == predicted[p].roleCategory { s.roleRight += 1 } else {
                        s.errors.append("role     \(document): \(gold[g].speaker ?? "–"): gold \(rc), got \(predicted[p].roleCategory ?? "–")")
                    }
                }
                if let ot = gold[g].organisationType, right {
                    s.orgJudged += 1
                    if ot == predicted[p].organisationType { s.orgRight += 1 } else {
                        s.errors.append("org      \(document): \(gold[g].speaker ?? "–"): gold \(ot), got \(predicted[p].organisationType ?? "–")")
                    }
                }
            }
        }
        for g in gold.indices where !matchedGold.contains(g) {
            s.errors.append("missed   \(gold[g].document): [\(gold[g].kind)] \(gold[g].text.prefix(70))")
        }
        for p in predicted.indices where !matchedPredicted.contains(p) {
            s.errors.append("extra    \(predicted[p].document): [\(predicted[p].kind)] \(predicted[p].text.prefix(70))")
        }
        return s
    }

    /// A role label on one side and an unnamed speaker on the other: the gold leaves unnamed what Werkzaam
    /// names after its label (`Antwoord`, `R1`), or the gold names after its label (`Vraag`, `Presentator`,
    /// `P1`) someone Werkzaam describes without a name (an interviewer, `P1 (vrouw, 45, mantelzorger)`): the
    /// golds were written in different sessions, before and after the convention settled.
    static func labelAgainstUnnamed(_ gold: Item, _ found: Item) -> Bool {
        if gold.speaker == nil, let name = found.speaker { return TurnLabels.isAnonymousKey(Fold.key(name)) }
        if found.speaker == nil, found.roleCategory != nil, let name = gold.speaker {
            let key = Fold.key(name)
            return TurnLabels.isAnonymousKey(key) || TurnLabels.interviewerLabels.contains(key)
        }
        return false
    }

    /// Same person: equal names, or one name's words all in the other's and sharing the surname.
    static func sameSpeaker(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let x = Fold.key(a), y = Fold.key(b)
        if x == y { return true }
        let xs = Set(x.split(separator: " ")), ys = Set(y.split(separator: " "))
        guard let lastX = x.split(separator: " ").last, let lastY = y.split(separator: " ").last, lastX == lastY else { return false }
        return xs.isSubset(of: ys) || ys.isSubset(of: xs)
    }

    static func words(_ text: String) -> Set<String> {
        Set(Repeats.key(text).split(separator: " ").map(String.init))
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    public static func report(_ s: Scores, title: String) -> String {
        func pct(_ v: Double) -> String { String(format: "%.3f", v) }
        var out = "\(title)\n"
        out += "  quotations  P \(pct(s.precision))  R \(pct(s.recall))  F1 \(pct(s.f1))   (gold \(s.gold), found \(s.predicted), matched \(s.matched))\n"
        for (kind, c) in s.perKind.sorted(by: { $0.key < $1.key }) {
            out += "    \(kind.padding(toLength: 9, withPad: " ", startingAt: 0)) gold \(c.gold)  found \(c.predicted)  matched \(c.matched)\n"
        }
        out += "  speaker accuracy (matched)      \(pct(s.speakerAccuracy))  (\(s.speakerRight)/\(s.speakerJudged))\n"
        if s.labelForUnnamed > 0 {
            out += "    of the misses, \(s.labelForUnnamed) are a role label on one side (`Vraag`, `R1`) and an unnamed speaker on the other\n"
        }
        out += "  attribution end to end  P \(pct(s.attributionPrecision))  R \(pct(s.attributionRecall))  F1 \(pct(s.attributionF1))\n"
        out += "  turn attribution                \(pct(s.turnAccuracy))  (\(s.turnsRight)/\(s.goldTurns))\n"
        if s.labelForUnnamedTurns > 0 {
            out += "    counting those labels as unnamed \(pct(s.turnAccuracyLabelsAsUnnamed))  (\(s.turnsRight + s.labelForUnnamedTurns)/\(s.goldTurns))\n"
        }
        out += "  role category (speaker right)   \(pct(s.roleAccuracy))  (\(s.roleRight)/\(s.roleJudged))\n"
        out += "  organisation type               \(pct(s.organisationAccuracy))  (\(s.orgRight)/\(s.orgJudged))\n"
        return out
    }
}
