package org.yingzai.shared;

/**
 * Tells a lost or refused database connection (a dropped network, a database restart) from other
 * failures: what failed for that reason kept nothing and may be tried again.
 */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /** Whether the failure is a lost or refused connection to the database, at any depth. */
  public static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLRecoverableException
          || cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof org.springframework.dao.DataAccessResourceFailureException
          || cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
        return true;
      }
      // a rollback that failed on the lost connection hides the failure that caused it
      if (cause instanceof org.springframework.transaction.TransactionSystemException rollback
          && rollback.getApplicationException() != null
          && unreachable(rollback.getApplicationException())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
