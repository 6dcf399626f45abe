package org.yingzai.applications;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yingzai.support.Problems.detail;
import static org.yingzai.support.Problems.problem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.WebSliceTest;

/** The anonymous progress query's parameters and refusals. */
@WebSliceTest
class ProgressControllerWebTest {

  private static final String QUERY = "/api/progress?number=YZ20260101000001&queryCode=ABCD2345";

  @Autowired MockMvc mvc;
  @Autowired ProgressQuery progress;

  @Test
  void answersWithoutALogin() throws Exception {
    given(progress.find("YZ20260101000001", "ABCD2345", "127.0.0.1"))
        .willReturn(
            new ProgressResponse(
                "YZ20260101000001",
                "测试事项",
                ApplicationStatus.UNDER_REVIEW,
                Step.REVIEW,
                null,
                false,
                null,
                false));

    mvc.perform(get(QUERY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
        .andExpect(jsonPath("$.step").value("REVIEW"))
        .andExpect(jsonPath("$.deadline").doesNotExist());
  }

  @Test
  void aWrongPairIsNotFound() throws Exception {
    given(progress.find(anyString(), anyString(), anyString()))
        .willThrow(ProblemException.notFound("PROGRESS_NOT_FOUND"));

    mvc.perform(get(QUERY))
        .andExpect(problem(HttpStatus.NOT_FOUND, "PROGRESS_NOT_FOUND"))
        .andExpect(detail("未找到该办件，请核对办件编号和查询码。"));
    mvc.perform(get(QUERY).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(
            detail(
                "No application was found: please check the application number and the query"
                    + " code."));
  }

  @Test
  void tooManyWrongPairsAreThrottledWithTheTimeToWait() throws Exception {
    given(progress.find(anyString(), anyString(), anyString()))
        .willThrow(new ProgressThrottle.Throttled(42));

    mvc.perform(get(QUERY))
        .andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "PROGRESS_THROTTLED"))
        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "42"))
        .andExpect(detail("查询失败次数过多，请 42 秒后再试。"));
    mvc.perform(get(QUERY).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(
            detail("Too many failed queries from this device: please try again in 42 seconds."));
  }

  @Test
  void bothTheNumberAndTheQueryCodeAreNeeded() throws Exception {
    mvc.perform(get("/api/progress?number=YZ20260101000001"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“queryCode”缺失或格式不正确。"));
    mvc.perform(get("/api/progress?queryCode=ABCD2345"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));

    verifyNoInteractions(progress);
  }
}
