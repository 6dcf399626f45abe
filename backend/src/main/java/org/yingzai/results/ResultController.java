package org.yingzai.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.applications.IssuedResult;
import org.yingzai.shared.FileResponses;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@Tag(name = "Results", description = "办理结果：文书下载与公开核验")
class ResultController {

  private final Results results;
  private final ResultVerification verification;

  ResultController(Results results, ResultVerification verification) {
    this.results = results;
    this.verification = verification;
  }

  @GetMapping("/api/results/{code}")
  @Operation(summary = "Whether a result document is genuine and in force (anonymous)")
  VerificationResponse verify(@PathVariable String code, HttpServletRequest request) {
    return verification.verify(code, request.getRemoteAddr());
  }

  @GetMapping("/api/applications/{id}/results/{code}")
  @Operation(summary = "Download a result document of the application as PDF")
  ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String code) {
    Results.DocumentFile file = results.download(id, code);
    return FileResponses.of(
        file.content(), file.size(), MediaType.APPLICATION_PDF, file.fileName(), true);
  }

  @GetMapping("/api/my/results")
  @Operation(summary = "The enterprise's result documents (my licences), newest first")
  PageResponse<MyResultResponse> mine(
      @RequestParam(required = false) IssuedResult.Kind kind,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return results.mine(kind, PageRequest.of(page, size));
  }
}
