import Foundation
import PolicyExtraction
import PolicyModel

/// Paths and helpers shared by the tests.
enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    static func read(_ text: String, path: String = "policy.html") throws -> Document {
        try DocumentReader.read(Array(text.utf8), path: path)
    }

    /// A Markdown policy around `body`: a title, then the body, then a paragraph long enough for
    /// the page to count as a policy.
    static func markdown(_ body: String) throws -> Document {
        try read(
            "# Privacy Policy\n\n\(body)\n\nThis filler paragraph gives the page enough words to count as a policy for the reader.\n",
            path: "policy.md")
    }

    static func html(_ body: String) -> String {
        "<!DOCTYPE html><html><head><title>T</title></head><body><main><h1>Privacy Policy</h1>\(body)"
            + "<p>This filler paragraph gives the page enough words to count as a policy for the reader.</p></main></body></html>"
    }

    /// The built binary, for tests of exit codes and output (built by `swift build` before `swift test`).
    static var binary: URL {
        for configuration in ["debug", "release"] {
            let url = packageRoot.appendingPathComponent(".build/\(configuration)/policyscan")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return packageRoot.appendingPathComponent(".build/debug/policyscan")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
