package org.yingzai.results;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface JointResultMapper {

  record JointResultRow(
      String code,
      String groupKey,
      String documentNumber,
      String title,
      long enterpriseId,
      String holderName,
      String holderCreditCode,
      String subject,
      boolean passed,
      Instant issuedAt,
      String sha256,
      long size) {}

  void insert(JointResultRow row);

  JointResultRow findByGroup(@Param("groupKey") String groupKey);

  JointResultRow findByCode(@Param("code") String code);
}
