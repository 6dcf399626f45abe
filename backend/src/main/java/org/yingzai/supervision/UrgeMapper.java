package org.yingzai.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface UrgeMapper {

  record UrgeRow(
      Long id,
      String applicationId,
      String departmentCode,
      String urgedBy,
      Instant urgedAt,
      String reason,
      String answeredBy,
      Instant answeredAt,
      String feedback,
      String applicationNumber,
      String itemName) {}

  void insert(UrgeRow row);

  @Select("SELECT LAST_INSERT_ID()")
  long lastInsertId();

  UrgeRow findById(@Param("id") long id);

  UrgeRow lockById(@Param("id") long id);

  int answer(
      @Param("id") long id,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("feedback") String feedback);

  List<UrgeRow> findPage(
      @Param("departmentCode") String departmentCode,
      @Param("open") Boolean open,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("departmentCode") String departmentCode, @Param("open") Boolean open);

  List<UrgeRow> findByApplication(@Param("applicationId") String applicationId);
}
