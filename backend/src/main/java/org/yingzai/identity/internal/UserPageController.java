package org.yingzai.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Role;
import org.yingzai.identity.Stations;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The administrator's users: the list, a new user with what their role needs, and one user's name,
 * role, duties, station, password, lock and enabled, through the user administration's services. A
 * refusal is shown beside the field it is about, with what was typed kept.
 */
@PageController
class UserPageController {

  private static final int PAGE_SIZE = 20;

  private final UserRegistration registration;
  private final UserChanges changes;
  private final UserViews views;
  private final Departments departments;
  private final Stations stations;
  private final MessageSource messages;

  UserPageController(
      UserRegistration registration,
      UserChanges changes,
      UserViews views,
      Departments departments,
      Stations stations,
      MessageSource messages) {
    this.registration = registration;
    this.changes = changes;
    this.views = views;
    this.departments = departments;
    this.stations = stations;
    this.messages = messages;
  }

  @GetMapping("/admin/users")
  String list(
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) Integer page,
      Model model) {
    PageResponse<UserResponse> found =
        views.list(role, department, null, PageRequest.of(page == null ? 0 : page, PAGE_SIZE));
    model.addAttribute("users", found);
    model.addAttribute("role", role);
    model.addAttribute("department", department);
    model.addAttribute("roles", Role.values());
    model.addAttribute("departments", departments.findAll());
    model.addAttribute("pages", Math.max(1, (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "identity/users";
  }

  @GetMapping("/admin/users/new")
  String create(Model model) {
    return createPage(
        new NewUser(null, null, null, "CLERK", null, null, null, List.of()), null, model);
  }

  @PostMapping("/admin/users")
  String create(
      NewUser typed, HttpServletResponse response, RedirectAttributes redirect, Model model) {
    UserResponse created;
    try {
      created = registration.create(typed.request());
    } catch (ProblemException refused) {
      if (refused.status().value() != 400 && refused.status().value() != 409) {
        throw refused;
      }
      response.setStatus(422);
      return createPage(typed, refused, model);
    }
    redirect.addFlashAttribute("done", text("users.page.created", created.username()));
    return "redirect:/admin/users/" + created.username();
  }

  @GetMapping("/admin/users/{username}")
  String user(@PathVariable String username, Model model) {
    UserResponse user = views.get(username);
    return userPage(user, Profile.of(user), null, null, model);
  }

  @PostMapping("/admin/users/{username}")
  String change(
      @PathVariable String username,
      Profile typed,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    UserResponse user = views.get(username);
    UpdateUserRequest request = typed.changesOf(user);
    if (request.changesNothing()) {
      redirect.addFlashAttribute("done", text("users.page.unchanged", username));
      return "redirect:/admin/users/" + username;
    }
    try {
      changes.update(username, request);
    } catch (ProblemException refused) {
      if (refused.status().value() != 400 && refused.status().value() != 409) {
        throw refused;
      }
      response.setStatus(422);
      return userPage(user, typed, refused, null, model);
    }
    redirect.addFlashAttribute("done", text("users.page.saved", username));
    return "redirect:/admin/users/" + username;
  }

  @PostMapping("/admin/users/{username}/password")
  String password(
      @PathVariable String username,
      @RequestParam(required = false) String password,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    try {
      changes.update(username, new UpdateUserRequest(null, null, null, password, null, null, null));
    } catch (ProblemException refused) {
      if (refused.status().value() != 400) {
        throw refused;
      }
      UserResponse user = views.get(username);
      response.setStatus(422);
      return userPage(user, Profile.of(user), null, message(refused), model);
    }
    redirect.addFlashAttribute("done", text("users.page.passwordSet", username));
    return "redirect:/admin/users/" + username;
  }

  @PostMapping("/admin/users/{username}/unlock")
  String unlock(@PathVariable String username, RedirectAttributes redirect) {
    changes.update(username, new UpdateUserRequest(null, null, null, null, true, null, null));
    redirect.addFlashAttribute("done", text("users.page.unlocked", username));
    return "redirect:/admin/users/" + username;
  }

  @PostMapping("/admin/users/{username}/enabled")
  String enabled(
      @PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
    changes.update(username, new UpdateUserRequest(null, enabled, null, null, null, null, null));
    redirect.addFlashAttribute(
        "done", text(enabled ? "users.page.enabled" : "users.page.disabled", username));
    return "redirect:/admin/users/" + username;
  }

  /** The new user's form as typed. */
  record NewUser(
      String username,
      String password,
      String displayName,
      String role,
      String enterpriseCreditCode,
      String departmentCode,
      String stationCode,
      List<String> duties) {

    CreateUserRequest request() {
      Role chosen = role == null ? null : roleOf(role);
      boolean clerk = chosen == Role.CLERK;
      // the form offers every field; only those the chosen role has are sent
      return new CreateUserRequest(
          username == null ? null : username.strip(),
          password,
          displayName,
          role,
          chosen == Role.ENTERPRISE ? blankless(enterpriseCreditCode) : null,
          clerk ? blankless(departmentCode) : null,
          clerk ? blankless(stationCode) : null,
          clerk ? (duties == null ? List.of() : duties) : null);
    }
  }

  /** The changeable parts of a user as the form shows them. */
  record Profile(String displayName, String role, List<String> duties, String stationCode) {

    static Profile of(UserResponse user) {
      return new Profile(
          user.displayName(),
          user.role().name(),
          user.duties(),
          user.station() == null ? "" : user.station().code());
    }

    // only what differs is sent, so that the audit trail records only real changes
    UpdateUserRequest changesOf(UserResponse user) {
      boolean clerk = user.role() == Role.CLERK;
      List<String> typedDuties = duties == null ? List.of() : duties;
      String typedStation = stationCode == null ? "" : stationCode;
      String station = user.station() == null ? "" : user.station().code();
      return new UpdateUserRequest(
          Objects.equals(displayName, user.displayName()) ? null : displayName,
          null,
          clerk && !sameSet(typedDuties, user.duties()) ? typedDuties : null,
          null,
          null,
          role == null || role.equals(user.role().name()) ? null : role,
          clerk && !typedStation.equals(station) ? typedStation : null);
    }

    private static boolean sameSet(List<String> a, List<String> b) {
      return new java.util.TreeSet<>(a).equals(new java.util.TreeSet<>(b));
    }
  }

  private String createPage(NewUser typed, ProblemException refused, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute(
        "errors", refused == null ? Map.of() : Map.of(field(refused), message(refused)));
    model.addAttribute("roles", Role.values());
    model.addAttribute("allDuties", UserRules.DUTIES);
    model.addAttribute("departments", departments.findAll());
    model.addAttribute("stations", stations.findAll());
    return "identity/user-new";
  }

  private String userPage(
      UserResponse user,
      Profile typed,
      ProblemException refused,
      String passwordError,
      Model model) {
    model.addAttribute("user", user);
    model.addAttribute("typed", typed);
    model.addAttribute(
        "errors", refused == null ? Map.of() : Map.of(field(refused), message(refused)));
    model.addAttribute("passwordError", passwordError);
    model.addAttribute("allDuties", UserRules.DUTIES);
    model.addAttribute("stations", stations.findAll());
    List<String> roleChoices = new ArrayList<>();
    if (user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN) {
      roleChoices.addAll(List.of(Role.SUPERVISOR.name(), Role.ADMIN.name()));
    }
    model.addAttribute("roleChoices", roleChoices);
    return "identity/user";
  }

  // the field of the form a refusal is about, by its code; "form" for the rest
  static String field(ProblemException refused) {
    String code = refused.code();
    if (code.startsWith("USERNAME") || code.equals("USER_EXISTS")) {
      return "username";
    }
    if (code.startsWith("PASSWORD")) {
      return "password";
    }
    if (code.startsWith("DISPLAY_NAME")) {
      return "displayName";
    }
    if (code.startsWith("ROLE")) {
      return "role";
    }
    if (code.startsWith("ENTERPRISE") || code.equals("CREDIT_CODE_INVALID")) {
      return "enterpriseCreditCode";
    }
    if (code.startsWith("DEPARTMENT")) {
      return "departmentCode";
    }
    if (code.startsWith("STATION")) {
      return "stationCode";
    }
    if (code.startsWith("DUT")) {
      return "duties";
    }
    return "form";
  }

  private static Role roleOf(String role) {
    try {
      return Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankless(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String message(ProblemException refused) {
    return messages.getMessage(
        "problem." + refused.code(),
        refused.arguments(),
        refused.code(),
        LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
