package org.yingzai.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.yingzai.support.Problems.detail;
import static org.yingzai.support.Problems.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.yingzai.shared.PageResponse;
import org.yingzai.shared.ProblemException;
import org.yingzai.support.WebSliceTest;

/** The public service guide's parameters and refusals, without logging in. */
@WebSliceTest
@ExtendWith(OutputCaptureExtension.class)
class ItemControllerWebTest {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;

  @Test
  void refusesAnUnknownThemeAsABadParameter() throws Exception {
    mvc.perform(get("/api/items?theme=HOLIDAYS"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"))
        .andExpect(detail("参数“theme”缺失或格式不正确。"));
  }

  @Test
  void refusesAnUnknownHandlingTypeAsABadParameter() throws Exception {
    mvc.perform(get("/api/items?handlingType=SLOW"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));
  }

  @Test
  void servesPagesOfAtMostOneHundredItems() throws Exception {
    given(catalog.findItems(any(), any())).willReturn(new PageResponse<>(List.of(), 0, 100, 0));
    mvc.perform(get("/api/items?size=100"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(100));

    mvc.perform(get("/api/items?size=101"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"))
        .andExpect(detail("每页条数须在 1 到 100 之间（收到 101）。"));
    mvc.perform(get("/api/items?size=0"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_SIZE_INVALID"));
    mvc.perform(get("/api/items?page=-1"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PAGE_INVALID"));
    mvc.perform(get("/api/items?size=many"))
        .andExpect(problem(HttpStatus.BAD_REQUEST, "PARAMETER_INVALID"));
  }

  @Test
  void asksTheCatalogueNothingForABadPage() throws Exception {
    mvc.perform(get("/api/items?page=-1")).andExpect(status().isBadRequest());

    verifyNoInteractions(catalog);
  }

  @Test
  void answersAnUnknownItemWithItemNotFound() throws Exception {
    given(catalog.requireItem("GX-NONE-999"))
        .willThrow(ProblemException.notFound("ITEM_NOT_FOUND", "GX-NONE-999"));

    mvc.perform(get("/api/items/GX-NONE-999"))
        .andExpect(problem(HttpStatus.NOT_FOUND, "ITEM_NOT_FOUND"))
        .andExpect(detail("事项“GX-NONE-999”不存在。"))
        .andExpect(jsonPath("$.title").value("未找到"));
  }

  @Test
  void explainsAnUnknownItemInEnglishWhenAsked() throws Exception {
    given(catalog.requireItem("GX-NONE-999"))
        .willThrow(ProblemException.notFound("ITEM_NOT_FOUND", "GX-NONE-999"));

    mvc.perform(get("/api/items/GX-NONE-999").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(problem(HttpStatus.NOT_FOUND, "ITEM_NOT_FOUND"))
        .andExpect(detail("There is no service item \"GX-NONE-999\"."));
  }

  @Test
  void asksForALoginBeforeAnythingButReading() throws Exception {
    mvc.perform(post("/api/items"))
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"yingzai\""))
        .andExpect(problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED"));
  }

  @Test
  void answersAnAcceptItCannotServeWith406AndNothingInTheLog(CapturedOutput log) throws Exception {
    given(catalog.findItems(any(), any())).willReturn(new PageResponse<>(List.of(), 0, 20, 0));

    // anonymously, as the attack came
    for (String accept : List.of("application/xml", "text/html")) {
      mvc.perform(get("/api/items").header(HttpHeaders.ACCEPT, accept))
          .andExpect(problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE"));
    }

    assertThat(log.getAll()).doesNotContain("NotAcceptable", "Unexpected failure", "\tat ");
  }
}
