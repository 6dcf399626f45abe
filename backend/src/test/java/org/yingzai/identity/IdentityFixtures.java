package org.yingzai.identity;

import java.util.concurrent.ThreadLocalRandom;

/** Test data of the identity module. */
public final class IdentityFixtures {

  /** Every demo account's password (db/demo/R__10_demo_identity.sql). */
  public static final String DEMO_PASSWORD = "Demo#2026pass";

  public static final String DEMO_CREDIT_CODE_1 = "91370500MA3C4XK7XG";
  public static final String DEMO_CREDIT_CODE_2 = "91370500MA3D8PQ28W";

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private IdentityFixtures() {}

  /** A valid unified social credit code of a company in Dongying, different on every call. */
  public static String newCreditCode() {
    StringBuilder code = new StringBuilder("91370500");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return withCheckCharacter(code.toString());
  }

  /** The first 17 characters of a code followed by their check character. */
  public static String withCheckCharacter(String first17) {
    return first17 + CreditCodes.checkCharacter(first17);
  }
}
