package org.yingzai.bundles;

import org.springframework.stereotype.Component;
import org.yingzai.bundles.BundleApplicationMapper.BundleApplicationRow;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.ProblemException;

/**
 * Who sees and changes a bundle application: its enterprise's users; supervisors see submitted
 * ones. The departments' clerks see their own item's application, not the bundle. Anyone else is
 * told it does not exist.
 */
@Component
class BundleAccess {

  private final BundleApplicationMapper mapper;

  BundleAccess(BundleApplicationMapper mapper) {
    this.mapper = mapper;
  }

  BundleApplicationRow visible(String id) {
    BundleApplicationRow row = id == null ? null : mapper.findById(id);
    AuthenticatedUser user = CurrentUser.get();
    boolean owner = row != null && user.is(Role.ENTERPRISE) && own(user, row);
    boolean supervisor =
        row != null && user.is(Role.SUPERVISOR) && row.status() != BundleStatus.DRAFT;
    if (!owner && !supervisor) {
      throw ProblemException.notFound("BUNDLE_APPLICATION_NOT_FOUND", id);
    }
    return row;
  }

  /** The enterprise's own bundle application, locked until the transaction ends. */
  BundleApplicationRow lockOwned(String id) {
    BundleApplicationRow row = id == null ? null : mapper.lockById(id);
    AuthenticatedUser user = CurrentUser.get();
    if (row == null || !user.is(Role.ENTERPRISE) || !own(user, row)) {
      throw ProblemException.notFound("BUNDLE_APPLICATION_NOT_FOUND", id);
    }
    return row;
  }

  private static boolean own(AuthenticatedUser user, BundleApplicationRow row) {
    return user.enterpriseId() != null && user.enterpriseId() == row.enterpriseId();
  }
}
