/// Small integer codes for labels, in order of first appearance (groups for brokerage).
enum GroupCodes {
    static func codes(_ labels: [String]) -> [Int] {
        var codes: [String: Int] = [:]
        return labels.map { label in
            if let code = codes[label] { return code }
            codes[label] = codes.count
            return codes.count - 1
        }
    }
}
