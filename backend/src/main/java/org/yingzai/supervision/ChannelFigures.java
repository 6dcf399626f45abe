package org.yingzai.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.Channel;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;
import org.yingzai.supervision.ChannelMapper.ChannelCount;

/**
 * The supervisor's figures by channel and station (受理渠道, 就近办理): how many applications were taken
 * online, in the hall and at each station in a period (by submission day), how many of them were
 * decided and how many by their promised deadline.
 */
@Service
class ChannelFigures {

  /** One channel, or one station of it; {@code onTimeRate} is null while nothing is decided. */
  record ChannelRow(
      Channel channel,
      String stationCode,
      String stationName,
      long taken,
      long decided,
      long decidedOnTime,
      Double onTimeRate) {}

  /** The period's figures, every channel and station that took something in it. */
  record ChannelFiguresResponse(
      LocalDate from, LocalDate to, long taken, long takenInPerson, List<ChannelRow> channels) {}

  private final ChannelMapper mapper;

  ChannelFigures(ChannelMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The figures of the applications submitted from {@code from} to {@code to}, both days included
   * (Asia/Shanghai).
   *
   * @throws ProblemException 400 {@code PERIOD_INVALID} when {@code to} is before {@code from}
   */
  @Transactional(readOnly = true)
  ChannelFiguresResponse figures(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ProblemException.badRequest("PERIOD_INVALID", from, to);
    }
    List<ChannelRow> rows =
        mapper
            .count(
                from.atStartOfDay(Times.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Times.ZONE).toInstant())
            .stream()
            .map(ChannelFigures::row)
            .toList();
    long taken = rows.stream().mapToLong(ChannelRow::taken).sum();
    long inPerson =
        rows.stream().filter(r -> r.channel() != Channel.ONLINE).mapToLong(ChannelRow::taken).sum();
    return new ChannelFiguresResponse(from, to, taken, inPerson, rows);
  }

  private static ChannelRow row(ChannelCount count) {
    return new ChannelRow(
        count.channel(),
        count.stationCode(),
        count.stationName(),
        count.taken(),
        count.decided(),
        count.decidedOnTime(),
        count.decided() == 0 ? null : (double) count.decidedOnTime() / count.decided());
  }
}
