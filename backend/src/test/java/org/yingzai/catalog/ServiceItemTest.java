package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yingzai.identity.Department;

class ServiceItemTest {

  private static final Material FORM =
      new Material("M01", "申请表", MaterialKind.FORM, true, null, null);
  private static final Material LICENCE =
      new Material("M02", "营业执照", MaterialKind.PROOF, true, Disposition.DATA_SHARING, "GXZM-001");

  @Test
  void findsAMaterialByItsCode() {
    ServiceItem item = item(20, 8, List.of(FORM, LICENCE));

    assertThat(item.material("M02")).contains(LICENCE);
    assertThat(item.material("M09")).isEmpty();
  }

  @Test
  void keepsItsOwnCopyOfTheMaterials() {
    List<Material> materials = new ArrayList<>(List.of(FORM));
    ServiceItem item = item(20, 8, materials);

    materials.add(LICENCE);

    assertThat(item.materials()).containsExactly(FORM);
  }

  @Test
  void anItemWithoutMaterialsHasAnEmptyList() {
    assertThat(item(20, 8, null).materials()).isEmpty();
  }

  @Test
  void promisesAtMostTheLegalLimit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> item(8, 20, List.of()))
        .withMessageContaining("T-001");
    assertThat(item(8, 8, List.of()).promisedLimit()).isEqualTo(8);
  }

  @Test
  void refusesNegativeLimits() {
    assertThatIllegalArgumentException().isThrownBy(() -> item(20, -1, List.of()));
  }

  private static ServiceItem item(int legal, int promised, List<Material> materials) {
    return new ServiceItem(
        "T-001",
        "测试事项",
        new Department("planning", "规划建设局"),
        Theme.INVESTMENT_CONSTRUCTION,
        HandlingType.COMMITTED,
        LimitUnit.WORKING_DAYS,
        legal,
        promised,
        10,
        "standard-approval",
        null,
        materials,
        List.of());
  }
}
