package org.yingzai.identity.internal;

import java.util.List;

/**
 * A user to create. {@code role} is a {@code Role} name; an {@code ENTERPRISE} user names their
 * enterprise by its credit code, a {@code CLERK} their department, their duties and possibly a
 * station; supervisors and administrators name none of these.
 */
record CreateUserRequest(
    String username,
    String password,
    String displayName,
    String role,
    String enterpriseCreditCode,
    String departmentCode,
    String stationCode,
    List<String> duties) {}
