package org.yingzai.supervision.forecast;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SAMPLE DATA of the sample history: where its applications were taken (some at the town stations
 * that take in their item, some at the hall, the rest online) and the ratings of the finished ones,
 * a bad rating with its rectification answered (late now and then). Chosen by a checksum of the
 * number, so the same history gets the same mix.
 */
final class SampleVisitsAndRatings {

  private final JdbcTemplate jdbc;

  SampleVisitsAndRatings(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void write(String prefix, String actor, Instant now) {
    String numbers = prefix + "%";
    // half of the applications of an item a town station takes in were taken there, half of them
    // with the
    // result to be fetched there; the application of a bundle or a stage stays online
    jdbc.update(
        "UPDATE application a JOIN (SELECT si.item_code, MIN(si.station_code) AS station_code"
            + " FROM station_item si JOIN station s ON s.code = si.station_code"
            + " WHERE s.kind = 'STATION' GROUP BY si.item_code) st ON st.item_code = a.item_code"
            + " SET a.channel = 'STATION', a.station_code = st.station_code,"
            + " a.result_delivery = IF(CRC32(a.id) % 2 = 0, 'STATION', 'ONLINE')"
            + " WHERE a.number LIKE ? AND a.joint_group IS NULL AND CRC32(a.number) % 2 = 0"
            + " AND NOT EXISTS (SELECT 1 FROM project_application pa"
            + " WHERE pa.application_id = a.id)",
        numbers);
    // one in twelve of the others at the service hall's windows
    jdbc.update(
        "UPDATE application a JOIN (SELECT MIN(code) AS code FROM station WHERE kind = 'HALL') h"
            + " SET a.channel = 'HALL', a.station_code = h.code,"
            + " a.result_delivery = IF(CRC32(a.id) % 3 = 0, 'STATION', 'ONLINE')"
            + " WHERE a.number LIKE ? AND a.channel = 'ONLINE' AND a.joint_group IS NULL"
            + " AND CRC32(a.number) % 12 = 1 AND h.code IS NOT NULL"
            + " AND NOT EXISTS (SELECT 1 FROM project_application pa"
            + " WHERE pa.application_id = a.id)",
        numbers);
    // four in ten finished applications rated within two days; a bad rating only where its
    // rectification could have been answered by now
    Timestamp badBefore = Timestamp.from(now.minus(Duration.ofDays(12)));
    jdbc.update(
        "INSERT INTO rating (application_id, round, enterprise_id, rated_by, level,"
            + " department_code, item_code, rated_at)"
            + " SELECT id, 1, enterprise_id, ?,"
            + " CASE WHEN CRC32(number) % 100 < 3 AND finished_at < ? THEN 'VERY_DISSATISFIED'"
            + " WHEN CRC32(number) % 100 < 7 AND finished_at < ? THEN 'DISSATISFIED'"
            + " WHEN CRC32(number) % 100 < 15 THEN 'BASIC'"
            + " WHEN CRC32(number) % 100 < 45 THEN 'SATISFIED' ELSE 'VERY_SATISFIED' END,"
            + " department_code, item_code,"
            + " LEAST(finished_at + INTERVAL CRC32(id) % 48 HOUR, ?)"
            + " FROM application WHERE number LIKE ? AND status IN ('APPROVED', 'DENIED')"
            + " AND finished_at IS NOT NULL AND CRC32(id) % 10 < 4",
        actor, badBefore, badBefore, Timestamp.from(now), numbers);
    // called back the same day, rectified within days; one in six of those opened over 25 days
    // ago only after its 15 working days had passed
    Timestamp lateBefore = Timestamp.from(now.minus(Duration.ofDays(25)));
    jdbc.update(
        "INSERT INTO rectification (application_id, application_number, rating_id,"
            + " department_code, item_code, opened_at, status, call_back_level, rectify_level,"
            + " called_back_at, called_back_by, call_back_note, answered_at, answered_by,"
            + " handling)"
            + " SELECT r.application_id, a.number, r.id, r.department_code, r.item_code,"
            + " r.rated_at, 'ANSWERED', 'GREEN', IF(late, 'RED', 'GREEN'),"
            + " r.rated_at + INTERVAL 3 HOUR, ?, '已电话回访，了解不满意原因（样例数据）',"
            + " r.rated_at + INTERVAL IF(late, 24, 2 + CRC32(r.application_id) % 8) DAY, ?,"
            + " '已整改并答复申请人（样例数据）'"
            + " FROM (SELECT r.*, CRC32(r.application_id) % 6 = 0 AND r.rated_at < ? AS late"
            + " FROM rating r) r JOIN application a ON a.id = r.application_id"
            + " WHERE a.number LIKE ? AND r.level IN ('DISSATISFIED', 'VERY_DISSATISFIED')",
        actor, actor, lateBefore, numbers);
  }
}
