package org.yingzai.projects;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yingzai.catalog.FieldType;

@Mapper
interface StageCatalogueMapper {

  record EntryRow(
      Stage stage,
      String name,
      int legalLimit,
      int promisedLimit,
      boolean joint,
      String description,
      String basis) {}

  record ItemTypeRow(String itemCode, ProjectType projectType) {}

  record FieldRow(
      String name,
      FieldType type,
      boolean required,
      Integer maxLength,
      String label,
      String options) {}

  record FieldTargetRow(String fieldName, String itemCode, String itemField) {}

  record MaterialRow(String code, String name, String description, String resultOfItem) {}

  record MaterialTargetRow(String materialCode, String itemCode, String itemMaterialCode) {}

  List<EntryRow> findEntries();

  EntryRow findEntry(@Param("stage") Stage stage);

  /** The stage's items in order, one row per project type each is required for. */
  List<ItemTypeRow> findItems(@Param("stage") Stage stage);

  List<FieldRow> findFields(@Param("stage") Stage stage);

  List<FieldTargetRow> findFieldTargets(@Param("stage") Stage stage);

  List<MaterialRow> findMaterials(@Param("stage") Stage stage);

  List<MaterialTargetRow> findMaterialTargets(@Param("stage") Stage stage);
}
