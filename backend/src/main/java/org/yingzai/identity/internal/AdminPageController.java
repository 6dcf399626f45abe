package org.yingzai.identity.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.yingzai.shared.PageController;

/** The administrator's start page: what each administration page maintains. */
@PageController
class AdminPageController {

  @GetMapping("/admin")
  String index() {
    return "identity/admin";
  }
}
