/// Plain decimals (`85`, `0.25`, `12.5`) read straight from bytes when the result is exact by construction,
/// so that the usual weights of an edge list cost no string and no `strtod`.
///
/// Digits that fit 2^53 make an exact `Double`, and so does every power of ten up to 10^22; one IEEE division
/// of the two is then correctly rounded, which is the value `strtod` gives (Clinger's fast path). Anything
/// else (exponents, signs, more digits, a bare point) is left to the caller's full parse.
enum ExactDecimal {
    /// The decimal at `text[index...]`, digits with an optional point followed by more digits, when it ends
    /// at a blank or a newline, is not zero and qualifies for the fast path; then `index` moves past it.
    /// `nil` otherwise, with `index` unchanged.
    ///
    /// - Precondition: a newline follows the field somewhere, so the scan stops inside the text.
    /// - Complexity: O(length of the field).
    @inline(__always)
    static func read(_ text: UnsafePointer<UInt8>, _ index: inout Int) -> Double? {
        var position = index
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var digitsBeforePoint = -1
        while true {
            let byte = text[position]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                guard digits < 17 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits &+= 1
                if digitsBeforePoint >= 0 { fractionDigits &+= 1 }
            } else if byte == UInt8(ascii: ".") && digitsBeforePoint < 0 && digits > 0 {
                digitsBeforePoint = digits
            } else {
                guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return nil }
                break
            }
            position &+= 1
        }
        guard mantissa > 0, mantissa <= 1 << 53, digitsBeforePoint < 0 || fractionDigits > 0 else { return nil }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        index = position
        return Double(mantissa) / scale
    }
}
