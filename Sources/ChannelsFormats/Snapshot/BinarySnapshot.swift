public import ChannelsCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The binary snapshot format (`.chsnap`): a plain graph's CSR arrays, laid out to be read straight into
/// place, with a versioned header and an XXH64 checksum per section.
///
/// Layout (little-endian): a 64-byte header (`CHANSNAP`, version, directions, node, edge and slot counts,
/// section count, label kind), a table of 32-byte section entries (kind, offset, length, checksum), the
/// table's own checksum, then each section at a 64-byte boundary. Reading checks every checksum and then
/// the arrays' invariants (offsets rise to the slot count, every id is in range), so a truncated, corrupted
/// or hand-crafted file gives an error, never a crash or a wrong answer.
public enum BinarySnapshot {
    public static let magic = Array("CHANSNAP".utf8)
    public static let version: UInt32 = 1

    /// Why a snapshot file could not be read.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    enum Section: UInt32, CaseIterable {
        case outOffsets = 1, outTargets, outEdges, inOffsets, inSources, inEdges
        case edgeSources, edgeTargets, directedMask, weights, integerLabels, nameOffsets, nameBytes
    }

    // MARK: Writing

    /// Writes `graph` to `path` atomically; `watcher` is told of the temporary file while it is written.
    ///
    /// - Complexity: O(*n* + *m*), streamed: no copy of the arrays is made.
    public static func write(_ graph: PlainGraph, to path: String, watcher: (any TemporaryFileWatcher)? = nil) throws(AtomicFile.Failure) {
        let snapshot = graph.snapshot
        var sections: [SectionSource] = [
            .int32(.outOffsets, snapshot.outOffsets), .int32(.outTargets, snapshot.outTargets), .int32(.outEdges, snapshot.outEdges),
        ]
        if snapshot.isDirected {
            sections += [.int32(.inOffsets, snapshot.inOffsets), .int32(.inSources, snapshot.inSources), .int32(.inEdges, snapshot.inEdges)]
        }
        sections += [.int32(.edgeSources, snapshot.edgeSources), .int32(.edgeTargets, snapshot.edgeTargets)]
        if case .mixed(let mask) = snapshot.directions { sections.append(.words(.directedMask, mask.words)) }
        if !snapshot.edgeWeights.isEmpty { sections.append(.doubles(.weights, snapshot.edgeWeights)) }
        var labelKind: UInt32 = 0
        switch graph.labels {
        case .indices: break
        case .integers(let ids):
            labelKind = 1
            sections.append(.integers(.integerLabels, ids))
        case .names(let names):
            labelKind = 2
            var offsets: [UInt64] = [0]
            var blob: [UInt8] = []
            for name in names {
                blob += Array(name.utf8)
                offsets.append(UInt64(blob.count))
            }
            sections += [.words(.nameOffsets, offsets), .bytes(.nameBytes, blob)]
        }
        var header = [UInt8](repeating: 0, count: 64)
        header.replaceSubrange(0..<8, with: magic)
        put(&header, 8, version)
        let directions: UInt32 = switch snapshot.directions { case .allDirected: 0; case .allTwoWay: 1; case .mixed: 2 }
        put(&header, 12, directions)
        put(&header, 16, UInt64(snapshot.nodeCount))
        put(&header, 24, UInt64(snapshot.edgeCount))
        put(&header, 32, UInt64(snapshot.slotCount))
        put(&header, 40, UInt32(sections.count))
        put(&header, 44, labelKind)
        var offset = align(64 + 32 * sections.count + 8)
        var offsets: [Int] = []
        for section in sections {
            var entry = [UInt8](repeating: 0, count: 32)
            let length = section.withBytes { $0.count }
            put(&entry, 0, section.kind.rawValue)
            put(&entry, 8, UInt64(offset))
            put(&entry, 16, UInt64(length))
            put(&entry, 24, section.withBytes { XXHash64.hash($0) })
            header += entry
            offsets.append(offset)
            offset = align(offset + length)
        }
        var tableChecksum = [UInt8](repeating: 0, count: 8)
        put(&tableChecksum, 0, header.withUnsafeBytes { XXHash64.hash($0) })
        header += tableChecksum
        try AtomicFile.write(to: path, watcher: watcher) { sink throws(AtomicFile.Failure) in
            try sink.write(header)
            var position = header.count
            for (section, start) in zip(sections, offsets) {
                try sink.write([UInt8](repeating: 0, count: start - position))
                try section.withBytes { bytes in Result { () throws(AtomicFile.Failure) in try sink.write(bytes) } }.get()
                position = start + section.withBytes { $0.count }
            }
        }
    }

    /// An array to write as one section, read in place through its bytes.
    private enum SectionSource {
        case int32(Section, [Int32])
        case words(Section, [UInt64])
        case doubles(Section, [Double])
        case integers(Section, [Int64])
        case bytes(Section, [UInt8])

        var kind: Section {
            switch self {
            case .int32(let kind, _), .words(let kind, _), .doubles(let kind, _), .integers(let kind, _), .bytes(let kind, _): kind
            }
        }

        func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            switch self {
            case .int32(_, let values): values.withUnsafeBytes(body)
            case .words(_, let values): values.withUnsafeBytes(body)
            case .doubles(_, let values): values.withUnsafeBytes(body)
            case .integers(_, let values): values.withUnsafeBytes(body)
            case .bytes(_, let values): values.withUnsafeBytes(body)
            }
        }
    }

    private static func align(_ offset: Int) -> Int { (offset + 63) & ~63 }

    private static func put<T: FixedWidthInteger>(_ bytes: inout [UInt8], _ offset: Int, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (index, byte) in raw.enumerated() { bytes[offset + index] = byte }
        }
    }

    // MARK: Reading

    /// Reads a snapshot file, checking its checksums and its arrays.
    ///
    /// - Complexity: O(*n* + *m*): one read of each section into its final array.
    public static func read(path: String) throws(Failure) -> PlainGraph {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(message: "cannot read \(path)") }
        let size = Int(status.st_size)
        let head = try readBytes(descriptor, offset: 0, count: min(size, 8), path: path)
        guard head.count == 8 || !magic.starts(with: head) else {
            throw Failure(message: "\(path) is truncated: \(size) bytes, but a snapshot header alone takes 64")
        }
        guard head == magic else {
            throw Failure(message: "\(path) is not a channels snapshot (it does not start with CHANSNAP)")
        }
        guard size >= 64 else {
            throw Failure(message: "\(path) is truncated: \(size) bytes, but a snapshot header alone takes 64")
        }
        let header = try readBytes(descriptor, offset: 0, count: 64, path: path)
        let fileVersion: UInt32 = get(header, 8)
        guard fileVersion == version else {
            throw Failure(message: "\(path) is snapshot format version \(fileVersion); this channels reads version \(version)")
        }
        let sectionCount = Int(get(header, 40) as UInt32)
        guard sectionCount <= Section.allCases.count else { throw Failure(message: "\(path) is corrupted: \(sectionCount) sections listed") }
        let tableSize = 32 * sectionCount + 8
        guard 64 + tableSize <= size else { throw Failure(message: "\(path) is truncated inside its section table") }
        let table = try readBytes(descriptor, offset: 64, count: tableSize, path: path)
        let expectedHash: UInt64 = get(table, 32 * sectionCount)
        let actualHash = (header + table[0..<(32 * sectionCount)]).withUnsafeBytes { XXHash64.hash($0) }
        guard expectedHash == actualHash else { throw Failure(message: "\(path) is corrupted: its header checksum does not match") }

        // Counts and positions are read as unsigned 64-bit numbers and checked before they become `Int`s:
        // a corrupted field may hold any value.
        let counts = [16, 24, 32].map { Int(exactly: get(header, $0) as UInt64) ?? Int.max }
        let (nodeCount, edgeCount, slotCount) = (counts[0], counts[1], counts[2])
        guard counts.allSatisfy({ $0 < Int(Int32.max) }) else {
            throw Failure(message: "\(path) is corrupted: counts out of range")
        }
        var entries: [Section: (offset: Int, length: Int, checksum: UInt64)] = [:]
        for index in 0..<sectionCount {
            let base = 32 * index
            guard let kind = Section(rawValue: get(table, base)) else { throw Failure(message: "\(path) is corrupted: unknown section") }
            let offset = Int(exactly: get(table, base + 8) as UInt64) ?? Int.max
            let length = Int(exactly: get(table, base + 16) as UInt64) ?? Int.max
            guard offset <= size, length <= size - offset else {
                throw Failure(message: "\(path) is truncated: section \(kind) ends past the end of the file")
            }
            entries[kind] = (offset, length, get(table, base + 24))
        }
        func section<T>(_ kind: Section, count: Int, as: T.Type) throws(Failure) -> [T] {
            guard let entry = entries[kind] else { throw Failure(message: "\(path) is corrupted: section \(kind) is missing") }
            guard entry.length == count * MemoryLayout<T>.stride else {
                throw Failure(message: "\(path) is corrupted: section \(kind) has \(entry.length) bytes, expected \(count * MemoryLayout<T>.stride)")
            }
            let values = try readArray(descriptor, offset: entry.offset, count: count, as: T.self, path: path)
            let hash = values.withUnsafeBytes { XXHash64.hash($0) }
            guard hash == entry.checksum else { throw Failure(message: "\(path) is corrupted: the checksum of section \(kind) does not match") }
            return values
        }

        let directionCode = get(header, 12) as UInt32
        let outOffsets = try section(.outOffsets, count: nodeCount + 1, as: Int32.self)
        let outTargets = try section(.outTargets, count: slotCount, as: Int32.self)
        let outEdges = try section(.outEdges, count: slotCount, as: Int32.self)
        let edgeSources = try section(.edgeSources, count: edgeCount, as: Int32.self)
        let edgeTargets = try section(.edgeTargets, count: edgeCount, as: Int32.self)
        var directions = EdgeDirections.allTwoWay
        switch directionCode {
        case 0: directions = .allDirected
        case 1: directions = .allTwoWay
        case 2:
            let words = try section(.directedMask, count: (edgeCount + 63) >> 6, as: UInt64.self)
            var mask = Bitmask(count: edgeCount)
            for edge in 0..<edgeCount where words[edge >> 6] & (1 << UInt64(edge & 63)) != 0 { mask.insert(edge) }
            directions = .mixed(mask)
        default:
            throw Failure(message: "\(path) is corrupted: unknown direction code \(directionCode)")
        }
        var inOffsets = outOffsets, inSources = outTargets, inEdges = outEdges
        if directions != .allTwoWay {
            inOffsets = try section(.inOffsets, count: nodeCount + 1, as: Int32.self)
            inSources = try section(.inSources, count: slotCount, as: Int32.self)
            inEdges = try section(.inEdges, count: slotCount, as: Int32.self)
        }
        var attributes = EdgeAttributes()
        if entries[.weights] != nil {
            attributes.weights = try section(.weights, count: edgeCount, as: Double.self)
            guard attributes.weights.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw Failure(message: "\(path) is corrupted: a weight is not positive") }
        }
        let labels: NodeLabels
        switch get(header, 44) as UInt32 {
        case 0: labels = .indices
        case 1: labels = .integers(try section(.integerLabels, count: nodeCount, as: Int64.self))
        case 2:
            let offsets = try section(.nameOffsets, count: nodeCount + 1, as: UInt64.self)
            guard let blobEntry = entries[.nameBytes], Int(offsets.last ?? 0) == blobEntry.length else {
                throw Failure(message: "\(path) is corrupted: the node names do not add up")
            }
            let blob = try section(.nameBytes, count: blobEntry.length, as: UInt8.self)
            var names: [String] = []
            names.reserveCapacity(nodeCount)
            for node in 0..<nodeCount {
                let start = Int(offsets[node]), end = Int(offsets[node + 1])
                guard start <= end, end <= blob.count else { throw Failure(message: "\(path) is corrupted: a node name is out of range") }
                names.append(String(decoding: blob[start..<end], as: UTF8.self))
            }
            labels = .names(names)
        default:
            throw Failure(message: "\(path) is corrupted: unknown label kind")
        }
        try checkRows(outOffsets, outTargets, outEdges, nodeCount: nodeCount, edgeCount: edgeCount, path: path)
        try checkRows(inOffsets, inSources, inEdges, nodeCount: nodeCount, edgeCount: edgeCount, path: path)
        guard edgeSources.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }), edgeTargets.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }) else {
            throw Failure(message: "\(path) is corrupted: an edge names a node out of range")
        }
        let snapshot = GraphSnapshot(
            nodeCount: nodeCount, outOffsets: outOffsets, outTargets: outTargets, outEdges: outEdges,
            inOffsets: inOffsets, inSources: inSources, inEdges: inEdges, edgeSources: edgeSources, edgeTargets: edgeTargets,
            directions: directions, attributes: attributes)
        return PlainGraph(snapshot: snapshot, labels: labels)
    }

    /// Offsets start at 0, never fall, end at the slot count; neighbours and edges are in range.
    private static func checkRows(_ offsets: [Int32], _ neighbours: [Int32], _ edges: [Int32], nodeCount: Int, edgeCount: Int, path: String) throws(Failure) {
        guard offsets.first == 0, Int(offsets.last ?? -1) == neighbours.count else {
            throw Failure(message: "\(path) is corrupted: row offsets do not span the rows")
        }
        for index in 0..<nodeCount where offsets[index] > offsets[index + 1] {
            throw Failure(message: "\(path) is corrupted: row offsets fall at node \(index)")
        }
        guard neighbours.allSatisfy({ $0 >= 0 && Int($0) < nodeCount }), edges.allSatisfy({ $0 >= 0 && Int($0) < edgeCount }) else {
            throw Failure(message: "\(path) is corrupted: a row names a node or edge out of range")
        }
        for node in 0..<nodeCount {
            var slot = Int(offsets[node]) + 1
            let end = Int(offsets[node + 1])
            while slot < end {
                if (neighbours[slot - 1], edges[slot - 1]) >= (neighbours[slot], edges[slot]) {
                    throw Failure(message: "\(path) is corrupted: the row of node \(node) is not in order")
                }
                slot += 1
            }
        }
    }

    private static func get<T: FixedWidthInteger>(_ bytes: some Collection<UInt8>, _ offset: Int) -> T {
        var value: T = 0
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        for (index, byte) in bytes[start...].prefix(MemoryLayout<T>.size).enumerated() {
            value |= T(byte) << (8 * index)
        }
        return value
    }

    private static func readBytes(_ descriptor: Int32, offset: Int, count: Int, path: String) throws(Failure) -> [UInt8] {
        try readArray(descriptor, offset: offset, count: count, as: UInt8.self, path: path)
    }

    /// Reads `count` values at `offset` straight into a new array.
    private static func readArray<T>(_ descriptor: Int32, offset: Int, count: Int, as: T.Type, path: String) throws(Failure) -> [T] {
        var failure: Failure?
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            var done = 0
            while done < raw.count {
                let got = pread(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(offset + done))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    failure = Failure(message: got == 0 ? "\(path) is truncated" : "cannot read \(path): \(String(cString: strerror(errno)))")
                    if let base = raw.baseAddress { memset(base + done, 0, raw.count - done) }
                    break
                }
                done += got
            }
            initialized = count
        }
        if let failure { throw failure }
        return values
    }
}
