package org.yingzai.catalog;

import java.util.List;

/**
 * A catalogue file read as text: its header and its data rows, each with its line as a spreadsheet
 * shows it (the header is line 1). Blank rows are left out.
 *
 * @param headerLine the line of the header, 1 unless blank rows come first
 */
record ProofSheet(int headerLine, List<String> header, List<Row> rows) {

  record Row(int line, List<String> cells) {

    /** The cell of the column, {@code null} where the row is shorter. */
    String cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }
  }

  /** Thrown while reading when a file has more data rows than allowed. */
  static final class TooManyRows extends RuntimeException {

    TooManyRows() {
      super(null, null, false, false);
    }
  }

  /** Thrown while reading when a file's content is not what its format promises. */
  static final class Unreadable extends RuntimeException {

    private final int line;

    /**
     * @param line where reading failed, 0 when unknown
     */
    Unreadable(int line, String reason, Throwable cause) {
      super(reason, cause);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  /** Thrown while reading a CSV file that is not UTF-8. */
  static final class NotUtf8 extends RuntimeException {

    NotUtf8() {
      super(null, null, false, false);
    }
  }

  static boolean blank(List<String> cells) {
    return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
  }
}
