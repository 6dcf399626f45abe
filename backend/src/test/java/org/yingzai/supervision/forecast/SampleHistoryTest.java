package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.yingzai.clock.WorkingCalendar;

@ExtendWith(OutputCaptureExtension.class)
class SampleHistoryTest {

  private final DataSource dataSource = mock(DataSource.class);
  private final Connection connection = mock(Connection.class);
  private final PreparedStatement statement = mock(PreparedStatement.class);
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
  private final LatenessForecasts forecasts = mock(LatenessForecasts.class);
  private final TransactionStatus status = mock(TransactionStatus.class);
  private SampleHistory history;

  @BeforeEach
  void history() throws SQLException {
    when(transactions.getTransaction(any())).thenReturn(status);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.prepareStatement(anyString())).thenReturn(statement);
    history =
        new SampleHistory(
            dataSource, mock(WorkingCalendar.class), forecasts, transactions, Clock.systemUTC());
  }

  @Test
  void aStopRefusesTheNextStatementAndRollsBackWithoutAnError(CapturedOutput output)
      throws Exception {
    history.stopping();

    history.load();

    verify(statement, never()).executeQuery();
    verify(transactions).rollback(status);
    verify(transactions, never()).commit(any());
    verify(forecasts, never()).refit();
    assertThat(output.getAll())
        .contains("Sample history not written before the stop; it is written at the next start")
        .doesNotContain("ERROR")
        .doesNotContain("Exception");
  }

  @Test
  void aFailureWhileRunningSaysWhy(CapturedOutput output) throws SQLException {
    when(dataSource.getConnection()).thenThrow(new SQLException("the database is gone"));

    history.load();

    verify(transactions).rollback(status);
    verify(transactions, never()).commit(any());
    assertThat(output.getAll())
        .contains("Sample history not written (it is written at the next start)")
        .contains("the database is gone")
        .doesNotContain("ERROR");
  }
}
