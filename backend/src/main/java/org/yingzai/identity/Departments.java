package org.yingzai.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yingzai.identity.internal.DepartmentMapper;

/** The handling departments, ordered by code. */
@Service
public class Departments {

  private final DepartmentMapper departments;

  Departments(DepartmentMapper departments) {
    this.departments = departments;
  }

  public Optional<Department> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(departments.find(code));
  }

  public List<Department> findAll() {
    return departments.findAll();
  }
}
