package org.yingzai.projects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.FormField;
import org.yingzai.projects.StageCatalogueMapper.EntryRow;
import org.yingzai.projects.StageCatalogueMapper.FieldRow;
import org.yingzai.projects.StageCatalogueMapper.ItemTypeRow;
import org.yingzai.projects.StageCatalogueMapper.MaterialTargetRow;
import org.yingzai.shared.ProblemException;

/** The catalogue entries of the four stages, read as a whole for each use. */
@Component
class StageCatalogue {

  private final StageCatalogueMapper mapper;

  StageCatalogue(StageCatalogueMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * @throws ProblemException 409 {@code STAGE_NOT_IN_CATALOGUE} while the catalogue has no entry
   *     for the stage
   */
  @Transactional(readOnly = true)
  StageEntry require(Stage stage) {
    EntryRow row = mapper.findEntry(stage);
    if (row == null) {
      throw ProblemException.conflict("STAGE_NOT_IN_CATALOGUE", stage);
    }
    return entry(row);
  }

  /** The stages the catalogue has entries for, in order, with their limits. */
  @Transactional(readOnly = true)
  List<EntryRow> entries() {
    return mapper.findEntries();
  }

  private StageEntry entry(EntryRow row) {
    Stage stage = row.stage();
    Map<String, Set<ProjectType>> types = new LinkedHashMap<>();
    for (ItemTypeRow item : mapper.findItems(stage)) {
      Set<ProjectType> set =
          types.computeIfAbsent(item.itemCode(), code -> EnumSet.noneOf(ProjectType.class));
      if (item.projectType() != null) {
        set.add(item.projectType());
      }
    }
    List<StageEntry.Item> items = new ArrayList<>();
    types.forEach((code, set) -> items.add(new StageEntry.Item(code, Set.copyOf(set))));
    List<FormField> fields = mapper.findFields(stage).stream().map(StageCatalogue::field).toList();
    List<StageEntry.FieldTarget> targets =
        mapper.findFieldTargets(stage).stream()
            .map(t -> new StageEntry.FieldTarget(t.fieldName(), t.itemCode(), t.itemField()))
            .toList();
    Map<String, List<StageEntry.MaterialTarget>> materialTargets = new LinkedHashMap<>();
    for (MaterialTargetRow target : mapper.findMaterialTargets(stage)) {
      materialTargets
          .computeIfAbsent(target.materialCode(), code -> new ArrayList<>())
          .add(new StageEntry.MaterialTarget(target.itemCode(), target.itemMaterialCode()));
    }
    List<StageEntry.StageMaterial> materials =
        mapper.findMaterials(stage).stream()
            .map(
                m ->
                    new StageEntry.StageMaterial(
                        m.code(),
                        m.name(),
                        m.description(),
                        m.resultOfItem(),
                        List.copyOf(materialTargets.getOrDefault(m.code(), List.of()))))
            .toList();
    return new StageEntry(
        stage,
        row.name(),
        row.legalLimit(),
        row.promisedLimit(),
        row.joint(),
        row.description(),
        row.basis(),
        List.copyOf(items),
        fields,
        targets,
        materials);
  }

  private static FormField field(FieldRow row) {
    List<String> options =
        row.options() == null
            ? List.of()
            : Arrays.stream(row.options().split("\\|"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
    return new FormField(
        row.name(),
        row.type(),
        row.required(),
        row.maxLength() == null ? row.type().defaultMaxLength() : row.maxLength(),
        row.label(),
        options);
  }
}
