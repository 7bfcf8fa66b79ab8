import Synchronization

/// Pages gathered from concurrent jobs.
final class PageCollector: Sendable {
    private let collected = Mutex<[Page]>([])

    var pages: [Page] { collected.withLock { $0 } }

    func add(_ page: Page) {
        collected.withLock { $0.append(page) }
    }
}
