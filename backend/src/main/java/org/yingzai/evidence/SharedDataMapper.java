package org.yingzai.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The shared data the local evidence providers serve, by credit code. */
@Mapper
interface SharedDataMapper {

  /** What one of our tables holds of an enterprise: the authority it came from and the fields. */
  interface SharedRecord {

    String authority();

    /** The fields in the order the applicant is shown them. */
    Map<String, Object> fields();
  }

  record MarketEntityRow(
      String creditCode,
      String name,
      String legalRepresentative,
      String status,
      String registeredCapital,
      String address,
      LocalDate establishedOn,
      String authority,
      Instant updatedAt)
      implements SharedRecord {

    @Override
    public Map<String, Object> fields() {
      return SharedDataMapper.fields(
          "creditCode", creditCode,
          "name", name,
          "legalRepresentative", legalRepresentative,
          "status", status,
          "registeredCapital", registeredCapital,
          "address", address,
          "establishedOn", establishedOn.toString());
    }
  }

  record TaxCreditRow(
      String creditCode, int year, String rating, String authority, Instant updatedAt)
      implements SharedRecord {

    @Override
    public Map<String, Object> fields() {
      return SharedDataMapper.fields(
          "creditCode", creditCode,
          "year", year,
          "rating", rating,
          "authority", authority);
    }
  }

  record SocialInsuranceRow(
      String creditCode,
      int monthsPaid,
      int insuredEmployees,
      boolean inArrears,
      String lastPaidMonth,
      String authority,
      Instant updatedAt)
      implements SharedRecord {

    @Override
    public Map<String, Object> fields() {
      return SharedDataMapper.fields(
          "creditCode", creditCode,
          "monthsPaid", monthsPaid,
          "insuredEmployees", insuredEmployees,
          "inArrears", inArrears,
          "lastPaidMonth", lastPaidMonth);
    }
  }

  MarketEntityRow findMarketEntity(@Param("creditCode") String creditCode);

  /** The rating of the latest year rated. */
  TaxCreditRow findLatestTaxCredit(@Param("creditCode") String creditCode);

  SocialInsuranceRow findSocialInsurance(@Param("creditCode") String creditCode);

  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
