package org.yingzai.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start without a database as what to set, without a stack trace. */
class NoDatabaseFailureAnalyzer
    extends AbstractFailureAnalyzer<DatabaseRequired.NoDatabaseException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, DatabaseRequired.NoDatabaseException cause) {
    return new FailureAnalysis(DatabaseRequired.MESSAGE, DatabaseRequired.ACTION, cause);
  }
}
