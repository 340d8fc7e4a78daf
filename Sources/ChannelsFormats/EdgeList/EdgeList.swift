public import ChannelsCore
public import ChannelsModel

/// Whitespace-separated edge lists, SNAP style: `u v` or `u v weight` per line, `#` or `%` comment lines.
///
/// The reader parses bytes directly, with no string per line: integer node labels are mapped to dense
/// indices through a flat table, and the edges go straight into the snapshot's builder. Non-integer
/// labels are accepted too, through a dictionary.
public enum EdgeList {
    /// Reads an edge list into a plain graph.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - directed: Whether each line is a directed edge (else an undirected one).
    /// - Throws: a ``Diagnostic`` located at the offending line and column.
    /// - Complexity: O(*n*) in the size of the file; memory for the edges and the snapshot, never a copy of
    ///   the text.
    public static func read(_ bytes: UnsafeRawBufferPointer, file: String, directed: Bool) throws(Diagnostic) -> PlainGraph {
        try build(EdgeListParser(bytes: bytes, file: file).parse(), file: file, directed: directed)
    }

    /// Reads a mapped edge-list file, unmapping it once parsed so that the text and the snapshot are
    /// never in memory together.
    public static func read(_ mapped: consuming MappedFile, file: String, directed: Bool) throws(Diagnostic) -> PlainGraph {
        let parsed = try EdgeListParser(bytes: mapped.bytes, file: file).parse()
        _ = consume mapped
        return try build(parsed, file: file, directed: directed)
    }

    private static func build(_ parsed: EdgeListParser.Parsed, file: String, directed: Bool) throws(Diagnostic) -> PlainGraph {
        let labels: NodeLabels = parsed.names.map(NodeLabels.names) ?? .integers(parsed.ids)
        do {
            var attributes = EdgeAttributes()
            if let weights = parsed.weights { attributes.weights = weights }
            let snapshot = try GraphSnapshot(
                nodeCount: parsed.nodeCount, sources: parsed.sources, targets: parsed.targets,
                directions: directed ? .allDirected : .allTwoWay, attributes: attributes)
            return PlainGraph(snapshot: snapshot, labels: labels)
        } catch {
            throw Diagnostic(file: file, message: "\(error)")
        }
    }

    /// The graph as an edge list, `source<TAB>target[<TAB>weight]` per line, labels as node names.
    ///
    /// - Complexity: O(*m*).
    public static func write(_ graph: PlainGraph) -> [UInt8] {
        let snapshot = graph.snapshot
        var output: [UInt8] = []
        output.reserveCapacity(snapshot.edgeCount * 16)
        let isolated = (0..<snapshot.nodeCount).filter { snapshot.outDegree($0) == 0 && snapshot.inDegree($0) == 0 }.count
        let unlisted = isolated == 0 ? "" : " (\(isolated) without edges, not listed)"
        let header = "# channels edge list: \(snapshot.nodeCount) nodes\(unlisted), \(snapshot.edgeCount) \(snapshot.isDirected ? "directed" : "undirected") edges\n"
        output += Array(header.utf8)
        var labels: [[UInt8]] = []
        if case .names(let names) = graph.labels { labels = names.map { Array($0.utf8) } }
        func appendLabel(_ node: Int) {
            switch graph.labels {
            case .indices: appendInteger(Int64(node), to: &output)
            case .integers(let ids): appendInteger(ids[node], to: &output)
            case .names: output += labels[node]
            }
        }
        for edge in 0..<snapshot.edgeCount {
            appendLabel(Int(snapshot.edgeSources[edge]))
            output.append(0x09)
            appendLabel(Int(snapshot.edgeTargets[edge]))
            if !snapshot.edgeWeights.isEmpty {
                output.append(0x09)
                let weight = snapshot.edgeWeights[edge]
                if weight == weight.rounded(), abs(weight) < 1e15 {
                    appendInteger(Int64(weight), to: &output)
                } else {
                    output += Array("\(weight)".utf8)
                }
            }
            output.append(0x0A)
        }
        return output
    }

    /// Appends the decimal digits of `value`, without an intermediate string.
    private static func appendInteger(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let start = output.count
        var magnitude = value.magnitude
        repeat {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        output[start...].reverse()
    }
}

/// The byte-level edge-list parser: one pass over the bytes with integers decoded in place, then one
/// pass renumbering nodes densely in increasing order of their numbers.
private struct EdgeListParser {
    let bytes: UnsafeRawBufferPointer
    let file: String

    struct Parsed {
        var nodeCount: Int
        var sources: [Int32]
        var targets: [Int32]
        var weights: [Double]?
        var ids: [Int64]
        var names: [String]?
    }

    init(bytes: UnsafeRawBufferPointer, file: String) {
        self.bytes = bytes
        self.file = file
    }

