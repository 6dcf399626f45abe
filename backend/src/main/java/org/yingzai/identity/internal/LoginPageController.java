package org.yingzai.identity.internal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.PageController;

/** The login form; a refused login comes back here with its reason and the username as typed. */
@PageController
class LoginPageController {

  // a refused login arrives with loginError, loginErrorArguments and username as flash attributes
  @GetMapping(PageEntryPoint.LOGIN_PAGE)
  String login(
      @RequestParam(name = PageLogin.TARGET, required = false) String target, Model model) {
    model.addAttribute("target", PageEntryPoint.localPath(target));
    return "identity/login";
  }
}
