package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MaterialTest {

  @Test
  void requiredFormsAndAttachmentsMustBeUploaded() {
    assertThat(material(MaterialKind.FORM, true, null).mustUpload()).isTrue();
    assertThat(material(MaterialKind.ATTACHMENT, true, null).mustUpload()).isTrue();
  }

  @Test
  void optionalAttachmentsMayBeUploadedButNeedNotBe() {
    Material optional = material(MaterialKind.ATTACHMENT, false, null);

    assertThat(optional.mustUpload()).isFalse();
    assertThat(optional.uploadAllowed()).isTrue();
  }

  @Test
  void aRequiredProofThatIsStillRequiredMustBeUploaded() {
    Material proof = material(MaterialKind.PROOF, true, Disposition.REQUIRED);

    assertThat(proof.mustUpload()).isTrue();
    assertThat(proof.uploadAllowed()).isTrue();
  }

  @Test
  void anOptionalProofThatIsStillRequiredMayBeUploaded() {
    Material proof = material(MaterialKind.PROOF, false, Disposition.REQUIRED);

    assertThat(proof.mustUpload()).isFalse();
    assertThat(proof.uploadAllowed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Disposition.class, names = "REQUIRED", mode = EnumSource.Mode.EXCLUDE)
  void aWaivedProofIsNeverAskedForAsAnUpload(Disposition disposition) {
    Material proof = material(MaterialKind.PROOF, true, disposition);

    assertThat(proof.mustUpload()).isFalse();
    assertThat(proof.uploadAllowed()).isFalse();
  }

  @Test
  void aProofNeedsADisposition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> material(MaterialKind.PROOF, true, null))
        .withMessageContaining("M01");
  }

  @ParameterizedTest
  @EnumSource(value = MaterialKind.class, names = "PROOF", mode = EnumSource.Mode.EXCLUDE)
  void onlyProofsHaveADisposition(MaterialKind kind) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> material(kind, true, Disposition.DATA_SHARING));
  }

  private static Material material(MaterialKind kind, boolean required, Disposition disposition) {
    return new Material("M01", "申请表", kind, required, disposition, null);
  }
}
