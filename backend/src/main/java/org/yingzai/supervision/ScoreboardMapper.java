package org.yingzai.supervision;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.catalog.Disposition;

/** The public scoreboard's counts, each over our own tables for a period [from, to). */
@Mapper
interface ScoreboardMapper {

  record DispositionCount(Disposition disposition, long proofs) {}

  /** Applications by where they were taken and how their results go, submitted in the period. */
  record Taken(long taken, long atStations, long inPerson) {}

  /** Applications finished in the period: all, and those neither taken nor delivered in person. */
  record Finished(long finished, long withoutVisit) {}

  /** Decisions (approvals and denials) in the period, by the promised and the legal deadline. */
  record Decided(long decided, long byPromised, long byLegal) {}

  record Ratings(long ratings, long satisfied) {}

  record Rectifications(long opened, long answered, long answeredInTime) {}

  List<DispositionCount> proofsByDisposition();

  long uploadsSaved(@Param("from") Instant from, @Param("to") Instant to);

  long itemsAtStations();

  Taken taken(@Param("from") Instant from, @Param("to") Instant to);

  Finished finished(@Param("from") Instant from, @Param("to") Instant to);

  Decided decided(@Param("from") Instant from, @Param("to") Instant to);

  Ratings ratings(@Param("from") Instant from, @Param("to") Instant to);

  Rectifications rectifications(@Param("from") Instant from, @Param("to") Instant to);
}
