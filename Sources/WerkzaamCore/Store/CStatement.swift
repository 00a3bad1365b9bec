import GRDB
import GRDBSQLite

/// A prepared statement bound, stepped and read through SQLite's C API. GRDB's argument arrays cost an
/// allocation per value, which made writing a run's theme hits (1.3 M rows at 100 MB) its slowest step;
/// its `Row` converts every value read through its protocols (reading the stored documents this way cut a
/// 100 MB re-tag's read stage from 4.54 to 3.88 CPU s). An INSERT is run with `step`; a SELECT's rows with `next` and read by column number (from
/// 0), and `reset` when done early, so the statement holds no read lock.
struct CStatement {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func bind(_ index: Int32, _ value: String) {
        var value = value
        value.withUTF8 { b in
            if b.isEmpty {
                sqlite3_bind_text(handle, index, "", 0, Self.transient)
            } else {
                b.withMemoryRebound(to: CChar.self) { c in _ = sqlite3_bind_text(handle, index, c.baseAddress, Int32(c.count), Self.transient) }
            }
        }
    }

    func bind(_ index: Int32, _ value: String?) {
        if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: [UInt8]) {
        guard !value.isEmpty else {
            sqlite3_bind_zeroblob(handle, index, 0)  // an empty blob, not NULL
            return
        }
        value.withUnsafeBytes { b in _ = sqlite3_bind_blob(handle, index, b.baseAddress, Int32(b.count), Self.transient) }
    }

    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }

    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }

    /// Runs the bound row and resets the statement for the next one.
    func step() throws {
        if try next() { sqlite3_reset(handle) }  // an INSERT gives no row
    }

    /// Moves to the next row: false after the last one.
    func next() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return false
    }

    func reset() { sqlite3_reset(handle) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// Text as stored (NULL reads as "").
    func string(_ column: Int32) -> String {
        guard let text = sqlite3_column_text(handle, column) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    func optionalString(_ column: Int32) -> String? { isNull(column) ? nil : string(column) }

    /// A blob's bytes (NULL or empty reads as []).
    func bytes(_ column: Int32) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: blob, count: count))
    }

    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }

    func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
}
