package org.yingzai.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What every refusal of the API looks like: problem+json with the status and a stable code. */
public final class Problems {

  private Problems() {}

  public static ResultMatcher problem(HttpStatus status, String code) {
    return ResultMatcher.matchAll(
        status().is(status.value()),
        content().contentType(MediaType.APPLICATION_PROBLEM_JSON),
        jsonPath("$.status").value(status.value()),
        jsonPath("$.code").value(code));
  }

  public static ResultMatcher detail(String text) {
    return jsonPath("$.detail").value(text);
  }
}
