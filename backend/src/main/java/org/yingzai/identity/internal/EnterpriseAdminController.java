package org.yingzai.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yingzai.identity.Enterprise;
import org.yingzai.identity.Enterprises;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;

@RestController
@RequestMapping("/api/admin/enterprises")
@Tag(name = "Administration", description = "管理员：市场主体与用户")
class EnterpriseAdminController {

  private final Enterprises enterprises;
  private final EnterpriseRegistration registration;

  EnterpriseAdminController(Enterprises enterprises, EnterpriseRegistration registration) {
    this.enterprises = enterprises;
    this.registration = registration;
  }

  @PostMapping
  @Operation(summary = "Register an enterprise by its unified social credit code")
  ResponseEntity<EnterpriseResponse> register(@RequestBody CreateEnterpriseRequest request) {
    Enterprise enterprise =
        registration.register(request.creditCode(), request.name(), request.legalRepresentative());
    return ResponseEntity.created(URI.create("/api/admin/enterprises/" + enterprise.creditCode()))
        .body(EnterpriseResponse.of(enterprise));
  }

  @GetMapping
  @Operation(summary = "Enterprises whose name or credit code contains q, ordered by name")
  PageResponse<EnterpriseResponse> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return enterprises.search(q, PageRequest.of(page, size)).map(EnterpriseResponse::of);
  }

  @PatchMapping("/{creditCode}")
  @Operation(summary = "Change an enterprise's name or legal representative")
  EnterpriseResponse change(
      @PathVariable String creditCode, @RequestBody ChangeEnterpriseRequest request) {
    return EnterpriseResponse.of(
        registration.change(creditCode, request.name(), request.legalRepresentative()));
  }

  @GetMapping("/{creditCode}")
  @Operation(summary = "One enterprise by its unified social credit code")
  EnterpriseResponse get(@PathVariable String creditCode) {
    return EnterpriseResponse.of(enterprises.requireByCreditCode(creditCode));
  }
}
