package org.yingzai.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.IntakeMapper.HandoverRow;
import org.yingzai.applications.IntakeMapper.PersonRow;
import org.yingzai.applications.IntakeRequests.IntakeRequest;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Station;
import org.yingzai.identity.Stations;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Sha256;

/**
 * Applications taken at the counter of the hall or a town station (收受分离: the receiving clerk takes
 * it, the department decides): the draft for an enterprise that is present, the person who came,
 * their authorization letter, where they get the result, and its handover at the station. The
 * draft's materials, commitments and submission are those of any draft, by the receiving clerk.
 */
@Service
class Intakes {

  private final ApplicationMapper applications;
  private final IntakeMapper intake;
  private final ApplicationAccess access;
  private final ApplicationViews views;
  private final Catalog catalog;
  private final Stations stations;
  private final Enterprises enterprises;
  private final IdNumbers idNumbers;
  private final MaterialFiles files;
  private final IssuedResults results;
  private final Idempotency idempotency;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final Clock clock;
  private final AuditTrail audit;

  Intakes(
      ApplicationMapper applications,
      IntakeMapper intake,
      ApplicationAccess access,
      ApplicationViews views,
      Catalog catalog,
      Stations stations,
      Enterprises enterprises,
      IdNumbers idNumbers,
      MaterialFiles files,
      IssuedResults results,
      Idempotency idempotency,
      ObjectMapper json,
      MessageSource messages,
      Clock clock,
      AuditTrail audit) {
    this.applications = applications;
    this.intake = intake;
    this.access = access;
    this.views = views;
    this.catalog = catalog;
    this.stations = stations;
    this.enterprises = enterprises;
    this.idNumbers = idNumbers;
    this.files = files;
    this.results = results;
    this.idempotency = idempotency;
    this.json = json;
    this.messages = messages;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * A draft taken at the receiving clerk's station for an enterprise that is present, found (or
   * registered) by its credit code, with the person who came.
   *
   * @throws ProblemException 403 {@code INTAKE_NOT_ALLOWED} for anyone but a receiving clerk at a
   *     station; 400 {@code ITEM_NOT_OFFERED_AT_STATION}; 400 {@code ID_NUMBER_INVALID}; 404 {@code
   *     ENTERPRISE_NOT_FOUND} for an unknown credit code without the name and legal representative
   *     to register it; 400 {@code FORM_INVALID}
   */
  @Transactional
  ApplicationResponse take(IntakeRequest request, String idempotencyKey) {
    AuthenticatedUser user = CurrentUser.get();
    Station station = requireStation(user);
    String requestHash =
        Sha256.of(
            request.itemCode()
                + "\n"
                + request.enterpriseCreditCode()
                + "\n"
                + request.person().idNumber()
                + "\n"
                + request.form());
    if (idempotencyKey != null) {
      String earlier =
          idempotency.earlier(user, idempotencyKey, Idempotency.Operation.CREATE, requestHash);
      if (earlier != null) {
        return views.current(earlier);
      }
    }
    ServiceItem item = catalog.requireItem(request.itemCode());
    if (!stations.offers(station, item.code())) {
      throw ProblemException.badRequest("ITEM_NOT_OFFERED_AT_STATION", item.name(), station.name());
    }
    IdType idType = request.person().idType();
    String idNumber = IdNumbers.requireValid(idType, request.person().idNumber());
    JsonNode form =
        ApplicationForms.clean(
            request.form() == null ? JsonNodeFactory.instance.objectNode() : request.form(),
            item.form(),
            ApplicationForms.Completeness.ANY,
            messages);
    Enterprise enterprise = enterprise(request);
    Instant now = clock.instant();
    ApplicationRow row =
        ApplicationRow.draft(
            UUID.randomUUID().toString(),
            item.code(),
            item.department().code(),
            item.handlingType(),
            enterprise.id(),
            user.username(),
            station.isHall() ? Channel.HALL : Channel.STATION,
            station.code(),
            write(form),
            now);
    applications.insert(row);
    ResultDelivery delivery =
        request.resultDelivery() == null ? ResultDelivery.ONLINE : request.resultDelivery();
    if (delivery != ResultDelivery.ONLINE) {
      intake.updateResultDelivery(row.id(), delivery);
    }
    String masked = IdNumbers.mask(idType, idNumber);
    intake.insertPerson(
        new PersonRow(
            row.id(),
            station.code(),
            request.person().name().strip(),
            idType,
            idNumbers.encrypt(idNumber),
            masked,
            request.person().legalRepresentative(),
            null,
            null,
            null,
            user.username(),
            now));
    if (idempotencyKey != null) {
      idempotency.remember(
          user, idempotencyKey, Idempotency.Operation.CREATE, requestHash, row.id(), now);
    }
    audit.record(
        ApplicationAuditAction.DRAFT_CREATED,
        AuditObject.application(row.id()),
        null,
        Map.of("itemCode", item.code(), "formSha256", Sha256.of(row.formJson())));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("channel", row.channel());
    change.put("stationCode", station.code());
    change.put("enterpriseCreditCode", enterprise.creditCode());
    change.put("personName", request.person().name().strip());
    change.put("idType", idType);
    change.put("idNumber", masked);
    change.put("legalRepresentative", request.person().legalRepresentative());
    change.put("resultDelivery", delivery);
    audit.record(
        ApplicationAuditAction.TAKEN_IN_PERSON, AuditObject.application(row.id()), null, change);
    return views.current(row.id());
  }

