package org.yingzai.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.identity.Enterprise;

@Mapper
public interface EnterpriseMapper {

  Enterprise findById(long id);

  Enterprise findByCreditCode(String creditCode);

  List<Enterprise> findByIds(@Param("ids") Collection<Long> ids);

  /**
   * Enterprises whose name or credit code matches, ordered by name and credit code.
   *
   * @param pattern a {@code LIKE} pattern with {@code \} as its escape character; {@code null}
   *     matches every enterprise
   */
  List<Enterprise> search(
      @Param("pattern") String pattern, @Param("offset") long offset, @Param("limit") int limit);

  long countMatching(@Param("pattern") String pattern);

  void insert(
      @Param("creditCode") String creditCode,
      @Param("name") String name,
      @Param("legalRepresentative") String legalRepresentative,
      @Param("createdAt") Instant createdAt);

  int update(
      @Param("creditCode") String creditCode,
      @Param("name") String name,
      @Param("legalRepresentative") String legalRepresentative);
}
