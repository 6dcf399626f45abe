package org.yingzai.supervision.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.yingzai.clock.WorkingCalendar;

@ExtendWith(OutputCaptureExtension.class)
class SampleHistoryTest {

  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
  private final LatenessForecasts forecasts = mock(LatenessForecasts.class);
  private final TransactionStatus status = mock(TransactionStatus.class);
  private SampleHistory history;

  @BeforeEach
  void poolClosedUnderTheWriting() {
    when(transactions.getTransaction(any())).thenReturn(status);
    when(jdbc.queryForObject(anyString(), any(Class.class), any()))
        .thenThrow(new CannotGetJdbcConnectionException("the pool is closed"));
    doThrow(new TransactionSystemException("connection closed"))
        .when(transactions)
        .rollback(status);
    history =
        new SampleHistory(
            jdbc, mock(WorkingCalendar.class), forecasts, transactions, Clock.systemUTC());
  }

  @Test
  void aStopDuringTheWritingKeepsNothingAndLogsNoError(CapturedOutput output) {
    history.stopping();

    history.load();

    verify(transactions).rollback(status);
    verify(transactions, never()).commit(any());
    verify(forecasts, never()).refit();
    assertThat(output.getAll())
        .contains("Sample history not written before the stop")
        .doesNotContain("ERROR")
        .doesNotContain("Exception");
  }

  @Test
  void aFailureWhileRunningSaysWhy(CapturedOutput output) {
    history.load();

    verify(transactions, never()).commit(any());
    assertThat(output.getAll())
        .contains("Sample history not written (it is written at the next start)")
        .contains("the pool is closed")
        .doesNotContain("ERROR");
  }
}
