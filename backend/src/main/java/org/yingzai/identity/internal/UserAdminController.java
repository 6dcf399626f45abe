package org.yingzai.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.identity.Role;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Administration", description = "管理员：市场主体与用户")
class UserAdminController {

  private final UserRegistration registration;
  private final UserChanges changes;
  private final UserViews views;

  UserAdminController(UserRegistration registration, UserChanges changes, UserViews views) {
    this.registration = registration;
    this.changes = changes;
    this.views = views;
  }

  @PostMapping
  @Operation(summary = "Create a user with what their role needs")
  ResponseEntity<UserResponse> create(@RequestBody CreateUserRequest request) {
    UserResponse created = registration.create(request);
    return ResponseEntity.created(URI.create("/api/admin/users/" + created.username()))
        .body(created);
  }

  @GetMapping
  @Operation(summary = "Users, ordered by username; enterprise is a unified social credit code")
  PageResponse<UserResponse> list(
      @RequestParam(required = false) Role role,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String enterprise,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return views.list(role, department, enterprise, PageRequest.of(page, size));
  }

  @GetMapping("/{username}")
  @Operation(summary = "One user with duties, enabled and login state")
  UserResponse get(@PathVariable String username) {
    return views.get(username);
  }

  @PatchMapping("/{username}")
  @Operation(
      summary =
          "Change a user's display name, enabled, duties, password or role, or unlock them;"
              + " effective from their next request")
  UserResponse update(@PathVariable String username, @RequestBody UpdateUserRequest request) {
    return changes.update(username, request);
  }
}
