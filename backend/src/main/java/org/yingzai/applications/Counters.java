package org.yingzai.applications;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.IntakeMapper.HandoverRow;
import org.yingzai.applications.IntakeMapper.PersonRow;
import org.yingzai.identity.Station;
import org.yingzai.identity.Stations;
import org.yingzai.shared.Times;

/** What is known of an application taken at the counter (the hall or a station), as it is shown. */
@Service
public class Counters {

  private final ApplicationMapper applications;
  private final IntakeMapper intake;
  private final Stations stations;

  Counters(ApplicationMapper applications, IntakeMapper intake, Stations stations) {
    this.applications = applications;
    this.intake = intake;
    this.stations = stations;
  }

  /**
   * The name of the person at the counter for a draft that a receiving clerk prepares with them;
   * empty for an application made online. No access check: the caller has made it.
   */
  @Transactional(readOnly = true)
  public Optional<String> personPresent(String applicationId) {
    ApplicationRow row = applications.findById(applicationId);
    if (row == null || !row.inPerson() || row.status() != ApplicationStatus.DRAFT) {
      return Optional.empty();
    }
    return Optional.ofNullable(intake.findPerson(applicationId)).map(PersonRow::personName);
  }

  /** The counter's part of the application; {@code null} for one made online. */
  InPerson of(ApplicationRow row) {
    if (!row.inPerson()) {
      return null;
    }
    PersonRow person = intake.findPerson(row.id());
    Station station = stations.find(row.stationCode()).orElseThrow();
    HandoverRow handover = intake.findHandover(row.id());
    return new InPerson(
        new InPerson.StationRef(
            station.code(), station.name(), station.address(), station.openingHours()),
        person == null ? null : person.personName(),
        person == null ? null : person.idType(),
        person == null ? null : person.idNumberMasked(),
        person != null && person.legalRepresentative(),
        person == null ? null : person.authorizationFileName(),
        person == null ? null : person.receivedBy(),
        person == null ? null : Times.local(person.receivedAt()),
        handover == null
            ? null
            : new InPerson.Handover(
                handover.handedOverBy(),
                Times.local(handover.handedOverAt()),
                handover.recipientName()));
  }
}
