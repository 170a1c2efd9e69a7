/// Why an input could not be read as a policy. The CLI prints it as `PATH[:LINE[:COL]]: error: MESSAGE`.
public struct ExtractionError: Error, Sendable, Equatable {
    /// The input line the problem is on, when there is one.
    public var line: Int?
    /// The column on that line, when known.
    public var column: Int?
    /// What is wrong, for a person.
    public var message: String

    /// Creates an error.
    public init(line: Int? = nil, column: Int? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
