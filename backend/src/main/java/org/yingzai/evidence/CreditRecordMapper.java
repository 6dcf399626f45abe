package org.yingzai.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Credit records (信用记录); an active one puts its enterprise on the dishonesty list. */
@Mapper
interface CreditRecordMapper {

  record CreditRecordRow(
      Long id,
      long enterpriseId,
      CreditRecordKind kind,
      String reason,
      String sourceApplicationId,
      Instant recordedAt,
      String recordedBy,
      LocalDate validUntil,
      Instant liftedAt,
      String liftedBy,
      String liftReason) {

    /** Not lifted, and its last day (if it has one) not before {@code today}. */
    boolean activeOn(LocalDate today) {
      return liftedAt == null && (validUntil == null || !validUntil.isBefore(today));
    }
  }

  /** Which records a list shows; {@code null} parts do not narrow. */
  record Filter(Long enterpriseId, Boolean active, LocalDate today) {}

  void insert(CreditRecordRow row);

  @Select("SELECT LAST_INSERT_ID()")
  long lastInsertId();

  CreditRecordRow findById(@Param("id") long id);

  CreditRecordRow lockById(@Param("id") long id);

  /** The enterprise's records active on {@code today}, newest first. */
  List<CreditRecordRow> findActive(
      @Param("enterpriseId") long enterpriseId, @Param("today") LocalDate today);

  List<CreditRecordRow> findPage(
      @Param("filter") Filter filter, @Param("offset") long offset, @Param("limit") int limit);

  long count(@Param("filter") Filter filter);

  int lift(
      @Param("id") long id,
      @Param("at") Instant at,
      @Param("by") String by,
      @Param("reason") String reason);
}
