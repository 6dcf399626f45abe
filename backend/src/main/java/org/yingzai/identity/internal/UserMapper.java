package org.yingzai.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.identity.Role;

@Mapper
public interface UserMapper {

  /**
   * A user and their duties as a login reads them on every request, in one statement.
   *
   * @param duties the duties, comma-separated in no particular order; null when none
   */
  record LoginRow(UserAccount account, String duties) {

    LoginRow(
        String username,
        String passwordHash,
        String displayName,
        Role role,
        Long enterpriseId,
        String departmentCode,
        String stationCode,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        Instant createdAt,
        String duties) {
      this(
          new UserAccount(
              username,
              passwordHash,
              displayName,
              role,
              enterpriseId,
              departmentCode,
              stationCode,
              enabled,
              failedLogins,
              lockedUntil,
              createdAt),
          duties);
    }

    List<String> dutyList() {
      return duties == null ? List.of() : List.of(duties.split(","));
    }
  }

  UserAccount findByUsername(String username);

  LoginRow findLogin(String username);

  // row-locked until the transaction ends, so that concurrent failures are counted one by one
  UserAccount lockByUsername(String username);

  List<String> findDuties(String username);

  /** Enabled users of a role, of one department or of all when it is null. */
  List<String> findEnabledUsernames(
      @Param("role") Role role, @Param("departmentCode") String departmentCode);

  /** Enabled users of an enterprise. */
  List<String> findEnabledEnterpriseUsernames(@Param("enterpriseId") long enterpriseId);

  /** Enabled clerks of the department holding the duty, ordered by username. */
  boolean holdsDuty(@Param("username") String username, @Param("duty") String duty);

  List<String> findEnabledClerksWithDuty(
      @Param("departmentCode") String departmentCode, @Param("duty") String duty);

  /** The duties of each of the users, ordered by username and duty. */
  List<UserDuty> findDutiesOf(@Param("usernames") Collection<String> usernames);

  /** Users matching every given part ({@code null} parts do not narrow), ordered by username. */
  List<UserAccount> findPage(
      @Param("role") Role role,
      @Param("departmentCode") String departmentCode,
      @Param("enterpriseId") Long enterpriseId,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long count(
      @Param("role") Role role,
      @Param("departmentCode") String departmentCode,
      @Param("enterpriseId") Long enterpriseId);

  void insert(UserAccount user);

  /**
   * Writes what an administrator may change: password hash, display name, role, enabled and the
   * login state.
   */
  int update(UserAccount user);

  int deleteDuties(String username);

  void insertDuty(@Param("username") String username, @Param("duty") String duty);

  int updateLoginState(
      @Param("username") String username,
      @Param("failedLogins") int failedLogins,
      @Param("lockedUntil") Instant lockedUntil);
}
