package org.yingzai.clock;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WarningChangeMapper {

  record WarningChangeRow(
      Long id,
      String applicationId,
      WarningLevel levelFrom,
      WarningLevel levelTo,
      Instant at,
      Instant deadline,
      Integer daysLeft,
      WarningCause cause) {}

  void insert(WarningChangeRow row);

  List<WarningChangeRow> findByApplication(@Param("applicationId") String applicationId);

  /** The level of the latest change; {@code null} when none was recorded. */
  WarningLevel findLastLevel(@Param("applicationId") String applicationId);
}
