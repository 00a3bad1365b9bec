import GRDB
import GRDBSQLite

/// A prepared INSERT bound and stepped through SQLite's C API. GRDB's argument arrays cost an allocation
/// per value, which made writing a run's theme hits (1.3 M rows at 100 MB) its slowest step.
struct RowWriter {
    private let statement: Statement
    private let db: Database
    private var handle: OpaquePointer { statement.sqliteStatement }
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
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
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
