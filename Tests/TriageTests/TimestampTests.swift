import Foundation
import Testing

@testable import Triage

@Suite struct TimestampTests {
  /// Milliseconds survive the trip through `Date` whatever their value (a Double cannot hold
  /// every millisecond exactly, so rounding down would lose one about half the time).
  @Test(arguments: [Int64(0), 1, 3, 999, 1_001, 123_456_789, 1_700_000_000_123, -1, -86_400_001])
  func millisecondsRoundTripThroughDates(milliseconds: Int64) {
    #expect(Timestamps.milliseconds(Timestamps.date(milliseconds)) == milliseconds)
  }
}
