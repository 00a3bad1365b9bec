import WerkzaamCore

/// `analyze --timings`: seconds and MB/s per stage, document stages (CPU, all workers) first.
enum StageTable {
    static func print(_ times: StageTimes, bytes: Int, to terminal: Terminal) {
        let mb = Double(bytes) / 1_048_576
        terminal.line("stage                            seconds      MB/s")
        for (stage, s) in times.seconds {
            let kind = StageTimes.documentStages.contains(stage) ? "cpu " : "wall"
            let rate = s >= 0.0005 ? String(format: "%9.1f", mb / s) : "        –"  // no rate for what rounds to 0.000 s
            terminal.line(stage.padding(toLength: 26, withPad: " ", startingAt: 0) + " " + kind + String(format: " %8.3f", s) + " " + rate)
        }
        let wall = times.seconds.filter { !StageTimes.overlaps($0.0) }.reduce(0) { $0 + $1.1 }
        terminal.line("total (wall)".padding(toLength: 26, withPad: " ", startingAt: 0) + "      " + String(format: "%8.3f %9.1f", wall, wall > 0 ? mb / wall : 0))
    }
}
