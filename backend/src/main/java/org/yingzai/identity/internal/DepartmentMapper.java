package org.yingzai.identity.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.yingzai.identity.Department;

@Mapper
public interface DepartmentMapper {

  Department find(String code);

  List<Department> findAll();
}
