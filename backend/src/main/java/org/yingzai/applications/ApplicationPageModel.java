package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.FormField;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.shared.ProblemException;

/**
 * What the enterprise's application page shows: the apply page of a draft (its form, how each
 * material is given, what is still missing) or a submitted application with its open supplement;
 * and refusals put beside the fields they concern.
 */
@Component
class ApplicationPageModel {

  static final String PAGE = "applications/application";

  /** The enterprise's pages of its applications. */
  static final String MY = "/my/applications";

  /** The receiving clerk's pages of the applications taken at the counter. */
  static final String COUNTER = "/workbench/intake";

  /**
   * Where the page being answered lives: the enterprise's pages or the counter's, which show the
   * same application pages (the counter prepares its drafts as an enterprise would).
   */
  static String base() {
    String uri =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest()
            .getRequestURI();
    return uri.startsWith(COUNTER) ? COUNTER : MY;
  }

  private final Catalog catalog;
  private final MessageSource messages;

  ApplicationPageModel(Catalog catalog, MessageSource messages) {
    this.catalog = catalog;
    this.messages = messages;
  }

  String page(ApplicationResponse app, Model model) {
    model.addAttribute("base", base());
    if (app.status() == ApplicationStatus.DRAFT) {
      draftModel(app, model);
    } else {
      supplementModel(app, model);
    }
    model.addAttribute("app", app);
    return PAGE;
  }

  void draftModel(ApplicationResponse app, Model model) {
    model.addAttribute("base", base());
    ServiceItem item = catalog.requireItem(app.itemCode());
    model.addAttribute("app", app);
    model.addAttribute("item", item);
    model.addAttribute("uploads", uploadsByCode(app));
    model.addAttribute("views", materialViews(item));
    model.addAttribute("formFields", item.form());
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", typed(app.form(), item.form()));
    }
    if (!model.containsAttribute("submitKey")) {
      model.addAttribute("submitKey", UUID.randomUUID().toString());
    }
    model.addAttribute("maxBytes", MaterialFiles.MAX_BYTES);
  }

  void supplementModel(ApplicationResponse app, Model model) {
    model.addAttribute("base", base());
    ServiceItem item = catalog.requireItem(app.itemCode());
    model.addAttribute("app", app);
    model.addAttribute("item", item);
    model.addAttribute("uploads", uploadsByCode(app));
    model.addAttribute("maxBytes", MaterialFiles.MAX_BYTES);
    SupplementResponse open =
        app.supplementRequests().stream()
            .filter(s -> s.answeredAt() == null)
            .reduce((first, second) -> second)
            .orElse(null);
    model.addAttribute("openSupplement", open);
    Map<String, String> names = new HashMap<>();
    item.materials().forEach(m -> names.put(m.code(), m.name()));
    model.addAttribute("materialNames", names);
    if (open != null) {
      // the uploads made since the request was sent, per material
      Map<String, List<MaterialResponse>> since = new LinkedHashMap<>();
      app.materials().stream()
          .filter(m -> !m.uploadedAt().isBefore(open.requestedAt()))
          .forEach(m -> since.computeIfAbsent(m.materialCode(), c -> new ArrayList<>()).add(m));
      model.addAttribute("suppliedSince", since);
    }
  }

  /** How each material of the item is given: uploaded, shared or signed, or nothing to do. */
  private static Map<String, String> materialViews(ServiceItem item) {
    Map<String, String> views = new LinkedHashMap<>();
    for (Material material : item.materials()) {
      views.put(material.code(), view(material));
    }
    return views;
  }

  private static String view(Material material) {
    if (material.kind() != MaterialKind.PROOF || material.disposition() == Disposition.REQUIRED) {
      return "UPLOAD";
    }
    return switch (material.disposition()) {
      case DATA_SHARING, COMMITMENT -> "PROOF";
      default -> "WAIVED";
    };
  }

  private static Map<String, List<MaterialResponse>> uploadsByCode(ApplicationResponse app) {
    Map<String, List<MaterialResponse>> uploads = new HashMap<>();
    app.materials()
        .forEach(m -> uploads.computeIfAbsent(m.materialCode(), c -> new ArrayList<>()).add(m));
    return uploads;
  }

  /** Every material the refusal names, with what it still waits for. */
  Map<String, String> outstanding(ProblemException e, ApplicationResponse app) {
    Collection<?> missing =
        e.properties().get("missingMaterials") instanceof Collection<?> c
            ? c
            : app.missingMaterials();
    Collection<?> pending =
        e.properties().get("pendingProofs") instanceof Collection<?> c ? c : app.pendingProofs();
    Map<String, String> named = new LinkedHashMap<>();
    for (Object m : missing) {
      if (m instanceof MissingMaterial material) {
        named.put(material.code(), text("app.apply.missing.UPLOAD", material.name()));
      }
    }
    for (Object p : pending) {
      if (p instanceof PendingProof proof) {
        named.put(proof.code(), text("app.apply.missing." + proof.action(), proof.name()));
      }
    }
    return named;
  }

  static Set<String> stillMissing(ProblemException e) {
    Set<String> codes = new LinkedHashSet<>();
    if (e.properties().get("missingMaterials") instanceof Collection<?> c) {
      c.forEach(code -> codes.add(String.valueOf(code)));
    }
    return codes;
  }

  static Map<String, String> fieldErrors(ProblemException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (e.properties().get("errors") instanceof Collection<?> c) {
      for (Object error : c) {
        if (error instanceof ApplicationForms.FieldError f) {
          errors.putIfAbsent(f.field(), f.message());
        }
      }
    }
    return errors;
  }

  /** What was typed, as the page sent it; the page reads only its item's fields from it. */
  static Map<String, String> typed(Map<String, String> fields) {
    return new HashMap<>(fields);
  }

  private static Map<String, String> typed(JsonNode form, List<FormField> fields) {
    Map<String, String> typed = new HashMap<>();
    fields.forEach(
        field ->
            typed.put(
                field.name(),
                form != null && form.hasNonNull(field.name())
                    ? form.get(field.name()).asText()
                    : ""));
    return typed;
  }

  String message(ProblemException e) {
    return messages.getMessage(
        "problem." + e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
