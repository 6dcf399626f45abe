package org.yingzai.catalog;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.shared.LikePatterns;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;

/**
 * The catalogue of service items, read by the public guide and by every module that handles them.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

  /** 行政许可法 §32: accepted or returned within five working days of receipt, or accepted. */
  public static final int ACCEPTANCE_LIMIT = 5;

  private final ServiceItemMapper items;
  private final ProofMapper proofs;
  private final Departments departments;
  private final ItemCache cache;

  Catalog(ServiceItemMapper items, ProofMapper proofs, Departments departments, ItemCache cache) {
    this.items = items;
    this.proofs = proofs;
    this.departments = departments;
    this.cache = cache;
  }

  // proofs are read afresh: a signature must name the commitment text that is current now

  /** Finds a proof of the catalogue with its current commitment text. */
  public Optional<Proof> findProof(String code) {
    return proofs.findByCode(code);
  }

  /**
   * The proof with this code.
   *
   * @throws ProblemException {@code 404 PROOF_NOT_FOUND} when there is none
   */
  public Proof requireProof(String code) {
    return findProof(code).orElseThrow(() -> ProblemException.notFound("PROOF_NOT_FOUND", code));
  }

  /** The proofs the item's {@code PROOF} materials stand for, by material code. */
  public Map<String, Proof> proofsOf(ServiceItem item) {
    List<Material> proofMaterials =
        item.materials().stream().filter(m -> m.proofCode() != null).toList();
    if (proofMaterials.isEmpty()) {
      return Map.of();
    }
    Map<String, Proof> byCode =
        proofs
            .findByCodes(proofMaterials.stream().map(Material::proofCode).distinct().toList())
            .stream()
            .collect(toMap(Proof::code, Function.identity()));
    return proofMaterials.stream()
        .collect(
            toMap(
                Material::code,
                m -> byCode.get(m.proofCode()),
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  /**
   * Finds an item by its code, also one no longer offered, so that running applications keep it.
   */
  public Optional<ServiceItem> findItem(String code) {
    Optional<ServiceItem> cached = cache.get(code);
    if (cached.isPresent()) {
      return cached;
    }
    long loadedAt = cache.generation();
    Optional<ServiceItem> found =
        items
            .findByCode(code)
            .map(
                row ->
                    complete(List.of(row), departments.find(row.departmentCode()).stream().toList())
                        .get(0));
    found.ifPresent(item -> cache.put(item, loadedAt));
    return found;
  }

  /**
   * The items with these codes, also those no longer offered, in the order asked; codes without an
   * item are left out. Loads the items not at hand in one query, with their materials in another.
   */
  public Map<String, ServiceItem> itemsByCode(Collection<String> codes) {
    Map<String, ServiceItem> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String code : new LinkedHashSet<>(codes)) {
      if (code != null) {
        found.put(code, null);
        cache.get(code).ifPresentOrElse(item -> found.put(code, item), () -> missing.add(code));
      }
    }
    if (!missing.isEmpty()) {
      long loadedAt = cache.generation();
      for (ServiceItem item : complete(items.findByCodes(missing), departments.findAll())) {
        found.put(item.code(), item);
        cache.put(item, loadedAt);
      }
    }
    found.values().removeIf(Objects::isNull);
    return found;
  }

  /**
   * The item with this code.
   *
   * @throws ProblemException {@code 404 ITEM_NOT_FOUND} when there is none
   */
  public ServiceItem requireItem(String code) {
    return findItem(code).orElseThrow(() -> ProblemException.notFound("ITEM_NOT_FOUND", code));
  }

  /**
   * The name of the item with this code, without its materials and department.
   *
   * @throws ProblemException {@code 404 ITEM_NOT_FOUND} when there is none
   */
  public String requireItemName(String code) {
    return findItemName(code).orElseThrow(() -> ProblemException.notFound("ITEM_NOT_FOUND", code));
  }

  /** The name of the item with this code, also one no longer offered. */
  public Optional<String> findItemName(String code) {
    Optional<ServiceItem> cached = cache.get(code);
    return cached.isPresent()
        ? cached.map(ServiceItem::name)
        : items.findByCode(code).map(ItemRow::name);
  }

  /** What the service guide tells about the item with this code beyond its handling. */
  public ItemGuide guide(String code) {
    ServiceItemMapper.GuideRow row = items.findGuide(code);
    Map<String, String> notes =
        items.findMaterialNotes(code).stream()
            .collect(
                toMap(
                    ServiceItemMapper.MaterialNoteRow::code,
                    ServiceItemMapper.MaterialNoteRow::description));
    return row == null
        ? new ItemGuide(null, null, null, notes)
        : new ItemGuide(row.fee(), row.basis(), row.handlingPlace(), notes);
  }

  /**
   * The item's limit for one step ({@code ACCEPT}, {@code REVIEW}, {@code DECIDE}, {@code
   * SUPPLEMENT}), in the item's limit unit. ACCEPT is bounded at 5 working days by 行政许可法 §32 where
   * the item sets nothing shorter; other steps without a limit of their own have none.
   */
  public Optional<Integer> stepLimit(String itemCode, String step) {
    Optional<Integer> own = Optional.ofNullable(stepLimits(itemCode).get(step));
    return own.isEmpty() && "ACCEPT".equals(step) ? Optional.of(ACCEPTANCE_LIMIT) : own;
  }

  /**
   * What the item's approval issues, with the form fields printed on it (the item's own fields of
   * that name; a name the form does not have is left out).
   */
  public ResultTemplate resultTemplate(String itemCode) {
    ServiceItemMapper.ResultRow row = items.findResult(itemCode);
    if (row == null) {
      return ResultTemplate.standardDecision();
    }
    ServiceItem item = requireItem(itemCode);
    List<FormField> fields =
        row.fields() == null
            ? List.of()
            : java.util.Arrays.stream(row.fields().split("\\|"))
                .map(String::trim)
                .map(item::formField)
                .flatMap(Optional::stream)
                .toList();
    return new ResultTemplate(row.documentKind(), row.title(), row.validityMonths(), fields);
  }

  /** Every step limit the item sets itself, by step (kept until the catalogue changes). */
  public Map<String, Integer> stepLimits(String itemCode) {
    Optional<Map<String, Integer>> cached = cache.stepLimits(itemCode);
    if (cached.isPresent()) {
      return cached.get();
    }
    long loadedAt = cache.generation();
    Map<String, Integer> limits =
        Collections.unmodifiableMap(
            items.findStepLimits(itemCode).stream()
                .collect(
                    toMap(
                        ServiceItemMapper.StepLimitRow::step,
                        ServiceItemMapper.StepLimitRow::limitValue,
                        (a, b) -> a,
                        java.util.TreeMap::new)));
    cache.putStepLimits(itemCode, limits, loadedAt);
    return limits;
  }

  /**
   * One page of the items on offer that match the filter, ordered by code, with their materials.
   */
  public PageResponse<ServiceItem> findItems(ItemFilter filter, PageRequest page) {
    ItemFilter criteria = filter == null ? ItemFilter.none() : filter;
    String namePattern =
        criteria.q() == null ? null : "%" + LikePatterns.escape(criteria.q()) + "%";
    List<ItemRow> rows =
        items.findActive(
            criteria.theme(),
            criteria.departmentCode(),
            criteria.handlingType(),
            namePattern,
            page.offset(),
            page.size());
    return PageResponse.read(
        rows.isEmpty() ? List.of() : complete(rows, departments.findAll()),
        page,
        () ->
            items.countActive(
                criteria.theme(), criteria.departmentCode(), criteria.handlingType(), namePattern));
  }

  /**
   * Attaches departments, materials and form fields, loading the materials of all rows in one query
   * and their form fields in another.
   */
  private List<ServiceItem> complete(List<ItemRow> rows, List<Department> candidates) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Department> departmentsByCode =
        candidates.stream().collect(toMap(Department::code, Function.identity()));
    List<String> codes = rows.stream().map(ItemRow::code).toList();
    Map<String, List<Material>> materials =
        items.findMaterials(codes).stream()
            .collect(
                groupingBy(
                    ItemMaterialRow::itemCode, mapping(ItemMaterialRow::toMaterial, toList())));
    Map<String, List<FormField>> forms =
        items.findFormFields(codes).stream()
            .collect(
                groupingBy(
                    ItemFormFieldRow::itemCode, mapping(ItemFormFieldRow::toField, toList())));
    return rows.stream()
        .map(
            row ->
                row.toItem(
                    department(departmentsByCode, row),
                    materials.get(row.code()),
                    forms.get(row.code())))
        .toList();
  }

  private static Department department(Map<String, Department> departmentsByCode, ItemRow row) {
    Department department = departmentsByCode.get(row.departmentCode());
    if (department == null) {
      // the foreign key keeps this from happening
      throw new IllegalStateException(
          "Department " + row.departmentCode() + " of item " + row.code() + " does not exist");
    }
    return department;
  }
}
