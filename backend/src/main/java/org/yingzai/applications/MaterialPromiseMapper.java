package org.yingzai.applications;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MaterialPromiseMapper {

  record PromiseRow(
      Long id,
      String applicationId,
      String materialCode,
      int days,
      String promiseText,
      String promisedBy,
      Instant promisedAt,
      Instant dueAt,
      PromiseStatus status,
      Instant suppliedAt,
      Long suppliedMaterialId,
      Instant brokenAt,
      String processInstanceId) {}

  void insert(
      @Param("applicationId") String applicationId,
      @Param("materialCode") String materialCode,
      @Param("days") int days,
      @Param("text") String text,
      @Param("by") String by,
      @Param("at") Instant at);

  /** The application's promises in the order they were made (uk_material_promise). */
  List<PromiseRow> findByApplication(@Param("applicationId") String applicationId);

  PromiseRow lockById(@Param("id") long id);

  int setDue(
      @Param("id") long id,
      @Param("dueAt") Instant dueAt,
      @Param("processInstanceId") String processInstanceId);

  int markSupplied(
      @Param("id") long id, @Param("at") Instant at, @Param("materialId") long materialId);

  int markBroken(@Param("id") long id, @Param("at") Instant at);

  int markCancelled(@Param("id") long id);
}
