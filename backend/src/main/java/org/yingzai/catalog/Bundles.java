package org.yingzai.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yingzai.catalog.BundleMapper.BundleRow;
import org.yingzai.catalog.BundleMapper.MaterialTargetRow;
import org.yingzai.shared.ProblemException;

/** The active bundles (一件事一次办) of the catalogue, each read whole with its items. */
@Service
public class Bundles {

  private final BundleMapper mapper;
  private final Catalog catalog;

  Bundles(BundleMapper mapper, Catalog catalog) {
    this.mapper = mapper;
    this.catalog = catalog;
  }

  /** Every active bundle, in the catalogue's order. */
  @Transactional(readOnly = true)
  public List<Bundle> findAll() {
    return mapper.findActive().stream().map(this::bundle).toList();
  }

  /**
   * The active bundle with the code.
   *
   * @throws ProblemException 404 {@code BUNDLE_NOT_FOUND}
   */
  @Transactional(readOnly = true)
  public Bundle require(String code) {
    BundleRow row = code == null ? null : mapper.findActiveByCode(code);
    if (row == null) {
      throw ProblemException.notFound("BUNDLE_NOT_FOUND", code);
    }
    return bundle(row);
  }

  private Bundle bundle(BundleRow row) {
    // in the bundle's order
    List<ServiceItem> ordered =
        List.copyOf(catalog.itemsByCode(mapper.findItemCodes(row.code())).values());
    List<FormField> fields =
        mapper.findFields(row.code()).stream()
            .map(
                f ->
                    new ItemFormFieldRow(
                            row.code(),
                            f.name(),
                            f.type(),
                            f.required(),
                            f.maxLength(),
                            f.label(),
                            f.options())
                        .toField())
            .toList();
    Map<String, List<Bundle.MaterialTarget>> targets = new LinkedHashMap<>();
    for (MaterialTargetRow target : mapper.findMaterialTargets(row.code())) {
      targets
          .computeIfAbsent(target.materialCode(), code -> new ArrayList<>())
          .add(new Bundle.MaterialTarget(target.itemCode(), target.itemMaterialCode()));
    }
    List<Bundle.BundleMaterial> materials =
        mapper.findMaterials(row.code()).stream()
            .map(
                m ->
                    new Bundle.BundleMaterial(
                        m.code(),
                        m.name(),
                        m.description(),
                        targets.getOrDefault(m.code(), List.of())))
            .toList();
    return new Bundle(
        row.code(),
        row.name(),
        row.theme(),
        row.promisedLimit(),
        row.description(),
        row.basis(),
        ordered,
        fields,
        mapper.findFieldTargets(row.code()),
        materials);
  }
}
