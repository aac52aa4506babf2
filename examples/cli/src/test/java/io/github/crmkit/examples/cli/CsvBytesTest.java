package io.github.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's CSV byte buffer: repeated cells are encoded once, whatever their hash. */
class CsvBytesTest {
  @Test
  void twoSegmentNamesSharingAHashSlotAreEachEncodedOnce() {
    // "Lost" and "Can't Lose Them" (Putler's segments) share a slot of the 64-slot table: before,
    // they evicted each other and were encoded again on almost every row.
    String lost = "Lost";
    String cantLose = "Can't Lose Them";
    assertThat(lost.hashCode() & 63).isEqualTo(cantLose.hashCode() & 63);
    CsvBytes sink = new CsvBytes(64);
    byte[] first = sink.bytesOf(lost);
    sink.bytesOf(cantLose);
    assertThat(sink.bytesOf(lost)).isSameAs(first);
    assertThat(sink.bytesOf(cantLose)).isSameAs(sink.bytesOf(cantLose));
  }

  @Test
  void repeatedCellsAreWrittenAsCellsAreWritten() {
    CsvBytes sink = new CsvBytes(16);
    for (String s : new String[] {"Lost", "Can't Lose Them", "=SUM(A1)", "a,b", "Lost"}) {
      sink.appendRepeated(s).append('\n');
    }
    assertThat(new String(sink.array(), 0, sink.length(), StandardCharsets.UTF_8))
        .isEqualTo(
            "Lost\nCan't Lose Them\n"
                + CsvText.cell("=SUM(A1)")
                + "\n"
                + CsvText.cell("a,b")
                + "\nLost\n");
  }
}
