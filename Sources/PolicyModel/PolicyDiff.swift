/// How one category's state changed between two versions of a policy, in report order.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Became collected or conflicting.
    case newlyCollected = "newly-collected"
    /// A denial disappeared (not collected -> silent, or conflicting -> collected).
    case denialWithdrawn = "denial-withdrawn"
    /// Became denied (-> not collected, or collected -> conflicting).
    case newlyDenied = "newly-denied"
    /// Collected before, not mentioned now.
    case noLongerMentioned = "no-longer-mentioned"
    /// Same state, different evidence wording.
    case reworded

    /// The kind of the transition `before` -> `after` (equal states are `reworded`).
    public static func of(before: CategoryState, after: CategoryState) -> ChangeKind {
        let collectsBefore = before == .collected || before == .conflicting
        if before == after { return .reworded }
        if after == .collected && before == .conflicting { return .denialWithdrawn }
        if after == .conflicting && before == .collected { return .newlyDenied }
        if (after == .collected || after == .conflicting) && !collectsBefore { return .newlyCollected }
        if after == .notCollected { return .newlyDenied }
        if before == .notCollected { return .denialWithdrawn }
        return .noLongerMentioned
    }

    /// Report order: newly collected first, rewording last.
    public var order: Int { ChangeKind.allCases.firstIndex(of: self)! }
}

/// One category whose state (or, with `--verbose`, wording) changed.
public struct CategoryChange: Sendable, Hashable {
    /// The category id.
    public var category: String
    /// The state in the old version.
    public var before: CategoryState
    /// The state in the new version.
    public var after: CategoryState
    /// What kind of change it is.
    public var kind: ChangeKind
    /// The evidence sentences of the old version.
    public var beforeEvidence: [Evidence]
    /// The evidence sentences of the new version.
    public var afterEvidence: [Evidence]

    /// Creates a change.
    public init(category: String, before: CategoryState, after: CategoryState, beforeEvidence: [Evidence], afterEvidence: [Evidence]) {
        self.category = category
        self.before = before
        self.after = after
        self.kind = ChangeKind.of(before: before, after: after)
        self.beforeEvidence = beforeEvidence
        self.afterEvidence = afterEvidence
    }
}

/// A word of a section diff.
public struct WordEdit: Sendable, Hashable {
    /// Kept, removed from the old version, or added in the new one.
    public enum Operation: String, Sendable, Hashable { case same, removed, added }
    /// What happened to the words.
    public var operation: Operation
    /// The words, space-separated (for kept words, as the new version writes them).
    public var text: String
    /// For kept words: as the old version writes them (case and punctuation may differ).
    public var oldText: String?

    /// Creates an edit.
    public init(operation: Operation, text: String, oldText: String? = nil) {
        self.operation = operation
        self.text = text
        self.oldText = oldText
    }
}

/// A section added, removed or reworded between two versions.
public struct SectionChange: Sendable, Hashable {
    /// What happened to the section.
    public enum Change: String, Sendable, Hashable { case added, removed, modified }
    /// What happened.
    public var change: Change
    /// The heading path (of the new version, or the old one for a removed section).
    public var heading: [String]
    /// The old heading path when the section was renamed.
    public var oldHeading: [String]?
    /// The old text (nil when added).
    public var before: String?
    /// The new text (nil when removed).
    public var after: String?
    /// For modified sections: the word-level diff.
    public var words: [WordEdit]

    /// Creates a section change.
    public init(change: Change, heading: [String], oldHeading: [String]? = nil, before: String?, after: String?, words: [WordEdit] = []) {
        self.change = change
        self.heading = heading
        self.oldHeading = oldHeading
        self.before = before
        self.after = after
        self.words = words
    }
}

/// What changed between two versions of a policy.
public struct PolicyDiff: Sendable, Hashable {
    /// The old version.
    public var old: PolicyResult
    /// The new version.
    public var new: PolicyResult
    /// Category changes in report order (state changes; rewordings only when asked for).
    public var changes: [CategoryChange]
    /// Section changes in the new version's order, removed sections where they stood.
    public var sections: [SectionChange]

    /// Creates a diff.
    public init(old: PolicyResult, new: PolicyResult, changes: [CategoryChange], sections: [SectionChange]) {
        self.old = old
        self.new = new
        self.changes = changes
        self.sections = sections
    }
}
