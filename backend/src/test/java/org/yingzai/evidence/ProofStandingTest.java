package org.yingzai.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.yingzai.applications.ProofChecks.ProofAction;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.Proof;
import org.yingzai.catalog.ProofFallback;
import org.yingzai.catalog.ProofTerms;
import org.yingzai.catalog.RiskLevel;
import org.yingzai.evidence.CommitmentMapper.SignatureRow;
import org.yingzai.evidence.EvidenceMapper.FetchRow;
import org.yingzai.evidence.EvidenceResult.FailureReason;
import org.yingzai.shared.Sha256;

/** The certificate-free rules of one proof material, disposition by disposition. */
class ProofStandingTest {

  private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void aRequiredProofIsUploaded() {
    ProofStanding before = standing(proof(Disposition.REQUIRED, null), true, false);
    assertThat(before.need()).isEqualTo(ProofAction.UPLOAD);
    assertThat(before.uploadAllowed()).isTrue();
    assertThat(before.signingOffered()).isFalse();

    ProofStanding after = standing(proof(Disposition.REQUIRED, null), true, true);
    assertThat(after.basis()).isEqualTo(ProofBasis.UPLOAD);
    assertThat(after.need()).isNull();
  }

  @Test
  void abolishedAndDepartmentVerifiedProofsAskNothing() {
    for (Disposition disposition :
        new Disposition[] {Disposition.ABOLISHED, Disposition.DEPARTMENT_VERIFICATION}) {
      ProofStanding standing = standing(proof(disposition, null), true, false);
      assertThat(standing.basis()).isEqualTo(ProofBasis.valueOf(disposition.name()));
      assertThat(standing.need()).isNull();
      assertThat(standing.uploadAllowed()).isFalse();
      assertThat(standing.signingOffered()).isFalse();
    }
  }

  @Test
  void aCommitmentIsSignedAndNeverUploadedByAnHonestEnterprise() {
    Proof proof = proof(Disposition.COMMITMENT, null);
    ProofStanding unsigned = standing(proof, true, false);
    assertThat(unsigned.need()).isEqualTo(ProofAction.SIGN);
    assertThat(unsigned.uploadAllowed()).isFalse();
    assertThat(unsigned.signingOffered()).isTrue();

    ProofStanding signed = with(proof, true, false, null, null, signature());
    assertThat(signed.basis()).isEqualTo(ProofBasis.COMMITMENT);
    assertThat(signed.need()).isNull();
  }

  @Test
  void anEnterpriseOnTheDishonestyListUploadsWhatOthersSign() {
    Proof proof = proof(Disposition.COMMITMENT, null);
    ProofStanding listed = standing(proof, false, false);
    assertThat(listed.need()).isEqualTo(ProofAction.UPLOAD);
    assertThat(listed.uploadAllowed()).isTrue();
    assertThat(listed.signingOffered()).isFalse();

    // a signature made before the listing no longer stands in for the proof
    ProofStanding signedBefore = with(proof, false, false, null, null, signature());
    assertThat(signedBefore.basis()).isNull();
    assertThat(signedBefore.need()).isEqualTo(ProofAction.UPLOAD);

    assertThat(standing(proof, false, true).basis()).isEqualTo(ProofBasis.UPLOAD);
  }

  @Test
  void sharedDataIsConsentedToAndNeverUploadedWhileTheProviderServesIt() {
    Proof proof = proof(Disposition.DATA_SHARING, ProofFallback.UPLOAD);
    ProofStanding fresh = standing(proof, true, false);
    assertThat(fresh.need()).isEqualTo(ProofAction.CONSENT);
    assertThat(fresh.uploadAllowed()).isFalse();
    assertThat(fresh.signingOffered()).isFalse();

    FetchRow consented = found(1L, true);
    ProofStanding attached = with(proof, true, false, consented, null, null);
    assertThat(attached.basis()).isEqualTo(ProofBasis.EVIDENCE);
    assertThat(attached.need()).isNull();
  }

  @Test
  void aFailedProviderWithUploadFallbackMakesTheUploadAllowedAndRequired() {
    Proof proof = proof(Disposition.DATA_SHARING, ProofFallback.UPLOAD);
    ProofStanding failed = with(proof, true, false, null, failed(2L), null);
    assertThat(failed.need()).isEqualTo(ProofAction.UPLOAD);
    assertThat(failed.uploadAllowed()).isTrue();
    assertThat(failed.signingOffered()).isFalse();
    assertThat(with(proof, true, true, null, failed(2L), null).basis())
        .isEqualTo(ProofBasis.UPLOAD);
  }

