package org.yingzai.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.yingzai.catalog.FormField;
import org.yingzai.projects.ProjectMapper.ProjectRow;
import org.yingzai.projects.ProjectMapper.StageRow;
import org.yingzai.shared.FormJson;

/**
 * Opens a project's stage for its enterprise to prepare, its form filled with what the project and
 * the earlier stages' forms already say under the same field names.
 */
@Component
class StageOpening {

  private final ProjectMapper mapper;
  private final StageCatalogue catalogue;
  private final FormJson json;

  StageOpening(ProjectMapper mapper, StageCatalogue catalogue, FormJson json) {
    this.mapper = mapper;
    this.catalogue = catalogue;
    this.json = json;
  }

  void open(ProjectRow project, Stage stage, Instant at) {
    mapper.open(project.id(), stage, at, write(prefilled(project, stage)));
  }

  /** The form a stage opens with: the project's own facts, then the earlier stages' answers. */
  ObjectNode prefilled(ProjectRow project, Stage stage) {
    Set<String> names =
        catalogue.require(stage).fields().stream().map(FormField::name).collect(Collectors.toSet());
    ObjectNode form = json.newForm();
    putIfField(form, names, "projectName", project.name());
    putIfField(form, names, "projectCode", project.code());
    putIfField(form, names, "location", project.location());
    if (names.contains("investment")) {
      form.put("investment", project.investment());
    }
    for (StageRow earlier : mapper.findStages(project.id())) {
      if (earlier.stage().ordinal() >= stage.ordinal() || earlier.formJson() == null) {
        continue;
      }
      read(earlier.formJson())
          .fields()
          .forEachRemaining(
              field -> {
                if (names.contains(field.getKey()) && !form.has(field.getKey())) {
                  form.set(field.getKey(), field.getValue());
                }
              });
    }
    return form;
  }

  private static void putIfField(ObjectNode form, Set<String> names, String name, String value) {
    if (names.contains(name) && value != null) {
      form.put(name, value);
    }
  }

  private JsonNode read(String formJson) {
    return json.read(formJson);
  }

  String write(JsonNode form) {
    return json.write(form);
  }
}
