package org.yingzai.applications;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The people who came to the counter, and the results handed over there. */
@Mapper
interface IntakeMapper {

  record PersonRow(
      String applicationId,
      String stationCode,
      String personName,
      IdType idType,
      String idNumberCipher,
      String idNumberMasked,
      boolean legalRepresentative,
      String authorizationFileName,
      String authorizationSha256,
      Long authorizationSizeBytes,
      String receivedBy,
      Instant receivedAt) {}

  record HandoverRow(
      String applicationId,
      String stationCode,
      String handedOverBy,
      Instant handedOverAt,
      String recipientName) {}

  void insertPerson(PersonRow row);

  PersonRow findPerson(@Param("applicationId") String applicationId);

  int setAuthorization(
      @Param("applicationId") String applicationId,
      @Param("fileName") String fileName,
      @Param("sha256") String sha256,
      @Param("size") long size);

  int updateResultDelivery(
      @Param("applicationId") String applicationId, @Param("delivery") ResultDelivery delivery);

  void insertHandover(HandoverRow row);

  HandoverRow findHandover(@Param("applicationId") String applicationId);
}
