package org.yingzai.applications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yingzai.applications.ApplicationRequests.CreateApplicationRequest;
import org.yingzai.applications.ApplicationResponse.MaterialResponse;
import org.yingzai.applications.ApplicationResponse.MissingMaterial;
import org.yingzai.applications.ApplicationResponse.PendingProof;
import org.yingzai.applications.ApplicationResponse.SupplementResponse;
import org.yingzai.catalog.Catalog;
import org.yingzai.catalog.Disposition;
import org.yingzai.catalog.Material;
import org.yingzai.catalog.MaterialKind;
import org.yingzai.catalog.ServiceItem;
import org.yingzai.shared.PageController;
import org.yingzai.shared.PageRequest;
import org.yingzai.shared.ProblemException;

/**
 * The enterprise's applications: the list, starting one from the guide, the apply page of a draft
 * (form, materials, submission) and the page of a submitted application with its supplement
 * answered in place. The same service methods as the API.
 */
@PageController
class ApplicationPageController {

  private static final String PAGE = "applications/application";
  private static final String HX_REQUEST = "HX-Request";

  private final Drafts drafts;
  private final MaterialUploads uploads;
  private final Submissions submissions;
  private final SupplementAnswers supplements;
  private final ApplicationViews views;
  private final Catalog catalog;
  private final MessageSource messages;

  ApplicationPageController(
      Drafts drafts,
      MaterialUploads uploads,
      Submissions submissions,
      SupplementAnswers supplements,
      ApplicationViews views,
      Catalog catalog,
      MessageSource messages) {
    this.drafts = drafts;
    this.uploads = uploads;
    this.submissions = submissions;
    this.supplements = supplements;
    this.views = views;
    this.catalog = catalog;
    this.messages = messages;
  }

  @GetMapping("/my/applications")
  String list(
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    model.addAttribute("applications", views.list(status, null, null, PageRequest.of(page, size)));
    model.addAttribute("status", status);
    model.addAttribute("statuses", ApplicationStatus.values());
    return "applications/list";
  }

  @GetMapping("/my/applications/new")
  String start(@RequestParam String item, Model model) {
    model.addAttribute("item", catalog.requireItem(item));
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "applications/new";
  }

  @PostMapping("/my/applications")
  String create(@RequestParam String itemCode, @RequestParam String idempotencyKey) {
    CreateApplicationRequest request = new CreateApplicationRequest(itemCode, null);
    ApplicationResponse created;
    try {
      created = drafts.create(request, idempotencyKey);
    } catch (DuplicateKeyException raced) {
      created = drafts.replay(idempotencyKey);
    }
    return "redirect:/my/applications/" + created.id();
  }

  @GetMapping("/my/applications/{id}")
  String application(@PathVariable String id, Model model) {
    return page(views.get(id), model);
  }

  /** Whether the draft is complete, as part of its page. */
  @GetMapping("/my/applications/{id}/readiness")
  String readiness(@PathVariable String id, Model model) {
    model.addAttribute("app", views.get(id));
    return PAGE + " :: readiness";
  }

  /** Saves the form of a draft at once; bad fields are shown beside themselves, as typed. */
  @PostMapping("/my/applications/{id}/form")
  String saveForm(
      @PathVariable String id,
      @RequestParam Map<String, String> fields,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    ObjectNode form = JsonNodeFactory.instance.objectNode();
    ApplicationForms.FIELDS.forEach(
        name -> {
          if (fields.containsKey(name)) {
            form.put(name, fields.get(name));
          }
        });
    boolean htmx = request.getHeader(HX_REQUEST) != null;
    ApplicationResponse app;
    try {
      app = drafts.updateForm(id, mergedInto(views.get(id).form(), form));
      model.addAttribute("saved", "form");
    } catch (ProblemException e) {
      if (!"FORM_INVALID".equals(e.code())) {
        throw e;
      }
      app = views.get(id);
      model.addAttribute("formErrors", fieldErrors(e));
      model.addAttribute("typed", typed(fields));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    if (!htmx) {
      if (!model.containsAttribute("formErrors")) {
        return "redirect:/my/applications/" + app.id();
      }
      return page(app, model);
    }
    draftModel(app, model);
    return PAGE + " :: applicationForm";
  }

  /**
   * Stores one file at once; answers the part of the page it was sent from (the materials of a
   * draft, or the supplement being answered), with a refusal beside the material.
   */
  @PostMapping("/my/applications/{id}/materials")
  String upload(
      @PathVariable String id,
      @RequestParam String materialCode,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      if (file == null || file.isEmpty()) {
        throw ProblemException.badRequest("FILE_EMPTY");
      }
      try (InputStream content = file.getInputStream()) {
        uploads.upload(id, materialCode, file.getOriginalFilename(), content);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      model.addAttribute("saved", materialCode);
      // the apply page reads again what the draft still lacks (docs/web.md)
      response.setHeader("HX-Trigger", "proofsChanged");
    } catch (ProblemException e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        throw e;
      }
      model.addAttribute("uploadErrors", Map.of(materialCode, message(e)));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    }
    ApplicationResponse app = views.get(id);
    if (request.getHeader(HX_REQUEST) == null) {
      if (!model.containsAttribute("uploadErrors")) {
        return "redirect:/my/applications/" + app.id();
      }
      return page(app, model);
    }
    if (app.status() == ApplicationStatus.DRAFT) {
      draftModel(app, model);
      return PAGE + " :: materials";
    }
    supplementModel(app, model);
    return PAGE + " :: supplement";
  }

