package org.yingzai.results;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.applications.IssuedResult;

@Mapper
interface ResultMapper {

  void insert(ResultDocument document);

  ResultDocument findByCode(@Param("code") String code);

  List<ResultDocument> findByApplication(@Param("applicationId") String applicationId);

  /** The enterprise's documents of one kind, newest first. */
  List<ResultDocument> findByEnterprise(
      @Param("enterpriseId") long enterpriseId,
      @Param("kind") IssuedResult.Kind kind,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countByEnterprise(
      @Param("enterpriseId") long enterpriseId, @Param("kind") IssuedResult.Kind kind);

  /** Revokes an application's approval document; answers how many were revoked. */
  int revoke(
      @Param("applicationId") String applicationId,
      @Param("at") Instant at,
      @Param("reason") String reason);

  /** Moves the kind's counter of the year on by one, creating it at 1. */
  void advanceCounter(@Param("kind") IssuedResult.Kind kind, @Param("year") int year);

  /** The value {@link #advanceCounter} left, on the same connection. */
  long lastCounterValue();
}
