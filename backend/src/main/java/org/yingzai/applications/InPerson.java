package org.yingzai.applications;

import java.time.OffsetDateTime;

/**
 * An application taken at the counter: the station, the person who came (the ID number masked,
 * never in full), the authorization letter they brought, and the result's handover there.
 *
 * @param authorizationFileName {@code null} for the legal representative, or until it is scanned
 * @param handover {@code null} until the result is handed over at the station
 */
public record InPerson(
    StationRef station,
    String personName,
    IdType idType,
    String idNumberMasked,
    boolean legalRepresentative,
    String authorizationFileName,
    String receivedBy,
    OffsetDateTime receivedAt,
    Handover handover) {

  public record StationRef(String code, String name, String address, String openingHours) {}

  public record Handover(String handedOverBy, OffsetDateTime handedOverAt, String recipientName) {}
}
