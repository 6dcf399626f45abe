package org.yingzai.applications;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.yingzai.audit.AuditTrail;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.shared.PageController;
import org.yingzai.shared.ProblemException;

/**
 * An application's part of the audit trail as a part of the staff's pages: for the clerks and the
 * supervisors who may see the application, never for the enterprise (the same 404 as an unknown
 * application).
 */
@PageController
class TrailPageController {

  /** The most records the page shows; the rest are read in the audit trail itself. */
  static final int LIMIT = 50;

  private final ApplicationAccess access;
  private final AuditTrail audit;

  TrailPageController(ApplicationAccess access, AuditTrail audit) {
    this.access = access;
    this.audit = audit;
  }

  @GetMapping("/applications/{id}/trail")
  @Transactional(readOnly = true)
  String trail(@PathVariable String id, Model model) {
    if (CurrentUser.get().role() == Role.ENTERPRISE) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", id);
    }
    ApplicationMapper.ApplicationRow row = access.visibleRow(id);
    model.addAttribute("trail", audit.ofApplication(row.id(), LIMIT));
    model.addAttribute("limit", LIMIT);
    return "applications/trail :: trail";
  }
}
