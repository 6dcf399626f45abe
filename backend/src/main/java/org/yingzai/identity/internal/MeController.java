package org.yingzai.identity.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.identity.Station;
import org.yingzai.identity.Stations;

@RestController
class MeController {

  private final Enterprises enterprises;
  private final Departments departments;
  private final Stations stations;

  MeController(Enterprises enterprises, Departments departments, Stations stations) {
    this.enterprises = enterprises;
    this.departments = departments;
    this.stations = stations;
  }

  @GetMapping("/api/me")
  MeResponse me() {
    AuthenticatedUser user = CurrentUser.get();
    MeResponse.EnterpriseSummary enterprise =
        user.enterpriseId() == null
            ? null
            : enterprises
                .findById(user.enterpriseId())
                .map(e -> new MeResponse.EnterpriseSummary(e.id(), e.creditCode(), e.name()))
                .orElse(null);
    return new MeResponse(
        user.username(),
        user.displayName(),
        user.role(),
        enterprise,
        departments.find(user.departmentCode()).orElse(null),
        stations.find(user.stationCode()).orElse(null),
        List.copyOf(user.duties()));
  }

  record MeResponse(
      String username,
      String displayName,
      Role role,
      EnterpriseSummary enterprise,
      Department department,
      Station station,
      List<String> duties) {

    record EnterpriseSummary(long id, String creditCode, String name) {}
  }
}
