import ArgumentParser

public struct PolicyGuideCommand: ParsableCommand {
    public init() {}
}
