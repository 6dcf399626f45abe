package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.yingzai.identity.Department;
import org.yingzai.identity.Departments;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.shared.SharedVersions;

class CatalogTest {

  private static final Department PLANNING = new Department("planning", "规划建设局");
  private static final Department MARKET = new Department("market", "市场监管局");

  private final ServiceItemMapper mapper = mock(ServiceItemMapper.class);
  private final Departments departments = mock(Departments.class);
  private final ProofMapper proofs = mock(ProofMapper.class);
  private final SharedVersions versions = mock(SharedVersions.class);
  private final ItemCache cache = new ItemCache(versions);
  private final Catalog catalog = new Catalog(mapper, proofs, departments, cache);

  @Test
  void requireItemRefusesAnUnknownCodeWithItemNotFound() {
    when(mapper.findByCode("GX-NONE")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> catalog.requireItem("GX-NONE"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
              assertThat(problem.code()).isEqualTo("ITEM_NOT_FOUND");
              assertThat(problem.arguments()).containsExactly("GX-NONE");
            });
  }

  @Test
  void findItemAttachesDepartmentAndMaterials() {
    when(mapper.findByCode("T-1")).thenReturn(Optional.of(row("T-1", "planning")));
    when(mapper.findMaterials(List.of("T-1")))
        .thenReturn(List.of(form("T-1", "M01"), proof("T-1", "M02")));
    when(departments.find("planning")).thenReturn(Optional.of(PLANNING));

    ServiceItem item = catalog.findItem("T-1").orElseThrow();

    assertThat(item.department()).isEqualTo(PLANNING);
    assertThat(item.materials()).extracting(Material::code).containsExactly("M01", "M02");
    assertThat(item.material("M02").orElseThrow().disposition())
        .isEqualTo(Disposition.DATA_SHARING);
  }

  @Test
  void anItemFoundIsKeptUntilTheCatalogueChanges() {
    when(mapper.findByCode("T-1")).thenReturn(Optional.of(row("T-1", "planning")));
    when(mapper.findMaterials(List.of("T-1"))).thenReturn(List.of(form("T-1", "M01")));
    when(departments.find("planning")).thenReturn(Optional.of(PLANNING));

    ServiceItem first = catalog.requireItem("T-1");
    assertThat(catalog.findItem("T-1")).containsSame(first);
    assertThat(catalog.findItemName("T-1")).contains("事项T-1");
    verify(mapper, times(1)).findByCode("T-1");

    cache.evict();
    assertThat(catalog.findItem("T-1")).contains(first);
    verify(mapper, times(2)).findByCode("T-1");
  }

  @Test
  void anItemFoundIsForgottenOnceAnotherNodeHasChangedTheCatalogue() {
    when(mapper.findByCode("T-1")).thenReturn(Optional.of(row("T-1", "planning")));
    when(mapper.findMaterials(List.of("T-1"))).thenReturn(List.of(form("T-1", "M01")));
    when(departments.find("planning")).thenReturn(Optional.of(PLANNING));
    when(versions.current(SharedVersions.CATALOGUE)).thenReturn(4L);

    catalog.requireItem("T-1");
    catalog.requireItem("T-1");
    verify(mapper, times(1)).findByCode("T-1");

    // the version this node reads moved: the change was made elsewhere
    when(versions.current(SharedVersions.CATALOGUE)).thenReturn(5L);
    catalog.requireItem("T-1");
    catalog.requireItem("T-1");
    verify(mapper, times(2)).findByCode("T-1");
    verify(versions, never()).raise(anyString());
  }

  @Test
  void anItemsStepLimitsAreKeptUntilTheCatalogueChanges() {
    when(mapper.findStepLimits("T-1"))
        .thenReturn(
            List.of(
                new ServiceItemMapper.StepLimitRow("REVIEW", 4),
                new ServiceItemMapper.StepLimitRow("ACCEPT", 2)));

    assertThat(catalog.stepLimits("T-1")).containsExactly(entry("ACCEPT", 2), entry("REVIEW", 4));
    assertThat(catalog.stepLimit("T-1", "REVIEW")).contains(4);
    assertThat(catalog.stepLimit("T-1", "DECIDE")).isEmpty();
    verify(mapper, times(1)).findStepLimits("T-1");

    when(mapper.findStepLimits("T-1"))
        .thenReturn(List.of(new ServiceItemMapper.StepLimitRow("REVIEW", 6)));
    cache.evict();
    assertThat(catalog.stepLimit("T-1", "REVIEW")).contains(6);
    // ACCEPT without a limit of its own: the §32 bound
    assertThat(catalog.stepLimit("T-1", "ACCEPT")).contains(Catalog.ACCEPTANCE_LIMIT);
    verify(mapper, times(2)).findStepLimits("T-1");
  }

