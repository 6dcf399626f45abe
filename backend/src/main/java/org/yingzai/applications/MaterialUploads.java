package org.yingzai.applications;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.applications.ApplicationMapper.ApplicationRow;
import org.yingzai.applications.ApplicationMapper.MaterialRow;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.identity.AuthenticatedUser;
import org.yingzai.identity.CurrentUser;
import org.yingzai.shared.ProblemException;

/**
 * The files of an application: uploaded by its enterprise while it is a draft or a supplement is
 * requested, read by whoever may see it. A proof the catalogue waives is never taken as an upload,
 * unless the certificate-free rules made it one. Uploads and downloads are in the audit trail.
 */
@Service
class MaterialUploads {

  private final ApplicationMapper mapper;
  private final ApplicationAccess access;
  private final Catalog catalog;
  private final MaterialFiles files;
  private final ProofChecks proofs;
  private final Clock clock;
  private final AuditTrail audit;
  private final MaterialPromises promises;

  MaterialUploads(
      ApplicationMapper mapper,
      ApplicationAccess access,
      Catalog catalog,
      MaterialFiles files,
      ProofChecks proofs,
      Clock clock,
      AuditTrail audit,
      MaterialPromises promises) {
    this.mapper = mapper;
    this.access = access;
    this.catalog = catalog;
    this.files = files;
    this.proofs = proofs;
    this.clock = clock;
    this.audit = audit;
    this.promises = promises;
  }

  /** A stored material file, to be sent to the caller. */
  record StoredMaterial(
      String fileName, String contentType, long size, InputStreamSource content) {}

  @Transactional
  MaterialResponse upload(
      String applicationId, String materialCode, String fileName, InputStream content) {
    AuthenticatedUser user = CurrentUser.get();
    ApplicationRow row = access.lockOwned(applicationId);
    ApplicationStatus status = row.status();
    // a material promised under 容缺受理 is uploaded whenever it comes, up to its day
    boolean promised = promises.openCodes(row.id()).contains(materialCode);
    if (status != ApplicationStatus.DRAFT
        && status != ApplicationStatus.SUPPLEMENT_REQUESTED
        && !promised) {
      throw ProblemException.conflict("APPLICATION_NOT_EDITABLE", status);
    }
    ServiceItem item = catalog.requireItem(row.itemCode());
    Material material =
        item.material(materialCode)
            .orElseThrow(
                () -> ProblemException.badRequest("MATERIAL_UNKNOWN", materialCode, item.code()));
    if (!material.uploadAllowed()
        && !proofs.uploadAllowed(
            MissingMaterials.context(row, item, mapper.findMaterials(row.id())), material)) {
      throw ProblemException.badRequest("MATERIAL_NOT_UPLOADABLE", materialCode, material.name());
    }
    FileNames.requireKeepable(fileName);
    MaterialFiles.StoredFile stored = files.store(content);
    Instant now = clock.instant();
    mapper.insertMaterial(
        new MaterialRow(
            null,
            row.id(),
            materialCode,
            FileNames.of(fileName, stored.contentType()),
            stored.contentType(),
            stored.size(),
            stored.sha256(),
            user.username(),
            now));
    long id = mapper.lastInsertId();
    if (promised) {
      promises.uploaded(row.id(), materialCode, id);
    }
    audit.record(
        ApplicationAuditAction.MATERIAL_UPLOADED,
        material(id, row.id()),
        null,
        Map.of(
            "materialCode",
            materialCode,
            "contentType",
            stored.contentType(),
            "size",
            stored.size(),
            "sha256",
            stored.sha256()));
    return ApplicationViews.material(mapper.findMaterial(row.id(), id));
  }

  /** Read-write: the download is recorded in the audit trail. */
  @Transactional
  StoredMaterial download(String applicationId, long materialId) {
    ApplicationRow row = access.visibleRow(applicationId);
    MaterialRow material = mapper.findMaterial(row.id(), materialId);
    if (material == null) {
      throw ProblemException.notFound("MATERIAL_NOT_FOUND", materialId);
    }
    audit.record(
        ApplicationAuditAction.MATERIAL_DOWNLOADED,
        material(material.id(), row.id()),
        null,
        Map.of("materialCode", material.materialCode(), "sha256", material.sha256()));
    return new StoredMaterial(
        FileNames.of(material.fileName(), material.contentType()),
        material.contentType(),
        material.sizeBytes(),
        files.source(material.sha256(), material.sizeBytes()));
  }

  private static AuditObject material(long materialId, String applicationId) {
    return AuditObject.ofApplication("material", String.valueOf(materialId), applicationId);
  }
}
