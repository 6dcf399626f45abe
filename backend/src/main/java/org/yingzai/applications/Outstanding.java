package org.yingzai.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ProofChecks.ProofAction;

/**
 * Everything an application still lacks, in the item's order: the uploads, and the proofs waiting
 * for a consent or a signature.
 */
record Outstanding(List<MissingMaterial> missing, List<PendingProof> pending) {

  boolean isEmpty() {
    return missing.isEmpty() && pending.isEmpty();
  }

  /** Every entry with what it waits for, in the caller's language, for the one notice. */
  String describe(MessageSource messages) {
    Locale locale = LocaleContextHolder.getLocale();
    List<String> entries = new ArrayList<>();
    missing.forEach(
        m -> entries.add(entry(messages, locale, m.code(), m.name(), ProofAction.UPLOAD)));
    pending.forEach(p -> entries.add(entry(messages, locale, p.code(), p.name(), p.action())));
    return String.join(messages.getMessage("applications.list.separator", null, locale), entries);
  }

  private static String entry(
      MessageSource messages, Locale locale, String code, String name, ProofAction action) {
    return messages.getMessage(
        "applications.missing.entry",
        new Object[] {
          code, name, messages.getMessage("applications.proofAction." + action, null, locale)
        },
        locale);
  }
}
