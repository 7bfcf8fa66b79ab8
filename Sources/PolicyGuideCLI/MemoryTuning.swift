/// glibc allocator settings for a build of a large library.
enum MemoryTuning {
    /// Blocks of 1 MB and more come straight from the system and go straight back when freed.
    ///
    /// glibc raises its threshold for that after the first large block is freed (up to
    /// 32 MB), so the tens-of-MB pages and caches a 10,000-policy build makes last were carved
    /// from the heap, which does not shrink: each left its size behind in the resident memory,
    /// and the build's peak was the sum of them. A fixed threshold stops that adjustment.
    static func largeBlocksFromTheSystem() {
        _ = setAllocatorOption(mmapThresholdOption, 1 << 20)
    }

    /// `M_MMAP_THRESHOLD` in glibc's malloc.h.
    private static let mmapThresholdOption: Int32 = -3
}

/// glibc's `mallopt`. Its header, malloc.h, is not in Swift's Glibc module, so the symbol is
/// bound by name; it has had this signature since glibc 2.0.
@_silgen_name("mallopt")
private func setAllocatorOption(_ option: Int32, _ value: Int32) -> Int32
