package org.yingzai.applications;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.SupplementRow;
import org.yingzai.applications.ProofChecks.ProofContext;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * Supplement notices (一次性告知): the materials a step may ask for, and the notice that asks for all of
 * them at once.
 */
@Component
class SupplementNotices {

  private final ApplicationMapper mapper;
  private final Catalog catalog;
  private final ProofChecks proofs;
  private final StepRecords steps;
  private final Clock clock;

  SupplementNotices(
      ApplicationMapper mapper,
      Catalog catalog,
      ProofChecks proofs,
      StepRecords steps,
      Clock clock) {
    this.mapper = mapper;
    this.catalog = catalog;
    this.proofs = proofs;
    this.steps = steps;
    this.clock = clock;
  }

  void request(String applicationId, Step step, List<String> materialCodes, String comment) {
    ApplicationRow row = mapper.findById(applicationId);
    Set<String> codes = new LinkedHashSet<>(materialCodes);
    Set<String> requestable =
        requestable(row).stream().map(Material::code).collect(Collectors.toSet());
    for (String code : codes) {
      if (!requestable.contains(code)) {
        throw ProblemException.badRequest("MATERIAL_NOT_REQUESTABLE", code, row.itemCode());
      }
    }
    mapper.insertSupplement(
        SupplementRow.request(
            applicationId,
            step,
            CurrentUser.get().username(),
            clock.instant(),
            comment,
            mapper.maxMaterialId(applicationId)));
    long requestId = mapper.lastInsertId();
    if (!codes.isEmpty()) {
      mapper.insertSupplementMaterials(requestId, codes);
    }
    steps.record(
        applicationId,
        step,
        "SUPPLEMENT_REQUESTED",
        ApplicationStatus.SUPPLEMENT_REQUESTED,
        false,
        comment);
  }

  List<Material> requestable(String applicationId) {
    ApplicationRow row = mapper.findById(applicationId);
    if (row == null) {
      throw ProblemException.notFound("APPLICATION_NOT_FOUND", applicationId);
    }
    return requestable(row);
  }

  private List<Material> requestable(ApplicationRow row) {
    ServiceItem item = catalog.requireItem(row.itemCode());
    ProofContext context = MissingMaterials.context(row, item, mapper.findMaterials(row.id()));
    return item.materials().stream()
        .filter(m -> m.uploadAllowed() || proofs.uploadAllowed(context, m))
        .toList();
  }
}