    func parse() throws(Diagnostic) -> Parsed {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(file: file, line: 1, column: 1, message: "the file is empty")
        }
        if let numeric = try parseNumeric() { return numeric }
        return try parseNames()
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// The fast path: every label a non-negative integer below 2^31. Numbers are stored as they come,
    /// straight into the final arrays, and renumbered densely afterwards. `nil` when some label is not
    /// such a number, to switch to names.
    private func parseNumeric() throws(Diagnostic) -> Parsed? {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let count = bytes.count
        // An edge takes at least four bytes ("1 2\n"), so this many edges always fit; pages of the arrays
        // that are never written are never backed by memory.
        let capacity = count / 4 + 1
        var state = NumericState()
        var outcome: Result<Bool, Diagnostic> = .success(false)
        var targets: [Int32] = []
        var sources = [Int32](unsafeUninitializedCapacity: capacity) { sourceBuffer, sourceCount in
            targets = [Int32](unsafeUninitializedCapacity: capacity) { targetBuffer, targetCount in
                state.edges = EdgeSink(sources: sourceBuffer, targets: targetBuffer)
                outcome = Result { () throws(Diagnostic) in try parseAll(base, count: count, state: &state) }
                targetCount = state.edges.count
            }
            sourceCount = state.edges.count
        }
        guard try outcome.get() else { return nil }
        guard state.edges.count > 0 else {
            throw Diagnostic(file: file, line: 1, column: 1, message: "the file holds no edges, only comments")
        }
        let ids = Self.renumber(&sources, &targets, largest: Int(state.largest))
        return Parsed(nodeCount: ids.count, sources: sources, targets: targets, weights: state.weights, ids: ids, names: nil)
    }

    /// Parses every line of `base[0..<count]`; `false` on a label that is not a number.
    private func parseAll(_ base: UnsafePointer<UInt8>, count: Int, state: inout NumericState) throws(Diagnostic) -> Bool {
        // Every scan stops at a newline, so parsing up to the last newline needs no bounds checks; a last
        // line without one is parsed from a small copy that has one.
        let lastNewline = (0..<count).reversed().first { base[$0] == 0x0A }
        if let lastNewline {
            guard try parseLines(base, end: lastNewline, offset: 0, state: &state) else { return false }
        }
        let tailStart = (lastNewline ?? -1) + 1
        guard tailStart < count else { return true }
        var tail = Array(UnsafeBufferPointer(start: base + tailStart, count: count - tailStart))
        tail.append(0x0A)
        return try tail.withUnsafeBufferPointer { buffer in
            Result { () throws(Diagnostic) in
                guard let start = buffer.baseAddress else { return true }
                return try parseLines(start, end: buffer.count - 1, offset: tailStart, state: &state)
            }
        }.get()
    }

    /// What the numeric parse accumulates.
    private struct NumericState {
        var edges = EdgeSink(sources: UnsafeMutableBufferPointer(start: nil, count: 0), targets: UnsafeMutableBufferPointer(start: nil, count: 0))
        var weights: [Double]?
        var largest: Int32 = -1
        var line = 1
    }

    /// Weights of 1 for the `count` edges read before the first weight, with room for every edge the file
    /// can hold (pages never written are never backed by memory), so appending never copies.
    private static func defaultWeights(count: Int, capacity: Int) -> [Double] {
        var weights: [Double] = []
        weights.reserveCapacity(capacity)
        weights.append(contentsOf: repeatElement(1, count: count))
        return weights
    }

