package org.yingzai.clock;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StepWarningChangeMapper {

  record StepWarningChangeRow(
      Long id,
      String applicationId,
      String taskId,
      String taskKey,
      String step,
      WarningLevel levelFrom,
      WarningLevel levelTo,
      Instant at,
      Instant dueAt,
      Integer daysLeft,
      WarningCause cause) {}

  void insert(StepWarningChangeRow row);

  List<StepWarningChangeRow> findByApplication(@Param("applicationId") String applicationId);
}
