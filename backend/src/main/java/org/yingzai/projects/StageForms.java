package org.yingzai.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.projects.ProjectMapper.UploadRow;
import org.yingzai.projects.ProjectResponse.StageForm;
import org.yingzai.projects.ProjectResponse.StageMaterialResponse;
import org.yingzai.projects.ProjectResponse.UploadResponse;
import org.yingzai.shared.Times;

/**
 * What an open stage asks of its enterprise: its one form and its materials, for the stage's page.
 */
@Service
class StageForms {

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final StageCatalogue catalogue;
  private final Catalog items;
  private final EarlierResults earlierResults;
  private final ObjectMapper json;

  StageForms(
      ProjectMapper mapper,
      ProjectAccess access,
      StageCatalogue catalogue,
      Catalog items,
      EarlierResults earlierResults,
      ObjectMapper json) {
    this.mapper = mapper;
    this.access = access;
    this.catalogue = catalogue;
    this.items = items;
    this.earlierResults = earlierResults;
    this.json = json;
  }

  /** What an open stage asks of its enterprise, with what is filled in and uploaded so far. */
  @Transactional(readOnly = true)
  StageForm form(String projectId, Stage stage) {
    ProjectRow project = access.wholeVisible(projectId);
    StageEntry entry = catalogue.require(stage);
    StageRow row =
        mapper.findStages(project.id()).stream()
            .filter(s -> s.stage() == stage)
            .findFirst()
            .orElseThrow();
    List<String> itemCodes = entry.itemsFor(project.projectType());
    Map<String, ServiceItem> serviceItems = items.itemsByCode(itemCodes);
    Map<String, UploadRow> uploads = new HashMap<>();
    mapper.findUploads(project.id(), stage).forEach(u -> uploads.put(u.materialCode(), u));
    Map<String, EarlierResults.EarlierResult> earlier = earlierResults.of(project.id(), entry);
    List<StageMaterialResponse> materials = new ArrayList<>();
    for (StageEntry.StageMaterial material : entry.materials()) {
      List<StageEntry.MaterialTarget> applicable =
          material.targets().stream().filter(t -> itemCodes.contains(t.itemCode())).toList();
      if (applicable.isEmpty()) {
        continue;
      }
      boolean required =
          applicable.stream()
              .anyMatch(
                  t ->
                      serviceItems
                          .get(t.itemCode())
                          .material(t.itemMaterialCode())
                          .map(Material::mustUpload)
                          .orElse(false));
      // it may be promised when every item that needs it may go without it for a while; the
      // shortest of their days is the promise's
      List<Material> needed =
          applicable.stream()
              .map(t -> serviceItems.get(t.itemCode()).material(t.itemMaterialCode()))
              .flatMap(java.util.Optional::stream)
              .filter(Material::mustUpload)
              .toList();
      Integer deferralDays =
          !needed.isEmpty() && needed.stream().allMatch(Material::deferrable)
              ? needed.stream().mapToInt(Material::deferralDays).min().orElseThrow()
              : null;
      UploadRow upload = uploads.get(material.code());
      EarlierResults.EarlierResult result = earlier.get(material.code());
      materials.add(
          new StageMaterialResponse(
              material.code(),
              material.name(),
              material.description(),
              required,
              result == null ? null : result.result().documentNumber(),
              upload == null
                  ? null
                  : new UploadResponse(
                      upload.id(),
                      upload.fileName(),
                      upload.contentType(),
                      upload.sizeBytes(),
                      upload.sha256(),
                      Times.local(upload.uploadedAt())),
              deferralDays));
    }
    try {
      return new StageForm(
          stage,
          entry.name(),
          row.status(),
          itemCodes,
          entry.fields(),
          row.formJson() == null ? json.createObjectNode() : json.readTree(row.formJson()),
          materials);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
