package org.yingzai.identity.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UserMapper {

  UserAccount findByUsername(String username);

  // row-locked until the transaction ends, so that concurrent failures are counted one by one
  UserAccount lockByUsername(String username);

  List<String> findDuties(String username);

  void insert(UserAccount user);

  void insertDuty(@Param("username") String username, @Param("duty") String duty);

  int updateLoginState(
      @Param("username") String username,
      @Param("failedLogins") int failedLogins,
      @Param("lockedUntil") Instant lockedUntil);
}
