package org.yingzai.handling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications/{id}/extensions")
@Tag(name = "Extensions", description = "延长办理期限（行政许可法第四十二条）")
class ExtensionController {

  private final Extensions extensions;

  ExtensionController(Extensions extensions) {
    this.extensions = extensions;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Extend the time limit of an application at review or decision, by a deciding officer,"
              + " with a reason")
  ExtensionResponse extend(@PathVariable String id, @Valid @RequestBody ExtensionRequest body) {
    return extensions.extend(id, body);
  }
}