  @Test
  void aFailedProviderWithCommitmentFallbackOffersTheSignatureButNotToTheDishonest() {
    Proof proof = proof(Disposition.DATA_SHARING, ProofFallback.COMMITMENT);
    assertThat(standing(proof, true, false).signingOffered()).isFalse();

    ProofStanding failed = with(proof, true, false, null, failed(3L), null);
    assertThat(failed.need()).isEqualTo(ProofAction.SIGN);
    assertThat(failed.signingOffered()).isTrue();
    assertThat(failed.uploadAllowed()).isFalse();
    assertThat(with(proof, true, false, null, failed(3L), signature()).basis())
        .isEqualTo(ProofBasis.COMMITMENT);

    ProofStanding dishonest = with(proof, false, false, null, failed(3L), signature());
    assertThat(dishonest.fallbackAction()).isEqualTo(ProofAction.UPLOAD);
    assertThat(dishonest.need()).isEqualTo(ProofAction.UPLOAD);
    assertThat(dishonest.uploadAllowed()).isTrue();
    assertThat(dishonest.signingOffered()).isFalse();
  }

  @Test
  void consentedEvidenceWinsOverALaterFallback() {
    Proof proof = proof(Disposition.DATA_SHARING, ProofFallback.COMMITMENT);
    ProofStanding both = with(proof, true, false, found(4L, true), failed(3L), signature());
    assertThat(both.basis()).isEqualTo(ProofBasis.EVIDENCE);
    assertThat(both.signingOffered()).isFalse();
  }

  private static ProofStanding standing(Proof proof, boolean commitmentsAllowed, boolean uploaded) {
    return with(proof, commitmentsAllowed, uploaded, null, null, null);
  }

  private static ProofStanding with(
      Proof proof,
      boolean commitmentsAllowed,
      boolean uploaded,
      FetchRow consented,
      FetchRow failure,
      SignatureRow signature) {
    Material material =
        new Material("M09", "样例证明", MaterialKind.PROOF, true, proof.disposition(), proof.code());
    FetchRow latest = consented != null ? consented : failure;
    return new ProofStanding(
        material, proof, commitmentsAllowed, uploaded, consented, latest, failure, signature);
  }

  private static Proof proof(Disposition disposition, ProofFallback fallback) {
    boolean shared = disposition == Disposition.DATA_SHARING;
    boolean commitment =
        disposition == Disposition.COMMITMENT || fallback == ProofFallback.COMMITMENT;
    return new Proof(
        new ProofTerms(
            "T-ZM-9",
            "样例证明",
            "某局",
            disposition,
            shared ? "MARKET_ENTITY" : null,
            shared ? "market-register" : null,
            fallback,
            commitment ? "实地核查" : null,
            commitment ? 20 : null,
            RiskLevel.MEDIUM,
            null,
            null),
        true,
        commitment ? new Proof.CommitmentText(1, "承诺", Sha256.of("承诺")) : null);
  }

  private static FetchRow found(long id, boolean consented) {
    return new FetchRow(
        id,
        "a",
        "M09",
        "T-ZM-9",
        "MARKET_ENTITY",
        "market-register",
        "c",
        FetchOutcome.FOUND,
        null,
        null,
        "某局",
        "{}",
        Sha256.of("{}"),
        NOW,
        "u",
        consented ? "u" : null,
        consented ? NOW : null,
        consented ? "127.0.0.1" : null,
        null);
  }

  private static FetchRow failed(long id) {
    return new FetchRow(
        id,
        "a",
        "M09",
        "T-ZM-9",
        "MARKET_ENTITY",
        "market-register",
        "c",
        FetchOutcome.FAILED,
        FailureReason.TIMEOUT,
        "slow",
        null,
        null,
        null,
        NOW,
        "u",
        null,
        null,
        null,
        null);
  }

  private static SignatureRow signature() {
    return new SignatureRow(
        7L,
        "a",
        "M09",
        "T-ZM-9",
        1L,
        1,
        Sha256.of("承诺"),
        "u",
        "用户",
        NOW,
        "127.0.0.1",
        null,
        RiskLevel.MEDIUM,
        "实地核查",
        20,
        null);
  }
}
