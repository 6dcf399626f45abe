package org.yingzai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.audit.AuditObject;
import org.yingzai.audit.AuditTrail;
import org.yingzai.shared.ProblemException;

/**
 * Administrators change a service item's time limits and handling type, and which proof each of its
 * proof materials stands for. Each change is checked as a whole, locks the item, is in the audit
 * trail in its transaction, and makes every cached item be read again. Applications already
 * accepted keep the limits their clock started with.
 */
@Service
class ItemAdminService {

  static final int MAX_LIMIT = 3650;
  static final int MAX_EXTENSION = 365;

  private final ServiceItemMapper items;
  private final ProofMapper proofs;
  private final Catalog catalog;
  private final ItemCache cache;
  private final AuditTrail audit;
  private final MessageSource messages;

  ItemAdminService(
      ServiceItemMapper items,
      ProofMapper proofs,
      Catalog catalog,
      ItemCache cache,
      AuditTrail audit,
      MessageSource messages) {
    this.items = items;
    this.proofs = proofs;
    this.catalog = catalog;
    this.cache = cache;
    this.audit = audit;
    this.messages = messages;
  }

  /** The limits of an item as an administrator writes them; each arrives as text. */
  record LimitsRequest(
      String handlingType,
      String limitUnit,
      String legalLimit,
      String promisedLimit,
      String maxExtension) {}

  /**
   * Replaces the item's handling type and limits. A change that changes nothing records nothing.
   *
   * @throws ProblemException {@code 404 ITEM_NOT_FOUND}; {@code 400 ITEM_LIMITS_INVALID} naming
   *     every wrong field in {@code errors}, nothing changed
   */
  @Transactional
  ServiceItem changeLimits(String code, LimitsRequest request) {
    List<Map<String, Object>> errors = new ArrayList<>();
    HandlingType handlingType =
        choice(errors, "handlingType", request.handlingType(), HandlingType.class);
    LimitUnit unit = choice(errors, "limitUnit", request.limitUnit(), LimitUnit.class);
    Integer legal = number(errors, "legalLimit", request.legalLimit(), 0, MAX_LIMIT);
    Integer promised = number(errors, "promisedLimit", request.promisedLimit(), 0, MAX_LIMIT);
    Integer extension = number(errors, "maxExtension", request.maxExtension(), 0, MAX_EXTENSION);
    if (legal != null && promised != null && promised > legal) {
      errors.add(error("promisedLimit", "PROMISED_OVER_LEGAL", promised, legal));
    }
    if (handlingType == HandlingType.INSTANT && promised != null && promised != 0) {
      errors.add(error("promisedLimit", "INSTANT_NOT_SAME_DAY", promised));
    }
    if (handlingType == HandlingType.COMMITTED && promised != null && promised == 0) {
      errors.add(error("promisedLimit", "COMMITTED_WITHOUT_DAYS"));
    }
    if (handlingType == HandlingType.COMMITTED && legal != null && legal == 0) {
      errors.add(error("legalLimit", "COMMITTED_WITHOUT_DAYS"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
              "ITEM_LIMITS_INVALID",
              String.join(", ", errors.stream().map(e -> (String) e.get("field")).toList()))
          .with("errors", errors);
    }
    ItemRow before = items.lockByCode(code).orElseThrow(() -> notFound(code));
    boolean same =
        before.handlingType() == handlingType
            && before.limitUnit() == unit
            && before.legalLimit() == legal
            && before.promisedLimit() == promised
            && before.maxExtension() == extension;
    if (!same) {
      items.updateLimits(code, handlingType, unit, legal, promised, extension);
      cache.evict();
      Map<String, Object> change = new LinkedHashMap<>();
      change.put(
          "before",
          limits(
              before.handlingType(),
              before.limitUnit(),
              before.legalLimit(),
              before.promisedLimit(),
              before.maxExtension()));
      change.put("after", limits(handlingType, unit, legal, promised, extension));
      audit.record(CatalogAuditAction.ITEM_LIMITS_CHANGED, item(code), null, change);
    }
    return catalog.requireItem(code);
  }

  /**
   * Points the item's proof material at another proof of the catalogue.
   *
   * @throws ProblemException {@code 404 ITEM_NOT_FOUND}, {@code 404 MATERIAL_NOT_FOUND}, {@code 400
   *     MATERIAL_NOT_PROOF} (a form or an attachment stands for no proof), {@code 400
   *     PROOF_REQUIRED}, {@code 400 PROOF_UNKNOWN}
   */
  @Transactional
  ServiceItem changeMaterialProof(String code, String materialCode, String proofCode) {
    items.lockByCode(code).orElseThrow(() -> notFound(code));
    Material material =
        catalog.requireItem(code).materials().stream()
            .filter(m -> m.code().equals(materialCode))
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("MATERIAL_NOT_FOUND", materialCode, code));
    if (material.kind() != MaterialKind.PROOF) {
      throw ProblemException.badRequest("MATERIAL_NOT_PROOF", materialCode, material.kind());
    }
    String wanted = proofCode == null ? "" : proofCode.strip();
    if (wanted.isEmpty()) {
      throw ProblemException.badRequest("PROOF_REQUIRED", materialCode);
    }
    if (proofs.findByCode(wanted).isEmpty()) {
      throw ProblemException.badRequest("PROOF_UNKNOWN", wanted);
    }
    if (!wanted.equals(material.proofCode())) {
      items.updateMaterialProof(code, materialCode, wanted);
      cache.evict();
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("material", materialCode);
      change.put("from", material.proofCode());
      change.put("to", wanted);
      audit.record(CatalogAuditAction.MATERIAL_PROOF_CHANGED, item(code), null, change);
    }
    return catalog.requireItem(code);
  }

