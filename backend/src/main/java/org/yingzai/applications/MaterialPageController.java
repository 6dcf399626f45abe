package org.yingzai.applications;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yingzai.shared.FileResponses;
import org.yingzai.shared.PageController;

/**
 * A material file for the pages of a logged-in user (the applicant, the department's clerks, a
 * supervisor): shown in the page (PDF and images) with its stored content type, or downloaded; the
 * same service and visibility as the API's download.
 */
@PageController
class MaterialPageController {

  private final MaterialUploads uploads;

  MaterialPageController(MaterialUploads uploads) {
    this.uploads = uploads;
  }

  @GetMapping("/applications/{id}/materials/{materialId}")
  ResponseEntity<Resource> material(
      @PathVariable String id,
      @PathVariable long materialId,
      @RequestParam(defaultValue = "false") boolean download) {
    MaterialUploads.StoredMaterial material = uploads.download(id, materialId);
    return FileResponses.of(
        material.content(),
        material.size(),
        MediaType.parseMediaType(material.contentType()),
        material.fileName(),
        download);
  }
}
