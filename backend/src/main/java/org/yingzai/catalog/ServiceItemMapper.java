package org.yingzai.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ServiceItemMapper {

  /** Finds an item whether or not it is still offered: running applications keep theirs. */
  Optional<ItemRow> findByCode(String code);

  /** The items with these codes, whether or not they are still offered, ordered by code. */
  List<ItemRow> findByCodes(@Param("codes") Collection<String> codes);

  /**
   * Active items matching every given part, ordered by code.
   *
   * @param namePattern a {@code LIKE} pattern with {@code \} as its escape character, matched
   *     against the name and the code
   */
  List<ItemRow> findActive(
      @Param("theme") Theme theme,
      @Param("departmentCode") String departmentCode,
      @Param("handlingType") HandlingType handlingType,
      @Param("namePattern") String namePattern,
      @Param("offset") long offset,
      @Param("limit") int limit);

  long countActive(
      @Param("theme") Theme theme,
      @Param("departmentCode") String departmentCode,
      @Param("handlingType") HandlingType handlingType,
      @Param("namePattern") String namePattern);

  record StepLimitRow(String step, int limitValue) {}

  /** The item's own limits per step. */
  List<StepLimitRow> findStepLimits(@Param("itemCode") String itemCode);

  record ResultRow(
      ResultTemplate.DocumentKind documentKind,
      String title,
      Integer validityMonths,
      String fields) {}

  /** What the item's approval issues; {@code null} when it sets nothing. */
  ResultRow findResult(@Param("itemCode") String itemCode);

  record GuideRow(String fee, String basis, String handlingPlace) {}

  /** The guide's texts of an item; {@code null} when it has none of them. */
  GuideRow findGuide(@Param("code") String code);

  record MaterialNoteRow(String code, String description) {}

  /** The materials of the item that the guide says something about. */
  List<MaterialNoteRow> findMaterialNotes(@Param("itemCode") String itemCode);

  /** The materials of the given items, in each item's order. */
  List<ItemMaterialRow> findMaterials(@Param("itemCodes") Collection<String> itemCodes);

  /** The fields of the given items' own forms, in each item's order. */
  List<ItemFormFieldRow> findFormFields(@Param("itemCodes") Collection<String> itemCodes);

  /** The item's row, locked until the transaction ends; whether or not it is still offered. */
  Optional<ItemRow> lockByCode(@Param("code") String code);

  int deleteStepLimits(@Param("itemCode") String itemCode);

  int insertStepLimits(
      @Param("itemCode") String itemCode, @Param("limits") List<StepLimitRow> limits);

  int updateLimits(
      @Param("code") String code,
      @Param("handlingType") HandlingType handlingType,
      @Param("limitUnit") LimitUnit limitUnit,
      @Param("legalLimit") int legalLimit,
      @Param("promisedLimit") int promisedLimit,
      @Param("maxExtension") int maxExtension);

  int updateMaterialProof(
      @Param("itemCode") String itemCode,
      @Param("materialCode") String materialCode,
      @Param("proofCode") String proofCode);
}