  /** A create that lost the race for its Idempotency-Key answers what the winner did. */
  @Transactional(readOnly = true)
  ApplicationResponse replay(String idempotencyKey) {
    return views.current(
        idempotency.winner(CurrentUser.get(), idempotencyKey, Idempotency.Operation.CREATE));
  }

  /**
   * The authorization letter of a person who is not the legal representative, scanned into the
   * draft; a second scan replaces the first.
   *
   * @throws ProblemException 404 for a draft the clerk does not prepare; 409 {@code
   *     APPLICATION_NOT_DRAFT}; 400 {@code AUTHORIZATION_NOT_NEEDED} for the legal representative
   */
  @Transactional
  ApplicationResponse scanAuthorization(
      String applicationId, String fileName, InputStream content) {
    ApplicationRow row = access.lockOwned(applicationId);
    PersonRow person = row.inPerson() ? intake.findPerson(row.id()) : null;
    if (person == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (row.status() != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("APPLICATION_NOT_DRAFT", row.number(), row.status());
    }
    if (person.legalRepresentative()) {
      throw ProblemException.badRequest("AUTHORIZATION_NOT_NEEDED", person.personName());
    }
    MaterialFiles.StoredUpload stored = files.storeUpload(fileName, content);
    intake.setAuthorization(
        row.id(), stored.fileName(), stored.file().sha256(), stored.file().size());
    audit.record(
        ApplicationAuditAction.AUTHORIZATION_SCANNED,
        AuditObject.application(row.id()),
        null,
        Map.of("fileName", stored.fileName(), "sha256", stored.file().sha256()));
    return views.current(row.id());
  }

  /**
   * What a submission of a draft taken at the counter needs beyond its materials: the authorization
   * letter of anyone but the legal representative.
   *
   * @throws ProblemException 400 {@code AUTHORIZATION_LETTER_MISSING}
   */
  void requireReady(ApplicationRow row) {
    if (!row.inPerson()) {
      return;
    }
    PersonRow person = intake.findPerson(row.id());
    if (person == null) {
      throw new IllegalStateException("No person recorded for " + row.id());
    }
    if (!person.legalRepresentative() && person.authorizationSha256() == null) {
      throw ProblemException.badRequest("AUTHORIZATION_LETTER_MISSING", person.personName());
    }
  }

  /**
   * Where the applicant gets the result, chosen by whoever prepares the draft, and by the
   * enterprise until the application is finished: online, or at the station that took it.
   *
   * @throws ProblemException 400 {@code RESULT_AT_STATION_UNAVAILABLE} for an application made
   *     online; 409 {@code RESULT_DELIVERY_CLOSED}
   */
  @Transactional
  ApplicationResponse chooseDelivery(String applicationId, ResultDelivery delivery) {
    ApplicationRow row = access.lockOwned(applicationId);
    if (row.status().isFinished()) {
      throw ProblemException.conflict("RESULT_DELIVERY_CLOSED", row.number(), row.status());
    }
    if (delivery == ResultDelivery.STATION && !row.inPerson()) {
      throw ProblemException.badRequest("RESULT_AT_STATION_UNAVAILABLE");
    }
    if (delivery != row.resultDelivery()) {
      intake.updateResultDelivery(row.id(), delivery);
      audit.record(
          ApplicationAuditAction.RESULT_DELIVERY_CHOSEN,
          AuditObject.application(row.id()),
          null,
          Map.of("resultDelivery", delivery));
    }
    return views.current(row.id());
  }

  /**
   * The receiving clerk of the station that took the application hands its result over, once, and
   * records to whom.
   *
   * @throws ProblemException 404 for an application not taken at the clerk's station; 409 {@code
   *     RESULT_DELIVERED_ONLINE}, {@code RESULT_NOT_READY} or {@code RESULT_ALREADY_HANDED_OVER}
   */
  @Transactional
  ApplicationResponse handOver(String applicationId, String recipientName) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = applicationId == null ? null : applications.lockById(applicationId);
    if (row == null || !ApplicationAccess.takenWhereTheyReceive(user, row)) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    if (row.resultDelivery() != ResultDelivery.STATION) {
      throw ProblemException.conflict("RESULT_DELIVERED_ONLINE", row.number());
    }
    if (!row.status().isFinished() || results.of(row.id()).isEmpty()) {
      throw ProblemException.conflict("RESULT_NOT_READY", row.number(), row.status());
    }
    if (intake.findHandover(row.id()) != null) {
      throw ProblemException.conflict("RESULT_ALREADY_HANDED_OVER", row.number());
    }
    Instant now = clock.instant();
    intake.insertHandover(
        new HandoverRow(row.id(), row.stationCode(), user.username(), now, recipientName.strip()));
    audit.record(
        ApplicationAuditAction.RESULT_HANDED_OVER,
        AuditObject.application(row.id()),
        null,
        Map.of("stationCode", row.stationCode(), "recipientName", recipientName.strip()));
    return views.current(row.id());
  }

  private Station requireStation(AuthenticatedUser user) {
    if (!ApplicationAccess.receives(user)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, "INTAKE_NOT_ALLOWED");
    }
    return stations
        .find(user.stationCode())
        .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "INTAKE_NOT_ALLOWED"));
  }

  private Enterprise enterprise(IntakeRequest request) {
    String code = request.enterpriseCreditCode().strip();
    return enterprises
        .findByCreditCode(code)
        .orElseGet(
            () -> {
              if (request.enterpriseName() == null && request.legalRepresentativeName() == null) {
                return enterprises.requireByCreditCode(code);
              }
              return enterprises.register(
                  code, request.enterpriseName(), request.legalRepresentativeName());
            });
  }

  private String write(JsonNode form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
