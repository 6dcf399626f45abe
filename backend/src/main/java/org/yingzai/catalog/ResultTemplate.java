package org.yingzai.catalog;

import java.util.List;

/**
 * What an item's approval issues: a licence (许可证) or an approval decision (准予行政许可决定书).
 *
 * @param title the document's title, e.g. 建设工程规划许可证
 * @param validityMonths months from the day of issue; {@code null} when it is valid without limit
 * @param fields the item's form fields printed on the document, in order
 */
public record ResultTemplate(
    DocumentKind documentKind, String title, Integer validityMonths, List<FormField> fields) {

  /** The two kinds of document an approval issues. */
  public enum DocumentKind {
    LICENCE,
    DECISION
  }

  public static final String DECISION_TITLE = "准予行政许可决定书";

  public ResultTemplate {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** What an item without a template of its own issues. */
  public static ResultTemplate standardDecision() {
    return new ResultTemplate(DocumentKind.DECISION, DECISION_TITLE, null, List.of());
  }
}
