import Foundation

public enum SystemInfo {
    public static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
