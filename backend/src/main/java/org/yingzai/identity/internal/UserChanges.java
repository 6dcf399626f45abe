package org.yingzai.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.identity.Stations;
import org.yingzai.shared.ProblemException;

/**
 * The administrator changes a user's name, password, duties, role, enabled or lock; the change
 * applies to the user's very next request.
 */
@Service
class UserChanges {

  private static final Logger log = LoggerFactory.getLogger(UserChanges.class);

  // roles that hold neither enterprise, department nor duties, so a user may move between them
  private static final Set<Role> INTERCHANGEABLE_ROLES = Set.of(Role.SUPERVISOR, Role.ADMIN);

  private final UserMapper users;
  private final PasswordEncoder passwordEncoder;
  private final CredentialCache credentials;
  private final LoginThrottle throttle;
  private final UserViews views;
  private final AdminAudit audit;
  private final Stations stations;

  UserChanges(
      UserMapper users,
      PasswordEncoder passwordEncoder,
      CredentialCache credentials,
      LoginThrottle throttle,
      UserViews views,
      AdminAudit audit,
      Stations stations) {
    this.stations = stations;
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.credentials = credentials;
    this.throttle = throttle;
    this.views = views;
    this.audit = audit;
  }

  // applies to the user's very next request: logins read account and duties afresh every time
  @Transactional
  UserResponse update(String username, UpdateUserRequest request) {
    if (request.changesNothing()) {
      throw ProblemException.badRequest("NOTHING_TO_CHANGE");
    }
    String displayName =
        request.displayName() == null ? null : UserRules.requireDisplayName(request.displayName());
    Role newRole = request.role() == null ? null : UserRules.requireRole(request.role());
    // hashed before the row is locked: the hash is deliberately slow
    String passwordHash =
        request.password() == null
            ? null
            : passwordEncoder.encode(PasswordRules.requireAcceptable(request.password(), username));

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
      duties = UserRules.requireDuties(request.duties());
    }
    boolean unlock = Boolean.TRUE.equals(request.unlock());
    String stationCode = account.stationCode();
    if (request.stationCode() != null) {
      if (role != Role.CLERK) {
        throw ProblemException.badRequest("STATION_NOT_ALLOWED", role);
      }
      stationCode = UserRules.blankToNull(request.stationCode());
      if (stationCode != null && stations.find(stationCode).isEmpty()) {
        throw ProblemException.badRequest("STATION_UNKNOWN", stationCode);
      }
    }

    UserAccount changed =
        new UserAccount(
            account.username(),
            passwordHash == null ? account.passwordHash() : passwordHash,
            displayName == null ? account.displayName() : displayName,
            role,
            account.enterpriseId(),
            account.departmentCode(),
            stationCode,
            request.enabled() == null ? account.enabled() : request.enabled(),
            unlock ? 0 : account.failedLogins(),
            unlock ? null : account.lockedUntil(),
            account.createdAt());
    users.update(changed);
    if (duties != null) {
      users.deleteDuties(username);
      duties.forEach(duty -> users.insertDuty(username, duty));
    }
    audit.changed(account, changed, request, duties);
    forgetVerifiedPasswords(username);
    if (unlock) {
      // the waits of every address too: the user is let in again from anywhere
      throttle.forget(username);
    }
    log.info(
        "User {} changed by {}: {}",
        username,
        CurrentUser.find().map(AuthenticatedUser::username).orElse("?"),
        changes(request));
    return views.view(changed, duties == null ? users.findDuties(username) : List.copyOf(duties));
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

  // what a change touched, for the log; never the password itself
  private static String changes(UpdateUserRequest request) {
    List<String> parts = new ArrayList<>();
    if (request.displayName() != null) {
      parts.add("displayName");
    }
    if (request.enabled() != null) {
      parts.add("enabled=" + request.enabled());
    }
    if (request.stationCode() != null) {
      parts.add("station=" + request.stationCode());
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
}