    @inline(__always)
    private static func blank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// Reads the number at `index`, below 2^31 and followed by a blank or a newline; `nil` otherwise.
    /// With eight bytes to spare before `end`, up to eight digits are read at once (SWAR: the digit run is
    /// found with bit masks and converted with three multiplications); otherwise digit by digit.
    @inline(__always)
    private static func number(_ text: UnsafePointer<UInt8>, _ index: inout Int, end: Int) -> Int32? {
        if index + 8 <= end {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(text + index).loadUnaligned(as: UInt64.self))
            let shifted = chunk &- 0x3030_3030_3030_3030
            let nonDigits = (shifted | (shifted &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
            if nonDigits != 0 {
                let length = nonDigits.trailingZeroBitCount >> 3
                let next = text[index + length]
                guard length > 0, blank(next) || next == 0x0A else { return nil }
                var value = shifted << UInt64(64 - 8 * length)
                value = ((value & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) >> 8
                value = ((value & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
                value = ((value & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
                index += length
                return Int32(truncatingIfNeeded: value)
            }
        }
        var value: UInt64 = 0
        let start = index
        while true {
            let digit = text[index] &- UInt8(ascii: "0")
            if digit >= 10 { break }
            value = value &* 10 &+ UInt64(digit)
            index += 1
        }
        let digits = index - start
        let next = text[index]
        guard digits > 0, digits <= 10, value < UInt64(Int32.max), blank(next) || next == 0x0A else { return nil }
        return Int32(truncatingIfNeeded: value)
    }

    /// Parses the lines of `text[0...end]`, where `text[end]` is a newline; `false` on a label that is not
    /// a number.
    private func parseLines(_ text: UnsafePointer<UInt8>, end: Int, offset: Int, state: inout NumericState) throws(Diagnostic) -> Bool {
        var index = 0
        var lineStart = 0
        var largest = state.largest
        while index < end {
            while Self.blank(text[index]) { index += 1 }
            let byte = text[index]
            if byte == 0x0A {
                index += 1
                state.line += 1
                lineStart = index
                continue
            }
            if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "%") {
                while text[index] != 0x0A { index += 1 }
                if index - lineStart > InputText.maximumLineLength {
                    throw InputText.lineTooLong(file: file, line: state.line, length: index - lineStart)
                }
                continue
            }
            if byte == 0 { throw failure("a NUL byte; is this a binary file?", line: state.line, lineStart: offset + lineStart, at: offset + index) }
            guard let first = Self.number(text, &index, end: end) else { return false }
            while Self.blank(text[index]) { index += 1 }
            if text[index] == 0x0A {
                throw failure("an edge needs two nodes on its line", line: state.line, lineStart: offset + lineStart, at: offset + index)
            }
            guard let second = Self.number(text, &index, end: end) else { return false }
            while Self.blank(text[index]) { index += 1 }
            if text[index] != 0x0A && text[index] != UInt8(ascii: "#") {
                let weight: Double
                if let exact = ExactDecimal.read(text, &index) {
                    weight = exact
                } else {
                    let start = index
                    while !Self.blank(text[index]) && text[index] != 0x0A { index += 1 }
                    weight = try parseWeight((offset + start)..<(offset + index), line: state.line, lineStart: offset + lineStart)
                }
                if state.weights == nil { state.weights = Self.defaultWeights(count: state.edges.count, capacity: state.edges.sources.count) }
                state.weights?.append(weight)
                while text[index] != 0x0A { index += 1 }
            } else if state.weights != nil {
                state.weights?.append(1)
            }
            guard !state.edges.isFull else {
                throw failure("more edges than the file's size allows; is it an edge list?", line: state.line, lineStart: offset + lineStart, at: offset + index)
            }
            state.edges.append(first, second)
            if first > largest { largest = first }
            if second > largest { largest = second }
        }
        state.largest = largest
        return true
    }

    /// Replaces node numbers by their rank among the numbers used; returns the numbers in rank order.
    ///
    /// The numbers used are marked in a bitmap (a bit per number up to the largest: small enough for the
    /// cache), and a number's rank is the count of marks before it: a per-word running count plus a
    /// population count within the word. When every number up to the largest is used, the numbers already
    /// are their ranks and nothing is rewritten. Numbers far sparser than the edges are ranked by sorting.
    ///
    /// - Complexity: O(*m* + largest / 64) with the bitmap; O(*m* log *m*) for sparse numbers.
    private static func renumber(_ sources: inout [Int32], _ targets: inout [Int32], largest: Int) -> [Int64] {
        guard largest < 64 * sources.count + (1 << 20) else { return renumberSparse(&sources, &targets) }
        let wordCount = largest >> 6 + 1
        var words = [UInt64](repeating: 0, count: wordCount)
        var wordRanks = [Int32](repeating: 0, count: wordCount)
        var ids: [Int64] = []
        words.withUnsafeMutableBufferPointer { words in
            for list in [sources, targets] {
                list.withUnsafeBufferPointer { for node in $0 { words[Int(node) >> 6] |= 1 << UInt64(node & 63) } }
            }
            var total = 0
            wordRanks.withUnsafeMutableBufferPointer { ranks in
                for word in 0..<wordCount {
                    ranks[word] = Int32(truncatingIfNeeded: total)
                    total += words[word].nonzeroBitCount
                }
            }
            ids.reserveCapacity(total)
            for word in 0..<wordCount {
                var bits = words[word]
                while bits != 0 {
                    ids.append(Int64(word << 6 + bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
            }
        }
        guard ids.count < largest + 1 else { return ids }
        words.withUnsafeBufferPointer { words in
            wordRanks.withUnsafeBufferPointer { ranks in
                @inline(__always) func rank(_ node: Int32) -> Int32 {
                    let word = Int(node) >> 6
                    let below = words[word] & ((1 << UInt64(node & 63)) &- 1)
                    return ranks[word] &+ Int32(truncatingIfNeeded: below.nonzeroBitCount)
                }
                sources.withUnsafeMutableBufferPointer { list in
                    for index in list.indices { list[index] = rank(list[index]) }
                }
                targets.withUnsafeMutableBufferPointer { list in
                    for index in list.indices { list[index] = rank(list[index]) }
                }
            }
        }
        return ids
    }

    /// Ranks numbers by sorting the distinct ones and searching each endpoint among them.
    private static func renumberSparse(_ sources: inout [Int32], _ targets: inout [Int32]) -> [Int64] {
        var used = sources + targets
        used.sort()
        var distinct: [Int32] = []
        for node in used where distinct.last != node { distinct.append(node) }
        used = []
        func rank(_ node: Int32) -> Int32 {
            var low = 0, high = distinct.count
            while low < high {
                let middle = (low + high) / 2
                if distinct[middle] < node { low = middle + 1 } else { high = middle }
            }
            return Int32(low)
        }
        for index in sources.indices { sources[index] = rank(sources[index]) }
        for index in targets.indices { targets[index] = rank(targets[index]) }
        return distinct.map(Int64.init)
    }

    /// The slow path: labels are any words.
    private func parseNames() throws(Diagnostic) -> Parsed {
        var sources: [Int32] = [], targets: [Int32] = []
        var weights: [Double]?
        var names: [String] = []
        var index: [Substring: Int32] = [:]
        guard let text = String(validating: bytes, as: UTF8.self) else {
            var offset = 0
            var decoder = UTF8()
            var iterator = bytes.makeIterator()
            while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
            let lineNumber = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
            throw failure("the file is not valid UTF-8; save it as UTF-8", line: lineNumber, lineStart: lineStart, at: offset)
        }
        var lineNumber = 0
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            defer { offset += line.utf8.count + 1 }
            if line.utf8.count > InputText.maximumLineLength {
                throw InputText.lineTooLong(file: file, line: lineNumber, length: line.utf8.count)
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let first = fields.first, !first.hasPrefix("#"), !first.hasPrefix("%") else { continue }
            if let nul = line.utf8.firstIndex(of: 0) {
                throw failure("a NUL byte; is this a binary file?", line: lineNumber, lineStart: offset, at: offset + line.utf8.distance(from: line.utf8.startIndex, to: nul))
            }
            guard fields.count >= 2 else {
                throw failure("an edge needs two nodes on its line", line: lineNumber, lineStart: offset, at: offset + line.utf8.count)
            }
            var weight: Double?
            if fields.count >= 3, !fields[2].hasPrefix("#") {
                let start = offset + line.utf8.distance(from: line.startIndex, to: fields[2].startIndex)
                weight = try parseWeight(start..<(start + fields[2].utf8.count), line: lineNumber, lineStart: offset)
            }
            if let weight {
                if weights == nil { weights = [Double](repeating: 1, count: sources.count) }
                weights?.append(weight)
            } else if weights != nil {
                weights?.append(1)
            }
            for (field, list) in [(fields[0], 0), (fields[1], 1)] {
                let node: Int32
                if let known = index[field] {
                    node = known
                } else {
                    node = Int32(names.count)
                    index[field] = node
                    names.append(String(field))
                }
                if list == 0 { sources.append(node) } else { targets.append(node) }
            }
        }
        guard !sources.isEmpty else {
            throw Diagnostic(file: file, line: 1, column: 1, message: "the file holds no edges, only comments")
        }
        return Parsed(nodeCount: names.count, sources: sources, targets: targets, weights: weights, ids: [], names: names)
    }

    private func parseWeight(_ range: Range<Int>, line: Int, lineStart: Int) throws(Diagnostic) -> Double {
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw failure("the weight '\(text.prefix(40))' is not a number", line: line, lineStart: lineStart, at: range.lowerBound)
        }
        guard value > 0 else {
            throw failure("the weight \(value) is not positive", line: line, lineStart: lineStart, at: range.lowerBound)
        }
        return value
    }

    private func failure(_ message: String, line: Int, lineStart: Int, at offset: Int) -> Diagnostic {
        var column = 1
        var position = lineStart
        while position < offset && position < bytes.count {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return Diagnostic(file: file, line: line, column: column, message: message)
    }
}

/// The edge arrays the numeric parse writes into, through raw pointers, so appending in the parsing loop
/// costs a compare and two stores.
private struct EdgeSink {
    let sources: UnsafeMutableBufferPointer<Int32>
    let targets: UnsafeMutableBufferPointer<Int32>
    private(set) var count = 0

    init(sources: UnsafeMutableBufferPointer<Int32>, targets: UnsafeMutableBufferPointer<Int32>) {
        self.sources = sources
        self.targets = targets
    }

    var isFull: Bool { count == sources.count }

    @inline(__always)
    mutating func append(_ source: Int32, _ target: Int32) {
        sources[count] = source
        targets[count] = target
        count += 1
    }
}
