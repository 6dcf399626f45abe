package org.yingzai.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.identity.Station;
import org.yingzai.identity.Stations;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.Times;

/** Users as the administrator sees them: one with everything about them, and the lists. */
@Service
class UserViews {

  private final UserMapper users;
  private final Enterprises enterprises;
  private final Departments departments;
  private final Stations stations;
  private final Clock clock;

  UserViews(
      UserMapper users,
      Enterprises enterprises,
      Departments departments,
      Stations stations,
      Clock clock) {
    this.users = users;
    this.enterprises = enterprises;
    this.departments = departments;
    this.stations = stations;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  UserResponse get(String username) {
    UserAccount account = username == null ? null : users.findByUsername(username);
    if (account == null) {
      throw ProblemException.notFound("USER_NOT_FOUND", username);
    }
    return view(account, users.findDuties(username));
  }

  // an unknown enterprise credit code narrows to nobody
  @Transactional(readOnly = true)
  PageResponse<UserResponse> list(
      Role role, String departmentCode, String enterpriseCreditCode, PageRequest page) {
    String department = UserRules.blankToNull(departmentCode);
    String creditCode = UserRules.blankToNull(enterpriseCreditCode);
    if (creditCode == null) {
      return page(role, department, null, page);
    }
    return enterprises
        .findByCreditCode(creditCode)
        .map(enterprise -> page(role, department, enterprise.id(), page))
        .orElseGet(() -> new PageResponse<>(List.of(), page.page(), page.size(), 0));
  }

  private PageResponse<UserResponse> page(
      Role role, String department, Long enterpriseId, PageRequest page) {
    return PageResponse.read(
        views(users.findPage(role, department, enterpriseId, page.offset(), page.size())),
        page,
        () -> users.count(role, department, enterpriseId));
  }

  /** The user as just written, in the writer's transaction. */
  UserResponse view(UserAccount account, List<String> duties) {
    Enterprise enterprise =
        account.enterpriseId() == null
            ? null
            : enterprises.findById(account.enterpriseId()).orElse(null);
    return view(
        account,
        duties,
        enterprise,
        departments.find(account.departmentCode()).orElse(null),
        stations.find(account.stationCode()).orElse(null),
        clock.instant());
  }

  // a page in four queries whatever its size: users, their duties, enterprises, reference data
  private List<UserResponse> views(List<UserAccount> accounts) {
    if (accounts.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> duties = new HashMap<>();
    users
        .findDutiesOf(accounts.stream().map(UserAccount::username).toList())
        .forEach(d -> duties.computeIfAbsent(d.username(), k -> new ArrayList<>()).add(d.duty()));
    Set<Long> enterpriseIds =
        accounts.stream()
            .map(UserAccount::enterpriseId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Map<Long, Enterprise> enterprisesById = enterprises.requireByIds(enterpriseIds);
    Map<String, Department> departmentsByCode =
        departments.findAll().stream()
            .collect(Collectors.toMap(Department::code, Function.identity()));
    Map<String, Station> stationsByCode =
        stations.findAll().stream().collect(Collectors.toMap(Station::code, Function.identity()));
    Instant now = clock.instant();
    return accounts.stream()
        .map(
            account ->
                view(
                    account,
                    duties.getOrDefault(account.username(), List.of()),
                    account.enterpriseId() == null
                        ? null
                        : enterprisesById.get(account.enterpriseId()),
                    account.departmentCode() == null
                        ? null
                        : departmentsByCode.get(account.departmentCode()),
                    account.stationCode() == null
                        ? null
                        : stationsByCode.get(account.stationCode()),
                    now))
        .toList();
  }

  private static UserResponse view(
      UserAccount account,
      List<String> duties,
      Enterprise enterprise,
      Department department,
      Station station,
      Instant now) {
    return new UserResponse(
        account.username(),
        account.displayName(),
        account.role(),
        enterprise == null
            ? null
            : new UserResponse.EnterpriseSummary(
                enterprise.id(), enterprise.creditCode(), enterprise.name()),
        department,
        station,
        List.copyOf(duties),
        account.enabled(),
        account.lockedAt(now),
        account.failedLogins(),
        Times.local(account.lockedUntil()),
        Times.local(account.createdAt()));
  }
}
