import Synchronization

/// The readings of timescale cells already read in this run. Policies word many stages alike
/// ("5 working days"), and reading is a pure function of the wording, so each distinct wording
/// is read once; loaders on several threads share it.
final class TimescaleMemo: Sendable {
    /// Shared by every `Timescale(wording:)` in the process.
    static let shared = TimescaleMemo()

    /// Distinct wordings kept at most, so a corpus of unusual cells cannot grow it without end.
    static let capacity = 4096

    private let read = Mutex<[String: (readings: [TimescaleReading], unread: [String])]>([:])

    /// `TimescaleReader.read(wording)`, from the memo when this wording was read before.
    func readings(of wording: String) -> (readings: [TimescaleReading], unread: [String]) {
        if let known = read.withLock({ $0[wording] }) { return known }
        let result = TimescaleReader.read(wording)
        read.withLock {
            if $0.count < Self.capacity { $0[wording] = result }
        }
        return result
    }
}
