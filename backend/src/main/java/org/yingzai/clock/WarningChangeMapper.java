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
      String levelFrom,
      String levelTo,
      Instant at,
      Instant deadline,
      Integer daysLeft,
      String cause) {}

  void insert(WarningChangeRow row);

  List<WarningChangeRow> findByApplication(@Param("applicationId") String applicationId);

  /** The level of the latest change; {@code null} when none was recorded. */
  String findLastLevel(@Param("applicationId") String applicationId);
}
