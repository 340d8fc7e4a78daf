import ChannelsFormats
import ChannelsModel
import Foundation
import Testing

/// XML reaches FoundationXML only as checked UTF-8 without processing instructions (see `XMLInput`):
/// other encodings are converted, the rest is refused with a located error.
struct XMLInputTests {
    static func graphML(declaration: String, node: String) -> String {
        declaration + "\n<graphml><graph edgedefault=\"directed\"><node id=\"\(node)\"/><node id=\"b\"/>"
            + "<edge source=\"\(node)\" target=\"b\"/></graph></graphml>\n"
    }

    static func actorIDs(_ bytes: [UInt8], format: GraphFileFormat = .graphml) -> [String]? {
        let result = GraphFile.read(bytes, file: "test.\(format.rawValue)", options: GraphReadOptions(format: format))
        guard case .typed(let graph) = result.content else { return nil }
        return graph.actors.map(\.id)
    }

    @Test func utf16WithAByteOrderMarkIsConverted() throws {
        let text = Self.graphML(declaration: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", node: "Jørgen")
        let bytes = [UInt8](try #require(text.data(using: .utf16)))
        #expect(Self.actorIDs(bytes) == ["Jørgen", "b"])
    }

    @Test func aDeclaredLatin1FileIsConverted() throws {
        let text = Self.graphML(declaration: "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", node: "Jørgen")
        let bytes = [UInt8](try #require(text.data(using: .isoLatin1)))
        #expect(Self.actorIDs(bytes) == ["Jørgen", "b"])
    }

    @Test func anUnknownEncodingIsRefusedWithItsColumn() {
        let text = Self.graphML(declaration: "<?xml version=\"1.0\" encoding=\"EBCDIC-US\"?>", node: "a")
        let result = GraphFile.read(Array(text.utf8), file: "test.graphml", options: GraphReadOptions(format: .graphml))
        #expect(result.content == nil)
        #expect(result.diagnostics.first?.message == "the file declares the encoding 'EBCDIC-US', which channels cannot read; save it as UTF-8")
        #expect(result.diagnostics.first?.column == 31)
    }

    @Test func invalidUTF8IsRefusedEvenWhenTheDeclarationSaysUTF8() {
        var bytes = Array(Self.graphML(declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", node: "ab").utf8)
        let node = bytes.firstRange(of: Array("\"ab\"".utf8))?.lowerBound ?? 0
        bytes[node + 1] = 0xAB
        let result = GraphFile.read(bytes, file: "test.graphml", options: GraphReadOptions(format: .graphml))
        #expect(result.content == nil)
        #expect(result.diagnostics.first?.message.hasPrefix("the file is not valid UTF-8 (byte 0xAB)") == true)
    }

    @Test(arguments: ["<?target?>", "<?xml-stylesheet href=\"style.css\"?>", "<?empty\n?>"])
    func processingInstructionsAreIgnored(instruction: String) {
        let text = Self.graphML(declaration: "<?xml version=\"1.0\"?>\n" + instruction, node: "a")
        #expect(Self.actorIDs(Array(text.utf8)) == ["a", "b"])
        let gexf = "<?xml version=\"1.0\"?>\(instruction)<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>"
        #expect(Self.actorIDs(Array(gexf.utf8), format: .gexf) == ["a"])
    }

    @Test func aProcessingInstructionInsideCDATAIsText() {
        let text = "<?xml version=\"1.0\"?><graphml><key id=\"d0\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>"
            + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"d0\"><![CDATA[<?not an instruction?>]]></data></node></graph></graphml>"
        let result = GraphFile.read(Array(text.utf8), file: "test.graphml", options: GraphReadOptions(format: .graphml))
        guard case .typed(let graph) = result.content else { Issue.record("\(result.diagnostics)"); return }
        #expect(graph.actors.first?.note == "<?not an instruction?>")
    }

    @Test func aDeclarationWithoutAVersionIsNotACrash() {
        let result = GraphFile.read(Array("<?xml?>\n<gexf xml".utf8), file: "test.gexf", options: GraphReadOptions(format: .gexf))
        #expect(result.content == nil)
        #expect(result.diagnostics.first?.line == 2)
    }
}