  /** The steps an item may give a limit of its own, in the order of the approval path. */
  static final List<String> STEPS = List.of("ACCEPT", "REVIEW", "DECIDE", "SUPPLEMENT");

  /**
   * Replaces the item's own step limits (in its limit unit; a step left blank has none). Tasks that
   * appear from now on are counted with them; open tasks keep the limit they were armed with.
   *
   * @throws ProblemException {@code 404 ITEM_NOT_FOUND}; {@code 400 ITEM_STEP_LIMITS_INVALID}
   *     naming every wrong step in {@code errors}, nothing changed
   */
  @Transactional
  Map<String, Integer> changeStepLimits(String code, Map<String, String> typed) {
    ItemRow row = items.lockByCode(code).orElseThrow(() -> notFound(code));
    List<Map<String, Object>> errors = new ArrayList<>();
    typed.keySet().stream()
        .filter(step -> !STEPS.contains(step))
        .sorted()
        .forEach(step -> errors.add(error("stepLimit", "STEP_UNKNOWN", step)));
    Map<String, Integer> after = new LinkedHashMap<>();
    for (String step : STEPS) {
      String value = typed.get(step);
      if (value == null || value.isBlank()) {
        continue;
      }
      Integer limit = number(errors, "stepLimit." + step, value, 0, MAX_LIMIT);
      if (limit == null) {
        continue;
      }
      // 行政许可法 §32: a department accepts or returns within five working days
      if ("ACCEPT".equals(step)
          && row.limitUnit() == LimitUnit.WORKING_DAYS
          && limit > Catalog.ACCEPTANCE_LIMIT) {
        errors.add(
            error("stepLimit." + step, "OVER_ACCEPTANCE_LIMIT", limit, Catalog.ACCEPTANCE_LIMIT));
        continue;
      }
      after.put(step, limit);
    }
    if (!errors.isEmpty()) {
      throw ProblemException.badRequest(
              "ITEM_STEP_LIMITS_INVALID",
              String.join(", ", errors.stream().map(e -> (String) e.get("field")).toList()))
          .with("errors", errors);
    }
    Map<String, Integer> before = new LinkedHashMap<>(catalog.stepLimits(code));
    if (!before.equals(after)) {
      items.deleteStepLimits(code);
      if (!after.isEmpty()) {
        items.insertStepLimits(
            code,
            after.entrySet().stream()
                .map(e -> new ServiceItemMapper.StepLimitRow(e.getKey(), e.getValue()))
                .toList());
      }
      cache.evict();
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("before", before);
      change.put("after", after);
      audit.record(CatalogAuditAction.ITEM_STEP_LIMITS_CHANGED, item(code), null, change);
    }
    return catalog.stepLimits(code);
  }

  private static Map<String, Object> limits(
      HandlingType handlingType, LimitUnit unit, int legal, int promised, int extension) {
    Map<String, Object> limits = new LinkedHashMap<>();
    limits.put("handlingType", handlingType);
    limits.put("limitUnit", unit);
    limits.put("legalLimit", legal);
    limits.put("promisedLimit", promised);
    limits.put("maxExtension", extension);
    return limits;
  }

  private <E extends Enum<E>> E choice(
      List<Map<String, Object>> errors, String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      errors.add(error(field, "REQUIRED"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(error(field, "UNKNOWN_VALUE", value.strip()));
      return null;
    }
  }

  private Integer number(
      List<Map<String, Object>> errors, String field, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      errors.add(error(field, "REQUIRED"));
      return null;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below as out of range, with the range
    }
    errors.add(error(field, "NOT_IN_RANGE", value.strip(), min, max));
    return null;
  }

  private Map<String, Object> error(String field, String reason, Object... arguments) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("reason", reason);
    Locale locale = LocaleContextHolder.getLocale();
    String label = messages.getMessage("items.field." + field, null, field, locale);
    Object[] withLabel = new Object[arguments.length + 1];
    withLabel[0] = label;
    System.arraycopy(arguments, 0, withLabel, 1, arguments.length);
    error.put("message", messages.getMessage("items.problem." + reason, withLabel, reason, locale));
    return error;
  }

  private static AuditObject item(String code) {
    return AuditObject.of("item", code);
  }

  private static ProblemException notFound(String code) {
    return ProblemException.notFound("ITEM_NOT_FOUND", code);
  }
}