  @Test
  void anUnknownCodeIsAskedForAgain() {
    when(mapper.findByCode("T-NEW")).thenReturn(Optional.empty());
    assertThat(catalog.findItem("T-NEW")).isEmpty();

    when(mapper.findByCode("T-NEW")).thenReturn(Optional.of(row("T-NEW", "planning")));
    when(departments.find("planning")).thenReturn(Optional.of(PLANNING));
    assertThat(catalog.findItem("T-NEW")).isPresent();
  }

  @Test
  void anItemLoadedWhileTheCatalogueChangedIsNotKept() {
    long loadedAt = cache.generation();
    cache.evict();
    cache.put(
        new ServiceItem(
            "T-1", "旧", PLANNING, null, null, null, 1, 1, 0, "p", null, null, List.of()),
        loadedAt);

    assertThat(cache.get("T-1")).isEmpty();
  }

  @Test
  void itemsByCodeLoadsTheItemsNotAtHandInOneQueryInTheOrderAsked() {
    when(mapper.findByCode("T-2")).thenReturn(Optional.of(row("T-2", "market")));
    when(departments.find("market")).thenReturn(Optional.of(MARKET));
    catalog.findItem("T-2");
    when(mapper.findByCodes(List.of("T-3", "T-1", "T-NONE")))
        .thenReturn(List.of(row("T-1", "planning"), row("T-3", "market")));
    when(mapper.findMaterials(List.of("T-1", "T-3"))).thenReturn(List.of(form("T-1", "M01")));
    when(departments.findAll()).thenReturn(List.of(MARKET, PLANNING));

    var items = catalog.itemsByCode(List.of("T-3", "T-2", "T-1", "T-NONE", "T-3"));

    assertThat(items).containsOnlyKeys("T-3", "T-2", "T-1");
    assertThat(items.keySet()).containsExactly("T-3", "T-2", "T-1");
    assertThat(items.get("T-1").materials()).extracting(Material::code).containsExactly("M01");
    assertThat(items.get("T-3").department()).isEqualTo(MARKET);
    verify(mapper, times(1)).findByCodes(any());
    assertThat(catalog.itemsByCode(List.of("T-1", "T-3"))).containsOnlyKeys("T-1", "T-3");
    verify(mapper, times(1)).findByCodes(any());
  }

  @Test
  void findItemsLoadsTheMaterialsAndDepartmentsOfAPageInOneQueryEach() {
    when(mapper.findActive(null, null, null, null, 0L, 20))
        .thenReturn(List.of(row("T-1", "planning"), row("T-2", "market")));
    when(mapper.findMaterials(List.of("T-1", "T-2")))
        .thenReturn(List.of(form("T-1", "M01"), form("T-2", "M01"), proof("T-1", "M02")));
    when(departments.findAll()).thenReturn(List.of(MARKET, PLANNING));

    PageResponse<ServiceItem> page = catalog.findItems(ItemFilter.none(), PageRequest.of(0, 20));

    assertThat(page.totalElements()).isEqualTo(2);
    assertThat(page.content()).extracting(ServiceItem::code).containsExactly("T-1", "T-2");
    assertThat(page.content().get(0).materials())
        .extracting(Material::code)
        .containsExactly("M01", "M02");
    assertThat(page.content().get(1).materials()).extracting(Material::code).containsExactly("M01");
    assertThat(page.content())
        .extracting(ServiceItem::department)
        .containsExactly(PLANNING, MARKET);
    verify(mapper, times(1)).findMaterials(List.of("T-1", "T-2"));
    verify(mapper, never()).countActive(any(), any(), any(), any());
    verify(departments, times(1)).findAll();
    verify(departments, never()).find(anyString());
  }

