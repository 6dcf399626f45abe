package org.yingzai.catalog;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BundleMapper {

  record BundleRow(
      String code, String name, Theme theme, int promisedLimit, String description, String basis) {}

  record FieldRow(
      String name,
      FieldType type,
      boolean required,
      Integer maxLength,
      String label,
      String options) {}

  record MaterialRow(String code, String name, String description) {}

  record MaterialTargetRow(String materialCode, String itemCode, String itemMaterialCode) {}

  List<BundleRow> findActive();

  BundleRow findActiveByCode(@Param("code") String code);

  List<String> findItemCodes(@Param("code") String code);

  List<FieldRow> findFields(@Param("code") String code);

  List<Bundle.FieldTarget> findFieldTargets(@Param("code") String code);

  List<MaterialRow> findMaterials(@Param("code") String code);

  List<MaterialTargetRow> findMaterialTargets(@Param("code") String code);
}
