import Foundation

/// Pages gathered from concurrent jobs.
final class PageCollector: @unchecked Sendable {
    private(set) var pages: [Page] = []
    private let lock = NSLock()

    func add(_ page: Page) {
        lock.lock(); pages.append(page); lock.unlock()
    }
}
