import XCTest
@testable import Publishing
@testable import Rebuild

/// Output records are grouped by the policy folder a page lies in, and every page can be
/// found again by its whole path: a rebuild keeps a policy's pages by its group, and deletes
/// pages by whole path.
final class OutputRecordsTests: XCTestCase {
    func testAPageBelongsToThePolicyFolderItLiesIn() {
        XCTAssertEqual(OutputRecords.split("policies/bexley/cp/advocacy-not-offered.html").group, "bexley")
        XCTAssertEqual(OutputRecords.split("policies/bexley/cp/advocacy-not-offered.html").inner, "cp/advocacy-not-offered.html")
        XCTAssertEqual(OutputRecords.split("policies/bexley/index.html").inner, "index.html")
        // Outside any policy folder: the site's own pages, by whole path.
        for path in ["index.html", "a-z/index.html", "policies/index.html", "policies//x.html", "policiesx/y/z.html"] {
            XCTAssertEqual(OutputRecords.split(path).group, OutputRecords.siteGroup, path)
            XCTAssertEqual(OutputRecords.split(path).inner, path, path)
        }
    }

    func testEveryPathIsFoundAgainByItsWholePath() {
        let paths = ["index.html", "policies/index.html", "policies/bexley/index.html", "policies/bexley/lac/x.html",
                     "policies/northamptonshire/iro-and-cp-chair/index.html", "checklists/all.html"]
        var records = OutputRecords()
        for (i, path) in paths.enumerated() { records[path: path] = OutputRecord(hash: UInt64(i), stamp: .none) }
        XCTAssertEqual(records.count, paths.count)
        XCTAssertEqual(records.groups.keys.sorted(), ["", "bexley", "northamptonshire"])
        for (i, path) in paths.enumerated() {
            XCTAssertEqual(records[path: path]?.hash, UInt64(i), path)
            let (group, inner) = OutputRecords.split(path)
            XCTAssertEqual(OutputRecords.path(inner, in: group), path)
        }
        XCTAssertNil(records[path: "policies/bexley/other.html"])
    }
}
