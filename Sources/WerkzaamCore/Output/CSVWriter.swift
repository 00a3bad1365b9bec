/// CSV in the dialect Dutch Excel opens correctly: `;` between fields, a UTF-8 byte-order mark, CRLF
/// line ends, and fields with `;`, quotes or line breaks in double quotes (DESIGN §8).
public struct CSVWriter {
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(header: [String]) { row(header) }

    public mutating func row(_ fields: [String]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(0x3B) }
            if field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                bytes.append(0x22)
                bytes.append(contentsOf: Array(field.replacingOccurrences(of: "\"", with: "\"\"").utf8))
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: Array(field.utf8))
            }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
}

import Foundation
