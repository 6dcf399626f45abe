package org.yingzai.projects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.JointSubmissions;
import org.yingzai.applications.JointSubmissions.JointApplication;
import org.yingzai.applications.JointSubmissions.JointFile;
import org.yingzai.applications.JointSubmissions.JointItem;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.CurrentUser;
import org.yingzai.identity.Role;
import org.yingzai.processes.ParallelApproval;
import org.yingzai.projects.ProjectMapper.MemberRow;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.projects.ProjectMapper.UploadRow;
import org.yingzai.shared.ProblemException;

/**
 * One submission of a stage (一次提交): its form feeds each item's form, its materials go to every item
 * that asks for them, and one application per item of the project's type goes to its own department
 * at once, on its own path and clock, under one parallel approval process. Nothing is half-saved: a
 * gap anywhere refuses the whole submission.
 */
@Service
class StageSubmissions {

  private final ProjectMapper mapper;
  private final ProjectAccess access;
  private final StageCatalogue catalogue;
  private final Catalog items;
  private final JointSubmissions applications;
  private final RuntimeService runtime;
  private final ObjectMapper json;
  private final Clock clock;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final EarlierResults earlierResults;

  StageSubmissions(
      ProjectMapper mapper,
      ProjectAccess access,
      StageCatalogue catalogue,
      Catalog items,
      JointSubmissions applications,
      RuntimeService runtime,
      ObjectMapper json,
      Clock clock,
      AuditTrail audit,
      MessageSource messages,
      EarlierResults earlierResults) {
    this.earlierResults = earlierResults;
    this.mapper = mapper;
    this.access = access;
    this.catalogue = catalogue;
    this.items = items;
    this.applications = applications;
    this.runtime = runtime;
    this.json = json;
    this.clock = clock;
    this.audit = audit;
    this.messages = messages;
  }

  /**
   * @param promisedMaterials the stage materials the applicant promises to supply after the
   *     acceptance (容缺受理): a key project's, and only materials every item may be accepted without
   * @throws ProblemException 409 {@code STAGE_NOT_OPEN}; 409 {@code STAGE_HAS_NO_ITEMS}; 400 {@code
   *     FORM_INVALID} naming the stage's fields; 400 {@code STAGE_MATERIALS_MISSING} naming every
   *     stage material still missing in {@code missingMaterials}; 400 {@code GREEN_CHANNEL_ONLY},
   *     {@code STAGE_MATERIAL_UNKNOWN} or {@code MATERIAL_NOT_DEFERRABLE} for a bad promise
   */
  @Transactional
  void submit(String projectId, Stage stage, List<String> promisedMaterials) {
    ProjectRow project = access.lockForSubmission(projectId);
    StageRow row = mapper.lockStage(project.id(), stage);
    StageEntry entry = catalogue.require(stage);
    if (row.status() != StageStatus.OPEN) {
      throw StagePreparation.notOpen(entry, row.status());
    }
    List<String> itemCodes = entry.itemsFor(project.projectType());
    if (itemCodes.isEmpty()) {
      throw ProblemException.conflict("STAGE_HAS_NO_ITEMS", entry.name(), project.projectType());
    }
    ObjectNode form =
        applications.cleanForm(
            row.formJson() == null ? json.createObjectNode() : read(row.formJson()),
            entry.fields(),
            true);
    Map<String, UploadRow> uploads = new HashMap<>();
    // the newest upload of each material wins
    mapper.findUploads(project.id(), stage).forEach(u -> uploads.put(u.materialCode(), u));
    // what the earlier stages decided needs no upload
    earlierResults
        .of(project.id(), entry)
        .forEach((code, earlier) -> uploads.putIfAbsent(code, earlier.asUpload()));
    Map<String, ServiceItem> serviceItems = items.itemsByCode(itemCodes);
    Set<String> promised =
        promised(project, entry, itemCodes, serviceItems, uploads, promisedMaterials);
    requireMaterials(entry, itemCodes, serviceItems, uploads, promised);

    List<JointItem> jointItems = new ArrayList<>();
    for (String itemCode : itemCodes) {
      jointItems.add(
          new JointItem(
              itemCode,
              itemForm(entry, itemCode, form),
              files(entry, itemCode, uploads),
              promisedItemMaterials(entry, itemCode, serviceItems.get(itemCode), promised)));
    }
    List<JointApplication> submitted =
        applications.submit(project.enterpriseId(), jointItems, project.keyProject());
    for (JointApplication application : submitted) {
      mapper.insertMember(
          new MemberRow(application.id(), project.id(), stage, application.itemCode()));
    }
    Instant now = clock.instant();
    mapper.markSubmitted(
        project.id(),
        stage,
        now,
        CurrentUser.get().username(),
        entry.legalLimit(),
        entry.promisedLimit());

    StageKey key = new StageKey(project.id(), stage);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ParallelApproval.VAR_GROUP_KEY, key.groupKey());
    variables.put(ParallelApproval.VAR_NEXT_CHANGE_AT, null);
    ProcessInstance group =
        runtime.startProcessInstanceByKey(ParallelApproval.PROCESS_KEY, key.groupKey(), variables);
    mapper.setProcessInstance(project.id(), stage, group.getId());
    for (ProcessInstance member :
        runtime.createProcessInstanceQuery().superProcessInstanceId(group.getId()).list()) {
      applications.started(member.getBusinessKey(), member.getId());
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("stage", stage.name());
    change.put("applications", submitted.stream().map(JointApplication::number).toList());
    change.put("promisedMaterials", List.copyOf(promised));
    audit.record(
        ProjectAuditAction.STAGE_SUBMITTED, AuditObject.of("project", project.id()), null, change);
  }

