package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yingzai.support.IntegrationTest;

/** The sample proof catalogue that the local profile loads, and how the demo items use it. */
@IntegrationTest
class SampleProofCatalogueTest {

  // the evidence the local providers serve, and the provider serving each
  private static final Map<String, String> PROVIDERS =
      Map.of(
          "MARKET_ENTITY", "market-register",
          "TAX_CREDIT", "tax-credit",
          "SOCIAL_INSURANCE", "social-insurance");

  @Autowired JdbcTemplate jdbc;
  @Autowired Catalog catalog;
  @Autowired ProofMapper proofs;

  private List<Proof> sampleProofs() {
    return proofs.findByCodes(
        jdbc.queryForList("SELECT code FROM proof WHERE code LIKE 'GXZM-%'", String.class));
  }

  @Test
  void hasAtLeastFortySampleProofsCoveringEveryDisposition() {
    List<Proof> proofs = sampleProofs();

    assertThat(proofs).hasSizeGreaterThanOrEqualTo(40);
    assertThat(proofs).allMatch(Proof::sample);
    assertThat(proofs).extracting(Proof::disposition).contains(Disposition.values());
    assertThat(proofs)
        .extracting(proof -> proof.terms().name())
        .contains("无犯罪记录证明", "纳税证明", "社会保险费缴纳证明", "学历证明", "房屋租赁合同备案证明");
    assertThat(proofs).extracting(Proof::code).contains("GXZM-001", "GXZM-011");
  }

  @Test
  void sharedDataProofsUseTheLocalProvidersAndCommitmentsHaveATextAndADeadline() {
    for (Proof proof : sampleProofs()) {
      if (proof.disposition() == Disposition.DATA_SHARING) {
        assertThat(PROVIDERS)
            .as(proof.code())
            .containsEntry(proof.terms().evidenceType(), proof.terms().provider());
        assertThat(proof.terms().fallback()).as(proof.code()).isNotNull();
      }
      if (proof.allowsCommitment()) {
        assertThat(proof.commitment()).as(proof.code()).isNotNull();
        assertThat(proof.commitment().text()).as(proof.code()).startsWith("本");
        assertThat(proof.terms().verificationDays()).as(proof.code()).isPositive();
      } else {
        assertThat(proof.commitment()).as(proof.code()).isNull();
      }
    }
    assertThat(sampleProofs())
        .extracting(proof -> proof.terms().evidenceType())
        .contains("MARKET_ENTITY", "TAX_CREDIT", "SOCIAL_INSURANCE");
  }

  @Test
  void everyProofMaterialOfTheDemoItemsPointsToAProofOfTheCatalogue() {
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM item_material m LEFT JOIN proof p ON p.code = m.proof_code"
                    + " WHERE m.kind = 'PROOF' AND p.code IS NULL",
                Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(DISTINCT proof_code) FROM item_material WHERE proof_code LIKE 'GXZM-%'",
                Long.class))
        .isGreaterThanOrEqualTo(15);
  }

  @Test
  void theFoodBusinessLicenceAsksForAProofOfEveryDisposition() {
    ServiceItem item = catalog.requireItem("GX-MKT-002");

    assertThat(item.materials())
        .filteredOn(m -> m.kind() == MaterialKind.PROOF)
        .extracting(Material::disposition)
        .contains(Disposition.values());
    assertThat(item.materials().stream().filter(Material::mustUpload).map(Material::code))
        .containsExactly("M01", "M03", "M04", "M07");
    assertThat(item.material("M08").orElseThrow().proofCode()).isEqualTo("GXZM-004");
  }

  @Test
  void aDemoItemFetchesSocialInsuranceRecords() {
    Map<String, Proof> proofs = catalog.proofsOf(catalog.requireItem("GX-MKT-003"));

    assertThat(proofs.get("M06").terms().evidenceType()).isEqualTo("SOCIAL_INSURANCE");
    assertThat(proofs.get("M06").terms().provider()).isEqualTo("social-insurance");
  }
}
