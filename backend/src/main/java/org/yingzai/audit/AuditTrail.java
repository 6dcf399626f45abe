package org.yingzai.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records actions in the audit trail, in the transaction of the action: the records are appended to
 * the chain when that transaction commits, and are lost with it if it rolls back; if they cannot be
 * appended, the transaction does not commit.
 */
@Service
public class AuditTrail {

  static final String SYSTEM_ACTOR = "system";
  static final String SYSTEM_ROLE = "SYSTEM";
  static final String ANONYMOUS_ACTOR = "anonymous";
  static final String ANONYMOUS_ROLE = "ANONYMOUS";
  private static final String ROLE_PREFIX = "ROLE_";
  private static final int MAX_ACTOR = 64;

  private final AuditAppender appender;
  private final AuditMapper mapper;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  AuditTrail(
      AuditAppender appender,
      AuditMapper mapper,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.appender = appender;
    this.mapper = mapper;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /**
   * The newest records of an application, its own and those of what belongs to it, newest first. No
   * access check: the caller shows them only to whoever may read the application's trail.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> ofApplication(String applicationId, int limit) {
    AuditFilter filter = new AuditFilter(applicationId, null, null, null, null, null);
    return mapper.find(filter, null, 0, limit).stream().map(AuditEntry::of).toList();
  }

  /**
   * The newest records of one object by one actor, newest first (ix_audit_record_object). No access
   * check: the caller shows them only to whoever may read them.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> ofObjectBy(String objectType, String objectId, String actor, int limit) {
    AuditFilter filter = new AuditFilter(null, actor, objectType, objectId, null, null);
    return mapper.find(filter, null, 0, limit).stream().map(AuditEntry::of).toList();
  }

  /**
   * Records an action of the current user (the authenticated user, {@code system} when there is
   * none) from the current request's address, in the current transaction.
   *
   * @param reason why, as the actor gave it (a comment), or null
   * @param change what changed, written as canonical JSON of which the record keeps the sha256
   * @throws IllegalStateException when no read-write transaction is active: an action whose record
   *     cannot be written must not happen
   */
  public void record(AuditedAction action, AuditObject object, String reason, Object change) {
    requireTransaction(action);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    String actor;
    String role;
    if (authentication == null || !authentication.isAuthenticated()) {
      actor = SYSTEM_ACTOR;
      role = SYSTEM_ROLE;
    } else if (authentication instanceof AnonymousAuthenticationToken) {
      actor = ANONYMOUS_ACTOR;
      role = ANONYMOUS_ROLE;
    } else {
      actor = authentication.getName();
      role = role(authentication);
    }
    pending().add(entry(actor, role, action, object, reason, change));
  }

  /**
   * Records an action of a named actor, for logins, where nobody is authenticated yet: in the
   * current transaction if there is one, else in a transaction of its own.
   */
  public void recordAs(
      String actor,
      String role,
      AuditedAction action,
      AuditObject object,
      String reason,
      Object change) {
    String name = actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      requireTransaction(action);
      pending().add(entry(name, role, action, object, reason, change));
    } else {
      ownTransaction.executeWithoutResult(
          status -> pending().add(entry(name, role, action, object, reason, change)));
    }
  }

  private PendingEntry entry(
      String actor,
      String role,
      AuditedAction action,
      AuditObject object,
      String reason,
      Object change) {
    // DATETIME keeps whole seconds: the hash covers the time as it is stored
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new PendingEntry(
        at,
        actor,
        role,
        address(),
        object.type(),
        object.id(),
        object.applicationId(),
        action.name(),
        reason,
        new AuditChain().digest(change));
  }

  private static void requireTransaction(AuditedAction action) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException(
          "The audited action " + action.name() + " needs a transaction for its record");
    }
    if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      throw new IllegalStateException(
          "The audited action " + action.name() + " needs a read-write transaction");
    }
  }

  // the records of the current transaction, appended when it commits
  private PendingRecords pending() {
    for (TransactionSynchronization synchronization :
        TransactionSynchronizationManager.getSynchronizations()) {
      if (synchronization instanceof PendingRecords records) {
        return records;
      }
    }
    PendingRecords records = new PendingRecords(appender);
    TransactionSynchronizationManager.registerSynchronization(records);
    return records;
  }

  private static String role(Authentication authentication) {
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(ROLE_PREFIX)) {
        return name.substring(ROLE_PREFIX.length());
      }
    }
    return "NONE";
  }

  private static String address() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
