package org.yingzai.identity.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.identity.Enterprise;

@Mapper
public interface EnterpriseMapper {

  Enterprise findById(long id);

  Enterprise findByCreditCode(String creditCode);

  void insert(
      @Param("creditCode") String creditCode,
      @Param("name") String name,
      @Param("legalRepresentative") String legalRepresentative,
      @Param("createdAt") Instant createdAt);
}
