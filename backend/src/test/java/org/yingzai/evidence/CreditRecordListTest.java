package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.yingzai.applications.ApplicationProgress;
import org.yingzai.audit.AuditTrail;
import org.yingzai.evidence.CreditRecordMapper.CreditRecordRow;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

class CreditRecordListTest {

  private final CreditRecordMapper mapper = mock(CreditRecordMapper.class);
  private final Enterprises enterprises = mock(Enterprises.class);
  private final CreditRecords records =
      new CreditRecords(
          mapper,
          mock(ApplicationProgress.class),
          enterprises,
          Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC),
          mock(AuditTrail.class),
          mock(MessageSource.class));

  @Test
  void aPageOfSeveralEnterprisesRecordsReadsTheirEnterprisesOnceAndCountsNothingWhenNotFull() {
    Enterprise first = new Enterprise(1, "91370500MA3YL8H2K0", "第一公司", "张三");
    Enterprise second = new Enterprise(2, "91370500MA3YL8H2K1", "第二公司", "李四");
    when(mapper.findPage(any(), anyLong(), anyInt()))
        .thenReturn(List.of(record(1, first), record(2, second), record(3, first)));
    when(enterprises.requireByIds(List.of(1L, 2L))).thenReturn(Map.of(1L, first, 2L, second));

    PageResponse<CreditRecordResponse> page = records.list(null, null, PageRequest.of(0, 20));

    assertThat(page.content())
        .extracting(response -> response.enterprise().name())
        .containsExactly("第一公司", "第二公司", "第一公司");
    assertThat(page.totalElements()).isEqualTo(3);
    verify(enterprises).requireByIds(List.of(1L, 2L));
    verify(enterprises, never()).requireById(anyLong());
    verify(mapper, never()).count(any());
  }

  private static CreditRecordRow record(long id, Enterprise enterprise) {
    return new CreditRecordRow(
        id,
        enterprise.id(),
        CreditRecordKind.DISHONEST_LIST,
        "列入失信名单",
        null,
        Instant.parse("2026-12-01T02:00:00Z"),
        "admin",
        null,
        null,
        null,
        null);
  }
}
