package org.yingzai.notifications;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

  record NotificationRow(
      Long id,
      String recipient,
      String kind,
      String applicationId,
      String title,
      String body,
      Instant createdAt,
      Instant readAt) {}

  void insert(NotificationRow row);

  List<NotificationRow> findPage(
      @Param("recipient") String recipient,
      @Param("unread") boolean unread,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(@Param("recipient") String recipient, @Param("unread") boolean unread);

  int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);

  NotificationRow findOwn(@Param("id") long id, @Param("recipient") String recipient);

  List<NotificationRow> findForApplication(
      @Param("recipient") String recipient,
      @Param("applicationId") String applicationId,
      @Param("limit") int limit);
}
