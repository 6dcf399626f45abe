package org.yingzai.identity.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.identity.internal.UserPlacement.Placement;
import org.yingzai.shared.ProblemException;

/**
 * The administrator creates a user with what their role needs and nothing else. Every refusal is
 * checked here, before the database would refuse, with a code of its own.
 */
@Service
class UserRegistration {

  private static final Logger log = LoggerFactory.getLogger(UserRegistration.class);

  private final UserMapper users;
  private final UserPlacement placement;
  private final PasswordEncoder passwordEncoder;
  private final UserViews views;
  private final Clock clock;
  private final AdminAudit audit;

  UserRegistration(
      UserMapper users,
      UserPlacement placement,
      PasswordEncoder passwordEncoder,
      UserViews views,
      Clock clock,
      AdminAudit audit) {
    this.users = users;
    this.placement = placement;
    this.passwordEncoder = passwordEncoder;
    this.views = views;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional
  UserResponse create(CreateUserRequest request) {
    String username = UserRules.requireUsername(request.username());
    String displayName = UserRules.requireDisplayName(request.displayName());
    PasswordRules.requireAcceptable(request.password(), username);
    Role role = UserRules.requireRole(request.role());
    Placement placed =
        placement.place(
            role,
            UserRules.blankToNull(request.enterpriseCreditCode()),
            UserRules.blankToNull(request.departmentCode()),
            UserRules.blankToNull(request.stationCode()),
            request.duties() == null ? List.of() : request.duties());
    if (users.findByUsername(username) != null) {
      throw ProblemException.conflict("USER_EXISTS", username);
    }

    UserAccount account =
        new UserAccount(
            username,
            passwordEncoder.encode(request.password()),
            displayName,
            role,
            placed.enterpriseId(),
            placed.departmentCode(),
            placed.stationCode(),
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
    placed.duties().forEach(duty -> users.insertDuty(username, duty));
    audit.created(account, placed.duties());
    log.info(
        "User {} ({}) created by {}",
        username,
        role,
        CurrentUser.find().map(AuthenticatedUser::username).orElse("?"));
    return views.view(account, List.copyOf(placed.duties()));
  }
}
