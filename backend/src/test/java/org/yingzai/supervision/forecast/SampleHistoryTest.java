package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
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
    history.stopWriting();

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
  void theStopWaitsForTheWritersRollbackBeforeThePoolMayClose() throws Exception {
    CountDownLatch preparing = new CountDownLatch(1);
    CountDownLatch prepare = new CountDownLatch(1);
    when(connection.prepareStatement(anyString()))
        .thenAnswer(
            invocation -> {
              preparing.countDown();
              prepare.await(10, TimeUnit.SECONDS);
              return statement;
            });
    AtomicBoolean rolledBack = new AtomicBoolean();
    doAnswer(invocation -> rolledBack.getAndSet(true)).when(transactions).rollback(status);
    history.loadOnce();
    assertThat(preparing.await(10, TimeUnit.SECONDS)).isTrue();

    AtomicBoolean rolledBackWhenStopped = new AtomicBoolean();
    Thread stop =
        new Thread(
            () -> {
              history.stopWriting();
              rolledBackWhenStopped.set(rolledBack.get());
            });
    stop.start();
    // the stop waits for the writer, which is still preparing its first statement
    while (stop.getState() != Thread.State.TIMED_WAITING && stop.isAlive()) {
      Thread.onSpinWait();
    }
    assertThat(rolledBack).isFalse();
    prepare.countDown();
    stop.join(10_000);

    assertThat(rolledBackWhenStopped).isTrue();
    verify(statement, never()).executeQuery();
    verify(transactions, never()).commit(any());
  }

  @Test
  void aRollbackThatFailsIsSaidInTheWarningNotLoggedAsAnError(CapturedOutput output) {
    doThrow(new TransactionSystemException("the connection broke"))
        .when(transactions)
        .rollback(status);
    history.stopWriting();

    history.load();

    assertThat(output.getAll())
        .contains("Sample history not written before the stop; it is written at the next start")
        .contains("its rollback failed")
        .contains("the connection broke")
        .doesNotContain("ERROR");
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
