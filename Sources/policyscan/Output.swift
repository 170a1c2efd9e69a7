import Foundation

/// Where command output goes: standard output, or a file written atomically with `--output`.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw InputProblem(path: path, message: "cannot write the output file: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func useColor(noColorFlag: Bool, toFile: Bool) -> Bool {
        if noColorFlag || toFile { return false }
        if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1
    }
}
