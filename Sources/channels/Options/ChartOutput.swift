import Foundation

/// Writes a hand-written SVG chart to a file: as it is for `.svg`, through `rsvg-convert` (librsvg, a real
/// SVG renderer) for `.png` and `.pdf`. Atomic either way.
enum ChartOutput {
    static let formats = ["svg", "png", "pdf"]

    static func write(svg: String, to path: String) throws {
        guard let format = OutputFile.fileExtension(path), formats.contains(format) else {
            throw Failure(ExitStatus.usage, "cannot tell the chart format of '\(path)'; end it in .svg, .png or .pdf")
        }
        guard format != "svg" else {
            try OutputFile.write(Array(svg.utf8), to: path)
            return
        }
        guard let converter = ChildProcess.find("rsvg-convert") else {
            throw Failure(ExitStatus.unavailable, "\(format.uppercased()) charts need rsvg-convert (Debian: apt install librsvg2-bin); .svg needs nothing")
        }
        let result = try ChildProcess.run(converter, arguments: ["--format", format, "--zoom", format == "png" ? "2" : "1"], input: Array(svg.utf8))
        guard result.status == 0, !result.crashed, !result.output.isEmpty else {
            throw Failure(ExitStatus.software, "rsvg-convert could not convert the chart: \(result.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        try OutputFile.write(result.output, to: path)
    }
}
