package org.yingzai.audit;

import java.util.Objects;

/**
 * What an action was done to: its type (e.g. {@code application}, {@code task}, {@code user}), its
 * id, and the application it belongs to, if any, so that an application's trail can be read.
 */
public record AuditObject(String type, String id, String applicationId) {

  public AuditObject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static AuditObject application(String id) {
    return new AuditObject("application", id, id);
  }

  public static AuditObject of(String type, String id) {
    return new AuditObject(type, id, null);
  }

  public static AuditObject ofApplication(String type, String id, String applicationId) {
    return new AuditObject(type, id, applicationId);
  }
}
