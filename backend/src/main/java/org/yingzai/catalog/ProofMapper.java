package org.yingzai.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProofMapper {

  /** The proof with its latest commitment text, if it has one. */
  Optional<Proof> findByCode(String code);

  /** The proofs with these codes, with their latest commitment texts, ordered by code. */
  List<Proof> findByCodes(@Param("codes") Collection<String> codes);
}
