package org.yingzai.applications;

import java.time.Instant;
import java.util.List;

/**
 * A kind of group of applications submitted together and approved in parallel (a construction
 * project's stage, a bundle), as the parallel approval process asks of it by the group's key (its
 * business key). Each kind is a bean of the module that owns it.
 */
public interface ApplicationGroup {

  /** Whether the key names a group of this kind. */
  boolean owns(String groupKey);

  /** The application ids of the group, each approved on its own path at once. */
  List<String> members(String groupKey);

  /** Every member has ended: the group finishes, in the process's transaction. */
  void decided(String groupKey);

  /**
   * The group's clock timer fired: records its level now and answers when it changes next, or
   * {@code null} while it is not started, paused, RED or finished.
   */
  Instant levelChanged(String groupKey);
}
