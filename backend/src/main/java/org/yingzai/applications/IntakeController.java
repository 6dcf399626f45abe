package org.yingzai.applications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.applications.IntakeRequests.HandoverRequest;
import org.yingzai.applications.IntakeRequests.IntakeRequest;
import org.yingzai.applications.IntakeRequests.ResultDeliveryRequest;

@RestController
@Tag(name = "Intake", description = "窗口收件与就近办理：代为申请、授权委托书、结果领取方式、窗口发放")
class IntakeController {

  private final Intakes intakes;

  IntakeController(Intakes intakes) {
    this.intakes = intakes;
  }

  @PostMapping("/api/intake/applications")
  @Operation(
      summary =
          "Take an application at the counter (a clerk with the duty receive): a draft with channel"
              + " HALL or STATION; its materials and submission as for any draft")
  ResponseEntity<ApplicationResponse> take(
      @Valid @RequestBody IntakeRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    Idempotency.requireValid(idempotencyKey);
    ApplicationResponse created;
    try {
      created = intakes.take(request, idempotencyKey);
    } catch (DuplicateKeyException raced) {
      created = intakes.replay(idempotencyKey);
    }
    return ResponseEntity.created(URI.create("/api/applications/" + created.id())).body(created);
  }

  @PostMapping(
      path = "/api/intake/applications/{id}/authorization",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Scan the authorization letter of a person who is not the legal representative")
  ApplicationResponse authorization(@PathVariable String id, @RequestParam MultipartFile file) {
    try (InputStream content = file.getInputStream()) {
      return intakes.scanAuthorization(id, file.getOriginalFilename(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PutMapping("/api/applications/{id}/result-delivery")
  @Operation(summary = "Choose where the result is got: ONLINE, or at the STATION that took it")
  ApplicationResponse resultDelivery(
      @PathVariable String id, @Valid @RequestBody ResultDeliveryRequest request) {
    return intakes.chooseDelivery(id, request.resultDelivery());
  }

  @PostMapping("/api/applications/{id}/handover")
  @Operation(summary = "Hand the result over at the station that took the application, once")
  ApplicationResponse handover(
      @PathVariable String id, @Valid @RequestBody HandoverRequest request) {
    return intakes.handOver(id, request.recipientName());
  }
}
