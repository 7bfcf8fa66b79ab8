import Dispatch

/// Numbers and times the build's steps, reporting each as it ends: `[i/n] step: what it
/// did (ms)`. Only the step lines carry a time, so the times of one build add up to the time
/// spent in its steps.
struct BuildProgress {
    /// Receives each line.
    let report: (String) -> Void
    /// How many steps this build has.
    var total: Int
    private var done = 0

    init(total: Int, report: @escaping (String) -> Void) {
        self.total = total
        self.report = report
    }

    /// Runs the step called `name`; `body` returns its result and what to say about it.
    /// Nothing is reported for a step that throws.
    mutating func step<T>(_ name: String, _ body: () throws -> (T, String)) rethrows -> T {
        let start = DispatchTime.now()
        let (result, summary) = try body()
        finished(name, summary, since: start)
        return result
    }

    /// Reports the step called `name`, begun at `start`, as done.
    mutating func finished(_ name: String, _ summary: String, since start: DispatchTime) {
        done += 1
        let ms = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        report("[\(done)/\(total)] \(name): \(summary) (\(ms) ms)")
    }
}
