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
  void showsAnItemsFormWithTheStandardFieldsLabelledInTheCallersLanguage() throws Exception {
    given(catalog.requireItem("T-STD")).willReturn(item("T-STD", List.of()));
    given(catalog.requireItem("T-OWN"))
        .willReturn(
            item(
                "T-OWN",
                List.of(
                    new FormField("projectName", FieldType.TEXT, true, 100, null, null),
                    new FormField("landArea", FieldType.NUMBER, true, 20, "用地面积（平方米）", null),
                    new FormField(
                        "landUse",
                        FieldType.CHOICE,
                        false,
                        100,
                        "用地性质",
                        List.of("工业用地", "商业用地")))));

    mvc.perform(get("/api/items/T-STD"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.form.length()").value(4))
        .andExpect(jsonPath("$.form[0].name").value("projectName"))
        .andExpect(jsonPath("$.form[0].type").value("TEXT"))
        .andExpect(jsonPath("$.form[0].required").value(true))
        .andExpect(jsonPath("$.form[0].maxLength").value(100))
        .andExpect(jsonPath("$.form[0].label").value("项目名称 / 申请内容"))
        .andExpect(jsonPath("$.form[0].options").doesNotExist())
        .andExpect(jsonPath("$.form[2].type").value("PHONE"))
        .andExpect(jsonPath("$.form[3].type").value("LONG_TEXT"));
    mvc.perform(get("/api/items/T-STD").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
        .andExpect(jsonPath("$.form[1].label").value("Contact person"));
    mvc.perform(get("/api/items/T-OWN"))
        .andExpect(jsonPath("$.form.length()").value(3))
        .andExpect(jsonPath("$.form[0].label").value("项目名称 / 申请内容"))
        .andExpect(jsonPath("$.form[1].name").value("landArea"))
        .andExpect(jsonPath("$.form[1].type").value("NUMBER"))
        .andExpect(jsonPath("$.form[1].label").value("用地面积（平方米）"))
        .andExpect(jsonPath("$.form[2].options[1]").value("商业用地"));
  }

  @Test
  void listsLeaveTheFormOut() throws Exception {
    given(catalog.findItems(any(), any()))
        .willReturn(new PageResponse<>(List.of(item("T-STD", List.of())), 0, 20, 1));

    mvc.perform(get("/api/items"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].code").value("T-STD"))
        .andExpect(jsonPath("$.content[0].form").doesNotExist());
  }

  private static ServiceItem item(String code, List<FormField> form) {
    return new ServiceItem(
        code,
        "样例事项",
        new org.yingzai.identity.Department("planning", "规划建设局"),
        Theme.OPERATIONS,
        HandlingType.COMMITTED,
        LimitUnit.WORKING_DAYS,
        20,
        8,
        10,
        "standard-approval",
        null,
        List.of(),
        form);
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