  /**
   * Submits once: the key made when the page was rendered replays the first answer on a double
   * click or a reload. Everything still missing is named at once, at the top and beside each.
   */
  @PostMapping("/my/applications/{id}/submit")
  String submit(
      @PathVariable String id,
      @RequestParam String idempotencyKey,
      HttpServletResponse response,
      Model model) {
    ApplicationResponse submitted;
    try {
      try {
        submitted = submissions.submit(id, idempotencyKey);
      } catch (DuplicateKeyException raced) {
        submitted = submissions.replay(idempotencyKey);
      }
    } catch (ProblemException e) {
      if (!"MATERIALS_MISSING".equals(e.code())) {
        throw e;
      }
      ApplicationResponse app = views.get(id);
      model.addAttribute("submitError", message(e));
      model.addAttribute("submitMissing", outstanding(e, app));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(app, model);
    }
    return "redirect:/my/applications/" + submitted.id() + "?submitted";
  }

  /** Answers the open supplement request once its materials are uploaded again. */
  @PostMapping("/my/applications/{id}/supplement")
  String answerSupplement(
      @PathVariable String id,
      @RequestParam(required = false) String comment,
      HttpServletResponse response,
      Model model) {
    try {
      supplements.answer(id, comment);
    } catch (ProblemException e) {
      if (!"SUPPLEMENT_MATERIALS_MISSING".equals(e.code())) {
        throw e;
      }
      model.addAttribute("supplementError", message(e));
      model.addAttribute("supplementMissing", stillMissing(e));
      model.addAttribute("supplementComment", comment);
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(views.get(id), model);
    }
    return "redirect:/my/applications/" + id + "?supplemented";
  }

  // --- the model of the page

  private String page(ApplicationResponse app, Model model) {
    if (app.status() == ApplicationStatus.DRAFT) {
      draftModel(app, model);
    } else {
      supplementModel(app, model);
    }
    model.addAttribute("app", app);
    return PAGE;
  }

  private void draftModel(ApplicationResponse app, Model model) {
    ServiceItem item = catalog.requireItem(app.itemCode());
    model.addAttribute("app", app);
    model.addAttribute("item", item);
    model.addAttribute("uploads", uploadsByCode(app));
    model.addAttribute("views", materialViews(item));
    model.addAttribute("formFields", ApplicationForms.FIELDS);
    model.addAttribute("maxLengths", ApplicationForms.MAX_LENGTHS);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", typed(app.form()));
    }
    if (!model.containsAttribute("submitKey")) {
      model.addAttribute("submitKey", UUID.randomUUID().toString());
    }
    model.addAttribute("maxBytes", MaterialFiles.MAX_BYTES);
  }

  private void supplementModel(ApplicationResponse app, Model model) {
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
  private Map<String, String> outstanding(ProblemException e, ApplicationResponse app) {
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

  private static Set<String> stillMissing(ProblemException e) {
    Set<String> codes = new LinkedHashSet<>();
    if (e.properties().get("missingMaterials") instanceof Collection<?> c) {
      c.forEach(code -> codes.add(String.valueOf(code)));
    }
    return codes;
  }

  private static Map<String, String> fieldErrors(ProblemException e) {
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

  private static JsonNode mergedInto(JsonNode current, ObjectNode standard) {
    ObjectNode merged = JsonNodeFactory.instance.objectNode();
    if (current != null && current.isObject()) {
      current
          .fields()
          .forEachRemaining(
              f -> {
                if (!ApplicationForms.FIELDS.contains(f.getKey())) {
                  merged.set(f.getKey(), f.getValue());
                }
              });
    }
    merged.setAll(standard);
    return merged;
  }

  private static Map<String, String> typed(Map<String, String> fields) {
    Map<String, String> typed = new HashMap<>();
    ApplicationForms.FIELDS.forEach(name -> typed.put(name, fields.getOrDefault(name, "")));
    return typed;
  }

  private static Map<String, String> typed(JsonNode form) {
    Map<String, String> typed = new HashMap<>();
    ApplicationForms.FIELDS.forEach(
        name ->
            typed.put(name, form != null && form.hasNonNull(name) ? form.get(name).asText() : ""));
    return typed;
  }

  private String message(ProblemException e) {
    return messages.getMessage(
        "problem." + e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
