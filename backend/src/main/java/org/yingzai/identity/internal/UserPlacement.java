package org.yingzai.identity.internal;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.yingzai.identity.CreditCodes;
import org.yingzai.identity.Departments;
import org.yingzai.identity.Enterprises;
import org.yingzai.identity.Role;
import org.yingzai.identity.Stations;
import org.yingzai.shared.ProblemException;

/**
 * Where a new user belongs by their role, and nothing more: an enterprise user holds an enterprise,
 * a clerk a department, their duties and possibly a station.
 */
@Component
class UserPlacement {

  /** Where a user was placed; {@code null}s and no duties where the role holds none. */
  record Placement(
      Long enterpriseId, String departmentCode, String stationCode, SortedSet<String> duties) {}

  private final Enterprises enterprises;
  private final Departments departments;
  private final Stations stations;

  UserPlacement(Enterprises enterprises, Departments departments, Stations stations) {
    this.enterprises = enterprises;
    this.departments = departments;
    this.stations = stations;
  }

  Placement place(
      Role role,
      String creditCode,
      String departmentCode,
      String stationCode,
      List<String> requestedDuties) {
    // only an enterprise user holds an enterprise, only a clerk a department, station and duties
    if (role != Role.ENTERPRISE) {
      refuseIfPresent(creditCode, "ENTERPRISE_NOT_ALLOWED", role);
    }
    if (role != Role.CLERK) {
      refuseIfPresent(departmentCode, "DEPARTMENT_NOT_ALLOWED", role);
      refuseIfPresent(stationCode, "STATION_NOT_ALLOWED", role);
      if (!requestedDuties.isEmpty()) {
        throw ProblemException.badRequest("DUTIES_NOT_ALLOWED", role);
      }
    }
    if (role == Role.ENTERPRISE) {
      return new Placement(requireEnterprise(creditCode), null, null, new TreeSet<>());
    }
    if (role == Role.CLERK) {
      requireDepartment(departmentCode);
      SortedSet<String> duties = UserRules.requireDuties(requestedDuties);
      if (stationCode != null && stations.find(stationCode).isEmpty()) {
        throw ProblemException.badRequest("STATION_UNKNOWN", stationCode);
      }
      return new Placement(null, departmentCode, stationCode, duties);
    }
    return new Placement(null, null, null, new TreeSet<>());
  }

  private long requireEnterprise(String creditCode) {
    if (creditCode == null) {
      throw ProblemException.badRequest("ENTERPRISE_REQUIRED");
    }
    return enterprises
        .findByCreditCode(CreditCodes.requireValid(creditCode))
        .orElseThrow(() -> ProblemException.badRequest("ENTERPRISE_UNKNOWN", creditCode))
        .id();
  }

  private void requireDepartment(String departmentCode) {
    if (departmentCode == null) {
      throw ProblemException.badRequest("DEPARTMENT_REQUIRED");
    }
    if (departments.find(departmentCode).isEmpty()) {
      throw ProblemException.badRequest("DEPARTMENT_UNKNOWN", departmentCode);
    }
  }

  private static void refuseIfPresent(String value, String code, Role role) {
    if (value != null) {
      throw ProblemException.badRequest(code, role);
    }
  }
}
