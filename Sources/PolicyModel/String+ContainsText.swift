extension String {
    /// Whether `needle` occurs in this text, byte for byte (UTF-8). Foundation's `contains`
    /// goes through `range(of:)`, which compares by canonical equivalence: far more work than
    /// the few plain ASCII words the model looks for need.
    public func containsText(_ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        let h = Array(utf8)
        guard h.count >= n.count else { return false }
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first && h[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}
