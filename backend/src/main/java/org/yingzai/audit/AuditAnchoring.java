package org.yingzai.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.shared.Times;

/**
 * Writes the chain's head aside, in its own table and in the log: whoever cuts records off the end
 * of the chain must then also remove the anchors and the log lines that name them.
 */
@Service
class AuditAnchoring {

  private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);

  private final AuditMapper mapper;
  private final Clock clock;

  AuditAnchoring(AuditMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  @Transactional
  AuditAnchor anchor() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    AuditHead head = mapper.head();
    AuditAnchor anchor =
        new AuditAnchor(LocalDate.ofInstant(now, Times.ZONE), head.seq(), head.hash(), now);
    mapper.insertAnchor(anchor);
    log.info(
        "Audit trail anchored: day {}, seq {}, hash {}", anchor.day(), anchor.seq(), anchor.hash());
    return anchor;
  }
}
