package org.yingzai.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, each request compared only with the mappings whose path begins
 * with the request's first two path segments. Spring MVC compares a request whose path carries a
 * variable ({@code /api/tasks/{id}/complete}) with every mapping of the application, some 250, and
 * does so twice per request (once more for Spring Security's handler lookup): a flight recording of
 * the approval path put 7% of the request threads' CPU there (docs/benchmarks.md). Where the short
 * list holds exactly one match, it is the match Spring MVC's comparison of all mappings finds,
 * since no other mapping can match the path; every other case (none or several matches, a CORS
 * pre-flight, a path with encoded characters, matrix variables or an empty segment) is looked up by
 * Spring MVC itself.
 */
final class IndexedRequestMappings extends RequestMappingHandlerMapping {

  private static final int KEY_SEGMENTS = 2;

  private volatile Index index = Index.EMPTY;

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    WebMvcRegistrations indexedRequestMappings() {
      return new WebMvcRegistrations() {
        @Override
        public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
          return new IndexedRequestMappings();
        }
      };
    }
  }

  @Override
  protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
    super.handlerMethodsInitialized(handlerMethods);
    index = Index.of(handlerMethods);
  }

  @Override
  public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
    super.registerMapping(mapping, handler, method);
    index = Index.of(getHandlerMethods());
  }

  @Override
  public void unregisterMapping(RequestMappingInfo mapping) {
    super.unregisterMapping(mapping);
    index = Index.of(getHandlerMethods());
  }

  @Override
  protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
      throws Exception {
    List<Candidate> candidates =
        CorsUtils.isPreFlightRequest(request) ? null : index.candidates(lookupPath);
    if (candidates != null) {
      Candidate found = null;
      RequestMappingInfo match = null;
      int matches = 0;
      for (Candidate candidate : candidates) {
        RequestMappingInfo matching = getMatchingMapping(candidate.mapping(), request);
        if (matching != null && ++matches == 1) {
          found = candidate;
          match = matching;
        }
      }
      if (matches == 1) {
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, found.handler());
        handleMatch(match, lookupPath, request);
        return found.handler();
      }
    }
    return super.lookupHandlerMethod(lookupPath, request);
  }

  /** Spring MVC's own lookup among all mappings, which a test compares this one with. */
  HandlerMethod lookupAmongAll(String lookupPath, HttpServletRequest request) throws Exception {
    return super.lookupHandlerMethod(lookupPath, request);
  }

  /** How many mappings a request to the path is compared with; -1 when Spring MVC looks it up. */
  int candidateCount(String lookupPath) {
    List<Candidate> candidates = index.candidates(lookupPath);
    return candidates == null ? -1 : candidates.size();
  }

  private record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {}

  /**
   * The mappings by the literal first segments of their path patterns; a mapping whose pattern has
   * a variable or wildcard there is a candidate for every path.
   */
  private record Index(Map<String, List<Candidate>> byKey, List<Candidate> everywhere) {

    static final Index EMPTY = new Index(Map.of(), List.of());

    static Index of(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
      Map<String, Set<Candidate>> keyed = new LinkedHashMap<>();
      List<Candidate> everywhere = new ArrayList<>();
      handlerMethods.forEach(
          (mapping, handler) -> {
            Candidate candidate = new Candidate(mapping, handler);
            PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
            Set<String> keys = new LinkedHashSet<>();
            boolean anywhere = patterns == null || patterns.getPatterns().isEmpty();
            if (!anywhere) {
              for (PathPattern pattern : patterns.getPatterns()) {
                String key = patternKey(pattern.getPatternString());
                if (key == null) {
                  anywhere = true;
                  break;
                }
                keys.add(key);
              }
            }
            if (anywhere) {
              everywhere.add(candidate);
            } else {
              keys.forEach(
                  key -> keyed.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(candidate));
            }
          });
      Map<String, List<Candidate>> byKey = new HashMap<>();
      keyed.forEach(
          (key, candidates) -> {
            List<Candidate> list = new ArrayList<>(candidates);
            list.addAll(everywhere);
            byKey.put(key, List.copyOf(list));
          });
      return new Index(byKey, List.copyOf(everywhere));
    }

    /** The mappings that can match the path, or null when Spring MVC is to look it up itself. */
    List<Candidate> candidates(String lookupPath) {
      String key = pathKey(lookupPath);
      return key == null ? null : byKey.getOrDefault(key, everywhere);
    }

    // the first segments of a pattern when they are literal; null when one is not
    static String patternKey(String pattern) {
      if (!pattern.startsWith("/")) {
        return null;
      }
      String key = firstSegments(pattern);
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == '{' || c == '}' || c == '*' || c == '?' || c == ';' || c == '%') {
          return null;
        }
      }
      return key;
    }

    // the first segments of a plain path; null for anything Spring MVC decodes or trims first
    static String pathKey(String path) {
      if (!path.startsWith("/")
          || path.indexOf('%') >= 0
          || path.indexOf(';') >= 0
          || path.contains("//")
          || (path.length() > 1 && path.endsWith("/"))) {
        return null;
      }
      return firstSegments(path);
    }

    private static String firstSegments(String path) {
      int end = 0;
      for (int segment = 0; segment < KEY_SEGMENTS; segment++) {
        int slash = path.indexOf('/', end + 1);
        if (slash < 0) {
          return path;
        }
        end = slash;
      }
      return path.substring(0, end);
    }
  }
}
