package org.yingzai.evidence;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The shared data the local evidence providers serve, by credit code. */
@Mapper
interface SharedDataMapper {

  record MarketEntityRow(
      String creditCode,
      String name,
      String legalRepresentative,
      String status,
      String registeredCapital,
      String address,
      LocalDate establishedOn,
      String authority,
      Instant updatedAt) {}

  record TaxCreditRow(
      String creditCode, int year, String rating, String authority, Instant updatedAt) {}

  record SocialInsuranceRow(
      String creditCode,
      int monthsPaid,
      int insuredEmployees,
      boolean inArrears,
      String lastPaidMonth,
      String authority,
      Instant updatedAt) {}

  MarketEntityRow findMarketEntity(@Param("creditCode") String creditCode);

  /** The rating of the latest year rated. */
  TaxCreditRow findLatestTaxCredit(@Param("creditCode") String creditCode);

  SocialInsuranceRow findSocialInsurance(@Param("creditCode") String creditCode);
}
