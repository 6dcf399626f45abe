package org.yingzai.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationSettingMapper {

  /** A user's channel choices; a user without a row has only the in-app inbox. */
  record SettingRow(
      String username,
      String email,
      boolean emailEnabled,
      String mobile,
      boolean smsEnabled,
      Instant updatedAt) {}

  SettingRow find(@Param("username") String username);

  /** The choices of every recipient that has any, in one query. */
  List<SettingRow> findAll(@Param("usernames") Collection<String> usernames);

  void upsert(SettingRow row);
}