  /** The stage materials promised and still missing, checked against the green channel's rules. */
  private Set<String> promised(
      ProjectRow project,
      StageEntry entry,
      List<String> itemCodes,
      Map<String, ServiceItem> serviceItems,
      Map<String, UploadRow> uploads,
      List<String> promisedMaterials) {
    Set<String> promised = new LinkedHashSet<>();
    if (promisedMaterials == null || promisedMaterials.isEmpty()) {
      return promised;
    }
    if (!project.keyProject()) {
      throw ProblemException.badRequest("GREEN_CHANNEL_ONLY");
    }
    // a promise binds the enterprise (a broken one is its credit record): only it signs one
    if (!CurrentUser.get().is(Role.ENTERPRISE)) {
      throw ProblemException.badRequest("PROMISE_BY_ENTERPRISE_ONLY");
    }
    for (String code : promisedMaterials) {
      StageEntry.StageMaterial material =
          entry
              .material(code)
              .orElseThrow(
                  () -> ProblemException.badRequest("STAGE_MATERIAL_UNKNOWN", code, entry.name()));
      if (uploads.containsKey(code)) {
        continue;
      }
      for (StageEntry.MaterialTarget target : material.targets()) {
        if (!itemCodes.contains(target.itemCode())) {
          continue;
        }
        Material itemMaterial =
            serviceItems.get(target.itemCode()).material(target.itemMaterialCode()).orElseThrow();
        if (itemMaterial.mustUpload() && !itemMaterial.deferrable()) {
          throw ProblemException.badRequest(
              "MATERIAL_NOT_DEFERRABLE",
              material.name(),
              serviceItems.get(target.itemCode()).name());
        }
      }
      promised.add(code);
    }
    return promised;
  }

  /** The item's materials that the promised stage materials stand for and it may go without. */
  private static List<String> promisedItemMaterials(
      StageEntry entry, String itemCode, ServiceItem item, Set<String> promised) {
    List<String> codes = new ArrayList<>();
    for (StageEntry.StageMaterial material : entry.materials()) {
      if (!promised.contains(material.code())) {
        continue;
      }
      for (StageEntry.MaterialTarget target : material.targets()) {
        if (target.itemCode().equals(itemCode)
            && item.material(target.itemMaterialCode()).map(Material::deferrable).orElse(false)) {
          codes.add(target.itemMaterialCode());
        }
      }
    }
    return codes;
  }

  private void requireMaterials(
      StageEntry entry,
      List<String> itemCodes,
      Map<String, ServiceItem> serviceItems,
      Map<String, UploadRow> uploads,
      Set<String> promised) {
    List<MissingMaterial> missing = new ArrayList<>();
    for (StageEntry.StageMaterial material : entry.materials()) {
      if (promised.contains(material.code())) {
        continue;
      }
      boolean required =
          material.targets().stream()
              .anyMatch(
                  t ->
                      itemCodes.contains(t.itemCode())
                          && serviceItems
                              .get(t.itemCode())
                              .material(t.itemMaterialCode())
                              .map(Material::mustUpload)
                              .orElse(false));
      if (required && !uploads.containsKey(material.code())) {
        missing.add(new MissingMaterial(material.code(), material.name()));
      }
    }
    if (!missing.isEmpty()) {
      throw ProblemException.badRequest(
              "STAGE_MATERIALS_MISSING",
              String.join(
                  messages.getMessage(
                      "applications.list.separator", null, LocaleContextHolder.getLocale()),
                  missing.stream().map(MissingMaterial::name).toList()))
          .with("missingMaterials", List.copyOf(missing));
    }
  }

  private ObjectNode itemForm(StageEntry entry, String itemCode, ObjectNode stageForm) {
    ObjectNode form = json.createObjectNode();
    for (StageEntry.FieldTarget target : entry.fieldTargets()) {
      if (target.itemCode().equals(itemCode) && stageForm.has(target.fieldName())) {
        form.set(target.itemField(), stageForm.get(target.fieldName()));
      }
    }
    return form;
  }

  private static List<JointFile> files(
      StageEntry entry, String itemCode, Map<String, UploadRow> uploads) {
    List<JointFile> files = new ArrayList<>();
    for (StageEntry.StageMaterial material : entry.materials()) {
      UploadRow upload = uploads.get(material.code());
      if (upload == null) {
        continue;
      }
      for (StageEntry.MaterialTarget target : material.targets()) {
        if (target.itemCode().equals(itemCode)) {
          files.add(
              new JointFile(
                  target.itemMaterialCode(),
                  upload.fileName(),
                  upload.contentType(),
                  upload.sizeBytes(),
                  upload.sha256()));
        }
      }
    }
    return files;
  }

  private JsonNode read(String formJson) {
    try {
      return json.readTree(formJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
