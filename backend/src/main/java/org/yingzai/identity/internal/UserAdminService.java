package org.yingzai.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CreditCodes;
import org.yingzai.identity.CurrentUser;
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

/**
 * The administrator's management of users: creating them with what their role needs and nothing
 * else, and changing names, passwords, duties, roles, enabled and locks. Every refusal is checked
 * here, before the database would refuse, with a code of its own.
 */
@Service
class UserAdminService {

  private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  static final int MAX_DISPLAY_NAME = 100;

  // the duties a clerk may hold, in the order of the approval path
  static final List<String> DUTIES = List.of("accept", "review", "decide");

  // roles that hold neither enterprise, department nor duties, so a user may move between them
  private static final Set<Role> INTERCHANGEABLE_ROLES = Set.of(Role.SUPERVISOR, Role.ADMIN);

  private final UserMapper users;
  private final EnterpriseMapper enterpriseRows;
  private final Enterprises enterprises;
  private final Departments departments;
  private final Stations stations;
  private final PasswordEncoder passwordEncoder;
  private final CredentialCache credentials;
  private final Clock clock;

  UserAdminService(
      UserMapper users,
      EnterpriseMapper enterpriseRows,
      Enterprises enterprises,
      Departments departments,
      Stations stations,
      PasswordEncoder passwordEncoder,
      CredentialCache credentials,
      Clock clock) {
    this.users = users;
    this.enterpriseRows = enterpriseRows;
    this.enterprises = enterprises;
    this.departments = departments;
    this.stations = stations;
    this.passwordEncoder = passwordEncoder;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Transactional
  UserResponse create(CreateUserRequest request) {
    String username = requireUsername(request.username());
    String displayName = requireDisplayName(request.displayName());
    PasswordRules.requireStrong(request.password());
    Role role = requireRole(request.role());
    String creditCode = blankToNull(request.enterpriseCreditCode());
    String departmentCode = blankToNull(request.departmentCode());
    String stationCode = blankToNull(request.stationCode());
    List<String> requestedDuties = request.duties() == null ? List.of() : request.duties();

    // only an enterprise user holds an enterprise, only a clerk a department, station and duties
    if (role != Role.ENTERPRISE) {
      refuseIfPresent(creditCode, "ENTERPRISE_NOT_ALLOWED", role);
    }
    if (role != Role.CLERK) {
      refuseIfPresent(departmentCode, "DEPARTMENT_NOT_ALLOWED", role);
      refuseIfPresent(stationCode, "STATION_NOT_ALLOWED", role);
      if (!requestedDuties.isEmpty()) {
        throw ProblemException.badRequest("DUTIES_NOT_ALLOWED", role);
      }
    }
    Long enterpriseId = null;
    SortedSet<String> duties = new TreeSet<>();
    if (role == Role.ENTERPRISE) {
      enterpriseId = requireEnterprise(creditCode).id();
    } else if (role == Role.CLERK) {
      requireDepartment(departmentCode);
      duties = requireDuties(requestedDuties);
      if (stationCode != null && stations.find(stationCode).isEmpty()) {
        throw ProblemException.badRequest("STATION_UNKNOWN", stationCode);
      }
    }
    if (users.findByUsername(username) != null) {
      throw ProblemException.conflict("USER_EXISTS", username);
    }

    UserAccount account =
        new UserAccount(
            username,
            passwordEncoder.encode(request.password()),
            displayName,
            role,
            enterpriseId,
            role == Role.CLERK ? departmentCode : null,
            role == Role.CLERK ? stationCode : null,
            true,
            0,
            null,
            clock.instant().truncatedTo(ChronoUnit.SECONDS));
    try {
      users.insert(account);
    } catch (DuplicateKeyException e) {
      // created at the same moment by another request
      throw ProblemException.conflict("USER_EXISTS", username);
    }
    duties.forEach(duty -> users.insertDuty(username, duty));
    log.info("User {} ({}) created by {}", username, role, actor());
    return view(account, List.copyOf(duties));
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
    String department = blankToNull(departmentCode);
    String creditCode = blankToNull(enterpriseCreditCode);
    Long enterpriseId = null;
    if (creditCode != null) {
      Enterprise enterprise = enterprises.findByCreditCode(creditCode).orElse(null);
      if (enterprise == null) {
        return new PageResponse<>(List.of(), page.page(), page.size(), 0);
      }
      enterpriseId = enterprise.id();
    }
    long total = users.count(role, department, enterpriseId);
    List<UserAccount> accounts =
        total <= page.offset()
            ? List.of()
            : users.findPage(role, department, enterpriseId, page.offset(), page.size());
    return new PageResponse<>(views(accounts), page.page(), page.size(), total);
  }

  // applies to the user's very next request: logins read account and duties afresh every time
  @Transactional
  UserResponse update(String username, UpdateUserRequest request) {
    if (request.changesNothing()) {
      throw ProblemException.badRequest("NOTHING_TO_CHANGE");
    }
    String displayName =
        request.displayName() == null ? null : requireDisplayName(request.displayName());
    Role newRole = request.role() == null ? null : requireRole(request.role());
    // hashed before the row is locked: the hash is deliberately slow
    String passwordHash =
        request.password() == null
            ? null
            : passwordEncoder.encode(PasswordRules.requireStrong(request.password()));

    UserAccount account = username == null ? null : users.lockByUsername(username);
    if (account == null) {
      throw ProblemException.notFound("USER_NOT_FOUND", username);
    }
    refuseSelfChange(account, request.enabled(), newRole);
    Role role = account.role();
    if (newRole != null && newRole != role) {
      if (!INTERCHANGEABLE_ROLES.contains(role) || !INTERCHANGEABLE_ROLES.contains(newRole)) {
        throw ProblemException.badRequest("ROLE_CHANGE_UNSUPPORTED", role, newRole);
      }
      role = newRole;
    }
    SortedSet<String> duties = null;
    if (request.duties() != null) {
      if (role != Role.CLERK) {
        throw ProblemException.badRequest("DUTIES_NOT_ALLOWED", role);
      }
      duties = requireDuties(request.duties());
    }
    boolean unlock = Boolean.TRUE.equals(request.unlock());

    UserAccount changed =
        new UserAccount(
            account.username(),
            passwordHash == null ? account.passwordHash() : passwordHash,
            displayName == null ? account.displayName() : displayName,
            role,
            account.enterpriseId(),
            account.departmentCode(),
            account.stationCode(),
            request.enabled() == null ? account.enabled() : request.enabled(),
            unlock ? 0 : account.failedLogins(),
            unlock ? null : account.lockedUntil(),
            account.createdAt());
    users.update(changed);
    if (duties != null) {
      users.deleteDuties(username);
      duties.forEach(duty -> users.insertDuty(username, duty));
    }
    forgetVerifiedPasswords(username);
    log.info("User {} changed by {}: {}", username, actor(), changes(request));
    return view(changed, duties == null ? users.findDuties(username) : List.copyOf(duties));
  }

  private static String actor() {
    return CurrentUser.find().map(AuthenticatedUser::username).orElse("?");
  }

  private void refuseSelfChange(UserAccount account, Boolean enabled, Role newRole) {
    boolean self =
        CurrentUser.find().map(user -> user.username().equals(account.username())).orElse(false);
    if (!self) {
      return;
    }
    if (Boolean.FALSE.equals(enabled)) {
      throw new ProblemException(HttpStatus.CONFLICT, "SELF_CHANGE_REFUSED", 0);
    }
    if (newRole != null && account.role() == Role.ADMIN && newRole != Role.ADMIN) {
      throw new ProblemException(HttpStatus.CONFLICT, "SELF_CHANGE_REFUSED", 1);
    }
  }

  // now and once more after commit: a login in between may have remembered the old state
  private void forgetVerifiedPasswords(String username) {
    credentials.evict(username);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              credentials.evict(username);
            }
          });
    }
  }

  private Enterprise requireEnterprise(String creditCode) {
    if (creditCode == null) {
      throw ProblemException.badRequest("ENTERPRISE_REQUIRED");
    }
    return enterprises
        .findByCreditCode(CreditCodes.requireValid(creditCode))
        .orElseThrow(() -> ProblemException.badRequest("ENTERPRISE_UNKNOWN", creditCode));
  }

  private void requireDepartment(String departmentCode) {
    if (departmentCode == null) {
      throw ProblemException.badRequest("DEPARTMENT_REQUIRED");
    }
    if (departments.find(departmentCode).isEmpty()) {
      throw ProblemException.badRequest("DEPARTMENT_UNKNOWN", departmentCode);
    }
  }

  private static SortedSet<String> requireDuties(Collection<String> requested) {
    if (requested.isEmpty()) {
      throw ProblemException.badRequest("DUTY_REQUIRED");
    }
    SortedSet<String> duties = new TreeSet<>();
    for (String duty : requested) {
      if (duty == null || !DUTIES.contains(duty)) {
        throw ProblemException.badRequest("DUTY_INVALID", String.valueOf(duty));
      }
      duties.add(duty);
    }
    return duties;
  }

  private static String requireUsername(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw ProblemException.badRequest("USERNAME_INVALID", String.valueOf(username));
    }
    if (CurrentUser.SYSTEM.equals(username)) {
      // the timeline's actor for what the service hall does by itself
      throw ProblemException.badRequest("USERNAME_RESERVED", username);
    }
    return username;
  }

  private static String requireDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw ProblemException.badRequest("DISPLAY_NAME_REQUIRED");
    }
    String name = displayName.strip();
    if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
      throw ProblemException.badRequest("DISPLAY_NAME_TOO_LONG", MAX_DISPLAY_NAME);
    }
    return name;
  }

  private static Role requireRole(String role) {
    if (role == null || role.isBlank()) {
      throw ProblemException.badRequest("ROLE_REQUIRED");
    }
    try {
      return Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("ROLE_INVALID", role);
    }
  }

  private static void refuseIfPresent(String value, String code, Role role) {
    if (value != null) {
      throw ProblemException.badRequest(code, role);
    }
  }

  private UserResponse view(UserAccount account, List<String> duties) {
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
    Map<Long, Enterprise> enterprisesById =
        enterpriseIds.isEmpty()
            ? Map.of()
            : enterpriseRows.findByIds(enterpriseIds).stream()
                .collect(Collectors.toMap(Enterprise::id, Function.identity()));
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

  // what a change touched, for the log; never the password itself
  private static String changes(UpdateUserRequest request) {
    List<String> parts = new ArrayList<>();
    if (request.displayName() != null) {
      parts.add("displayName");
    }
    if (request.enabled() != null) {
      parts.add("enabled=" + request.enabled());
    }
    if (request.duties() != null) {
      parts.add("duties=" + request.duties());
    }
    if (request.password() != null) {
      parts.add("password");
    }
    if (Boolean.TRUE.equals(request.unlock())) {
      parts.add("unlock");
    }
    if (request.role() != null) {
      parts.add("role=" + request.role());
    }
    return String.join(", ", parts);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
