package org.yingzai.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Progress", description = "办件进度查询（公开）")
class ProgressController {

  private final ProgressQuery progress;

  ProgressController(ProgressQuery progress) {
    this.progress = progress;
  }

  @GetMapping("/api/progress")
  @Operation(summary = "Where an application stands, by its number and query code (anonymous)")
  ProgressResponse progress(
      @RequestParam String number, @RequestParam String queryCode, HttpServletRequest request) {
    return progress.find(number, queryCode, request.getRemoteAddr());
  }
}
