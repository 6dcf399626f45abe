package org.yingzai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.yingzai.support.IntegrationTest;

@IntegrationTest
class IndexedRequestMappingsTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void theServiceHallsMappingsAreLookedUpThroughTheIndex() {
    assertThat(mappings).isInstanceOf(IndexedRequestMappings.class);
    IndexedRequestMappings indexed = (IndexedRequestMappings) mappings;
    assertThat(mappings.getHandlerMethods()).hasSizeGreaterThan(100);
    // a task's completion is compared with the few mappings under /api/tasks, not all of them
    assertThat(indexed.candidateCount("/api/tasks/t-1/complete")).isBetween(1, 20);
    assertThat(indexed.candidateCount("/api/applications/a-1/submit")).isBetween(1, 60);
    assertThat(indexed.candidateCount("/api/ta%73ks/t-1/complete")).isEqualTo(-1);
  }

  @Test
  void everyMappingIsFoundAsSpringMvcFindsItAmongAll() throws Exception {
    IndexedRequestMappings indexed = (IndexedRequestMappings) mappings;
    List<String> compared = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        for (String path : List.of(example(pattern.getPatternString()), variant(pattern))) {
          MockHttpServletRequest request = request(info, path);
          HandlerMethod spring = springsLookup(indexed, request);
          assertThat(ours(indexed, request(info, path)))
              .as("%s %s", request.getMethod(), path)
              .isEqualTo(spring == null ? null : spring.getMethod());
          compared.add(path);
        }
      }
    }
    assertThat(compared).hasSizeGreaterThan(200);
  }

  @Test
  void aPathWithVariablesFindsItsOneMappingAndItsVariables() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tasks/t-1/complete");
    request.setContentType(MediaType.APPLICATION_JSON_VALUE);

    HandlerExecutionChain chain = mappings.getHandler(request);

    assertThat(((HandlerMethod) chain.getHandler()).getMethod().getName()).isEqualTo("complete");
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    assertThat(variables).containsEntry("id", "t-1");
  }

  @Test
  void encodedPathsTrailingSlashesAndUnknownPathsAreLeftToSpringMvc() throws Exception {
    for (String path :
        List.of("/api/ta%73ks", "/api/tasks/", "/api//tasks", "/api/tasks;x=1", "/no/such/page")) {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
      HandlerMethod spring = springsLookup((IndexedRequestMappings) mappings, request);
      assertThat(ours(mappings, new MockHttpServletRequest("GET", path)))
          .as(path)
          .isEqualTo(spring == null ? null : spring.getMethod());
    }
  }

  private static Method ours(
      RequestMappingHandlerMapping mappings, MockHttpServletRequest request) {
    try {
      HandlerExecutionChain chain = mappings.getHandler(request);
      return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod();
    } catch (Exception e) {
      // a refusal (405, 415) is Spring MVC's answer either way
      return null;
    }
  }

  private static HandlerMethod springsLookup(
      IndexedRequestMappings indexed, MockHttpServletRequest request) throws Exception {
    ServletRequestPathUtils.parseAndCache(request);
    try {
      return indexed.lookupAmongAll(request.getRequestURI(), request);
    } catch (Exception e) {
      // a refusal (405, 415) is Spring MVC's answer either way
      return null;
    }
  }

  private static MockHttpServletRequest request(RequestMappingInfo info, String path) {
    RequestMethod method =
        info.getMethodsCondition().getMethods().stream().findFirst().orElse(RequestMethod.GET);
    MockHttpServletRequest request =
        new MockHttpServletRequest(HttpMethod.valueOf(method.name()).name(), path);
    info.getConsumesCondition().getConsumableMediaTypes().stream()
        .findFirst()
        .ifPresent(type -> request.setContentType(type.toString()));
    info.getProducesCondition().getProducibleMediaTypes().stream()
        .findFirst()
        .ifPresent(type -> request.addHeader("Accept", type.toString()));
    info.getParamsCondition()
        .getExpressions()
        .forEach(
            expression -> {
              if (!expression.isNegated()) {
                request.addParameter(
                    expression.getName(),
                    expression.getValue() == null ? "1" : expression.getValue());
              }
            });
    return request;
  }

  /** A path the pattern matches: every variable a value, every wildcard a segment or two. */
  private static String example(String pattern) {
    return pattern
        .replaceAll("\\{\\*[^}]+}", "a/b")
        .replaceAll("\\{[^}]+}", "v1")
        .replace("**", "a/b")
        .replace("*", "x");
  }

  // the pattern with a segment more, which only a wildcard or a shorter mapping may match
  private static String variant(PathPattern pattern) {
    return example(pattern.getPatternString()) + "/extra";
  }
}
