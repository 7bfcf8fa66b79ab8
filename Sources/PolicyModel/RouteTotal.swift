/// What a route's stage timescales add up to, unit by unit. Times in different units are
/// never added together ("1 day + 5 working days" is not "6 days"), and a stage whose time
/// cannot be counted (agreed, in words, two readings, only on a condition) is listed, not
/// guessed. Built from each stage's readings on the route.
public struct RouteTotal: Sendable, Equatable {
    /// A stage whose time was counted, with the term counted.
    public struct Counted: Sendable, Equatable {
        /// The stage's name.
        public var stage: String
        /// The term counted (a number in one unit).
        public var term: TimescaleTerm
    }

    /// A stage left out of the total, and why, in words for the reader.
    public struct Left: Sendable, Equatable {
        /// The stage's name.
        public var stage: String
        /// Why it is not counted ("agreed", "two readings", "not stated").
        public var why: String
    }

    /// Counted stages, in order.
    public var counted: [Counted]
    /// Stages not counted, in order.
    public var left: [Left]

    /// The total of a route's stages.
    public init(_ route: Route) {
        counted = []
        left = []
        for stage in route.stages {
            // The total is of the formal process: an informal stage before it, or an action the
            // raiser may take, is not one of its levels.
            if stage.kind == .informal || stage.kind == .action {
                left.append(Left(stage: stage.name, why: stage.kind.displayName)); continue
            }
            guard let t = stage.timescale else { left.append(Left(stage: stage.name, why: "no timescale stated")); continue }
            let readings = t.readings(for: route.raisedBy)
            let plain = readings.filter { $0.condition == nil && $0.term.amount != nil }
            let parts = Set(plain.map(\.part))
            if plain.count == 1 {
                counted.append(Counted(stage: stage.name, term: plain[0].term))
            } else if parts.count == 1 {
                left.append(Left(stage: stage.name, why: "two readings, “\(plain.map(\.words).joined(separator: "” and “"))”"))
            } else if plain.count > 1 {
                left.append(Left(stage: stage.name, why: "several times, “\(plain.map(\.words).joined(separator: "” and “"))”"))
            } else if let r = readings.first {
                left.append(Left(stage: stage.name, why: r.term.amount != nil ? "only on a condition" : r.term.name))
            } else {
                left.append(Left(stage: stage.name, why: "not read as a time"))
            }
        }
    }

    /// Totals per unit ("working days", "days", "hours"), in order of first appearance, with the
    /// numbers added.
    public var perUnit: [(unit: String, numbers: [Int], total: Int)] {
        var out: [(unit: String, numbers: [Int], total: Int)] = []
        for c in counted {
            guard let unit = c.term.unitName, let n = c.term.amount?.count else { continue }
            if let i = out.firstIndex(where: { $0.unit == unit }) {
                out[i].numbers.append(n); out[i].total += n
            } else {
                out.append((unit, [n], n))
            }
        }
        return out
    }

    /// "1 month", "5 working days": a total with its unit, singular for one.
    public static func phrase(_ total: Int, _ unit: String) -> String {
        "\(total) \(total == 1 && unit.hasSuffix("s") ? String(unit.dropLast()) : unit)"
    }

    /// Whether the counted stages state more than one unit, so no single total exists.
    public var isMixed: Bool { perUnit.count > 1 }

    /// The total in one unit, when every counted stage states that unit.
    public var single: (unit: String, numbers: [Int], total: Int)? {
        let p = perUnit
        return p.count == 1 ? p[0] : nil
    }

    /// "5 + 5 + 5 + 8 = 23 days (the policy does not say working days)"; for mixed units, each
    /// unit's own total and that they cannot be added. Nil when no stage states a number.
    public var sentence: String? {
        let p = perUnit
        guard !p.isEmpty else { return nil }
        var s: String
        if p.count == 1 {
            let u = p[0]
            let sum = u.numbers.count > 1 ? u.numbers.map(String.init).joined(separator: " + ") + " = " : ""
            s = "Stage timescales that state a number add up to \(sum)\(Self.phrase(u.total, u.unit))"
            if u.unit == "days" { s += " (the policy does not say working days)" }
            s += "."
        } else {
            s = "Stage timescales are in different units and cannot be added together: "
                + p.map { Self.phrase($0.total, $0.unit) }.joined(separator: "; ") + "."
        }
        if !left.isEmpty {
            s += " Not counted: " + left.map { "\($0.stage) (\($0.why))" }.joined(separator: ", ") + "."
        }
        return s
    }
}
