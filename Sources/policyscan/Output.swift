import Foundation

/// Where command output goes: standard output, or a file written atomically with `--output`.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            do {
                try data(text).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw InputProblem(path: path, message: "cannot write the output file: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(data(text))
        }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(data(message + "\n"))
    }

    /// The UTF-8 bytes of `text`, copied from its own storage. (`Data(text.utf8)` goes through a
    /// generic initializer that asks the runtime, once per process, whether a UTF-8 view is
    /// contiguous bytes: a search of every conformance record in the binary.)
    private static func data(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { buffer in buffer.baseAddress.map { Data(bytes: $0, count: buffer.count) } ?? Data() }
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func useColor(noColorFlag: Bool, toFile: Bool) -> Bool {
        if noColorFlag || toFile { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