  @Test
  void anItemUsesItsOwnFormOrElseTheStandardOneLoadedForAPageInOneQuery() {
    when(mapper.findActive(null, null, null, null, 0L, 20))
        .thenReturn(List.of(row("T-1", "planning"), row("T-2", "market")));
    when(mapper.findFormFields(List.of("T-1", "T-2")))
        .thenReturn(
            List.of(
                new ItemFormFieldRow("T-1", "landArea", FieldType.NUMBER, true, null, "用地面积", null),
                new ItemFormFieldRow(
                    "T-1", "landUse", FieldType.CHOICE, false, 10, "用地性质", "工业用地| 商业用地 |")));
    when(departments.findAll()).thenReturn(List.of(MARKET, PLANNING));

    List<ServiceItem> items = catalog.findItems(ItemFilter.none(), PageRequest.of(0, 20)).content();

    assertThat(items.get(0).form())
        .containsExactly(
            new FormField(
                "landArea",
                FieldType.NUMBER,
                true,
                FieldType.NUMBER.defaultMaxLength(),
                "用地面积",
                null),
            new FormField("landUse", FieldType.CHOICE, false, 10, "用地性质", List.of("工业用地", "商业用地")));
    assertThat(items.get(0).formField("projectName")).isEmpty();
    assertThat(items.get(1).formFields()).isEmpty();
    assertThat(items.get(1).form()).isEqualTo(FormField.STANDARD);
    assertThat(items.get(1).form())
        .extracting(FormField::name, FormField::type, FormField::required, FormField::maxLength)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("projectName", FieldType.TEXT, true, 100),
            org.assertj.core.groups.Tuple.tuple("contactName", FieldType.TEXT, false, 50),
            org.assertj.core.groups.Tuple.tuple("contactPhone", FieldType.PHONE, false, 20),
            org.assertj.core.groups.Tuple.tuple("note", FieldType.LONG_TEXT, false, 1000));
    verify(mapper, times(1)).findFormFields(any());
  }

  @Test
  void aFormFieldHasAPlainNameAndOptionsOnlyForAChoice() {
    assertThatThrownBy(() -> new FormField("项目", FieldType.TEXT, false, 10, "甲", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FormField("kind", FieldType.CHOICE, false, 10, "甲", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FormField("area", FieldType.NUMBER, false, 10, "甲", List.of("1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FormField("area", FieldType.NUMBER, false, 0, "甲", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findItemsSearchesTheNameLiterally() {
    PageResponse<ServiceItem> page =
        catalog.findItems(
            new ItemFilter(Theme.EXIT, "market", HandlingType.INSTANT, " 50%_a\\ "),
            PageRequest.of(0, 20));

    assertThat(page.content()).isEmpty();
    assertThat(page.totalElements()).isZero();
    verify(mapper)
        .findActive(Theme.EXIT, "market", HandlingType.INSTANT, "%50\\%\\_a\\\\%", 0L, 20);
    // an empty first page ends the list: nothing to count
    verify(mapper, never()).countActive(any(), any(), any(), any());
  }

  @Test
  void findItemsPastTheLastPageAnswersAnEmptyPageWithTheCountedTotal() {
    when(mapper.countActive(null, null, null, null)).thenReturn(5L);

    PageResponse<ServiceItem> page = catalog.findItems(null, PageRequest.of(1, 10));

    assertThat(page.content()).isEmpty();
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.size()).isEqualTo(10);
    assertThat(page.totalElements()).isEqualTo(5);
    verify(mapper).findActive(null, null, null, null, 10L, 10);
    verify(mapper, never()).findMaterials(any());
  }

  private static ItemRow row(String code, String departmentCode) {
    return new ItemRow(
        code,
        "事项" + code,
        departmentCode,
        Theme.INVESTMENT_CONSTRUCTION,
        HandlingType.COMMITTED,
        LimitUnit.WORKING_DAYS,
        20,
        8,
        10,
        "standard-approval",
        null);
  }

  private static ItemMaterialRow form(String itemCode, String code) {
    return new ItemMaterialRow(itemCode, code, "申请表", MaterialKind.FORM, true, null, null);
  }

  private static ItemMaterialRow proof(String itemCode, String code) {
    return new ItemMaterialRow(
        itemCode, code, "营业执照", MaterialKind.PROOF, true, Disposition.DATA_SHARING, "GXZM-001");
  }
}
