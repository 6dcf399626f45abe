package org.yingzai.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * A stored form's JSON, read and written. The forms are written by the service hall itself, so one
 * that is not JSON is a fault of ours, not the caller's.
 */
@Component
public class FormJson {

  private final ObjectMapper json;

  public FormJson(ObjectMapper json) {
    this.json = json;
  }

  public ObjectNode newForm() {
    return json.createObjectNode();
  }

  public JsonNode read(String formJson) {
    try {
      return json.readTree(formJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public String write(JsonNode form) {
    try {
      return json.writeValueAsString(form);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
