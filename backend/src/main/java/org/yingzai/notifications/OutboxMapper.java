package org.yingzai.notifications;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OutboxMapper {

  void insertAll(@Param("messages") List<OutboxMessage> messages);

  /** Locks the due messages no other sender holds; call in the claim's own transaction. */
  List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

  int claim(
      @Param("ids") List<Long> ids, @Param("claim") String claim, @Param("until") Instant until);

  List<OutboxMessage> findClaimed(@Param("claim") String claim);

  int markSent(@Param("id") long id, @Param("claim") String claim, @Param("at") Instant at);

  int markRetry(
      @Param("id") long id,
      @Param("claim") String claim,
      @Param("nextAttemptAt") Instant nextAttemptAt,
      @Param("error") String error);

  int markFailed(@Param("id") long id, @Param("claim") String claim, @Param("error") String error);

  /** The messages due to be sent by now and not sent yet. */
  long countDue(@Param("now") Instant now);
}
