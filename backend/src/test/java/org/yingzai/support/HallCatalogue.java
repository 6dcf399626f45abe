package org.yingzai.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proofs and service items of a {@link Hall}, in its department, under codes of its own. The
 * committed and instant items are made at once; the others on first use. They follow the shape of
 * the demo items the tests used to apply for (material codes, kinds, limits and dispositions).
 */
final class HallCatalogue {

  private final JdbcTemplate jdbc;
  private final String key;
  private final String department;

  final String sharedProof;
  final String requiredProof;
  final String committedItem;
  final String instantItem;
  private String residenceProof;
  private String shareholdersProof;
  private String taxClearanceProof;
  private String permitItem;
  private String verifiedProof;
  private String abolishedProof;
  private String setupItem;
  private String closureItem;
  private String formItem;
  private String quickItem;

  HallCatalogue(JdbcTemplate jdbc, String key, String department) {
    this.jdbc = jdbc;
    // upper case: codes of proofs and items are upper case, as the catalogue's rules want
    this.key = key.toUpperCase();
    this.department = department;
    sharedProof =
        sharing("HZ-" + this.key + "-LIC", "MARKET_ENTITY", "market-register", "UPLOAD", "LOW");
    requiredProof = proof("HZ-" + this.key + "-LAND", "REQUIRED", "HIGH");
    committedItem = committedItem("HC-" + this.key);
    instantItem = instantItem("HI-" + this.key);
  }

  String name(String kind) {
    return kind + key;
  }

  synchronized String residenceProof() {
    if (residenceProof == null) {
      residenceProof = "HZ-" + key + "-RES";
      insertProof(residenceProof, "COMMITMENT", null, null, null, "登记后实地核查住所", 30, "MEDIUM");
      commitmentText(
          residenceProof,
          "本单位承诺：申报的住所（经营场所）真实存在，本单位依法享有使用权，并可通过该住所与本单位取得联系；"
              + "如有不实，愿意承担相应法律责任，并接受撤销登记、列入经营异常名录等处理。");
    }
    return residenceProof;
  }

  synchronized String shareholdersProof() {
    if (shareholdersProof == null) {
      shareholdersProof = "HZ-" + key + "-SH";
      insertProof(
          shareholdersProof,
          "DATA_SHARING",
          "MARKET_ENTITY",
          "market-register",
          "COMMITMENT",
          "比对市场主体登记信息",
          20,
          "LOW");
      commitmentText(
          shareholdersProof,
          "本单位承诺：各股东依法设立并有效存续，具备股东主体资格，所填股东信息与登记机关记载一致；" + "如有不实，愿意承担相应法律责任，并接受撤销办理结果和信用惩戒。");
    }
    return shareholdersProof;
  }

  synchronized String taxClearanceProof() {
    if (taxClearanceProof == null) {
      taxClearanceProof =
          sharing("HZ-" + key + "-TAX", "TAX_CREDIT", "tax-credit", "UPLOAD", "MEDIUM");
    }
    return taxClearanceProof;
  }

  synchronized String permitItem() {
    if (permitItem == null) {
      String code = "HP-" + key;
      verifiedProof = proof(code + "-05", "DEPARTMENT_VERIFICATION", "MEDIUM");
      abolishedProof = proof(code + "-06", "ABOLISHED", "LOW");
      String health = proof(code + "-07", "REQUIRED", "MEDIUM");
      item(code, name("测试许可"), "OPERATING_PERMITS", "COMMITTED", 10, 5, 10);
      material(code, "M01", "食品经营许可申请书", "FORM", true, null);
      material(code, "M02", "营业执照", "PROOF", true, sharedProof);
      material(code, "M03", "主要设备设施、经营布局和操作流程文件", "ATTACHMENT", true, null);
      material(code, "M04", "食品安全管理制度", "ATTACHMENT", true, null);
      material(code, "M05", "食品安全管理人员考核合格证明", "PROOF", true, verifiedProof);
      material(code, "M06", "经营场所房屋产权证明", "PROOF", false, abolishedProof);
      material(code, "M07", "从业人员健康证明", "PROOF", true, health);
      material(code, "M08", "经营场所使用证明", "PROOF", true, residenceProof());
      stepLimits(code, 1, 2, 2);
      permitItem = code;
    }
    return permitItem;
  }

  synchronized String verifiedProof() {
    permitItem();
    return verifiedProof;
  }

  synchronized String abolishedProof() {
    permitItem();
    return abolishedProof;
  }

  synchronized String setupItem() {
    if (setupItem == null) {
      String code = "HS-" + key;
      item(code, name("测试设立"), "START_UP", "INSTANT", 3, 0, 0);
      material(code, "M01", "企业设立登记申请书", "FORM", true, null);
      material(code, "M02", "公司章程", "ATTACHMENT", true, null);
      material(code, "M03", "法定代表人、董事、监事和经理的任职文件", "ATTACHMENT", true, null);
      material(code, "M04", "住所（经营场所）使用证明", "PROOF", true, residenceProof());
      material(code, "M05", "股东主体资格证明", "PROOF", true, shareholdersProof());
      material(code, "M06", "授权委托书", "ATTACHMENT", false, null);
      stepLimits(code, 0, -1, -1);
      setupItem = code;
    }
    return setupItem;
  }

  synchronized String closureItem() {
    if (closureItem == null) {
      String code = "HX-" + key;
      String insurance =
          sharing(code + "-06", "SOCIAL_INSURANCE", "social-insurance", "UPLOAD", "MEDIUM");
      item(code, name("测试注销"), "EXIT", "COMMITTED", 3, 1, 10);
      material(code, "M01", "企业注销登记申请书", "FORM", true, null);
      material(code, "M02", "依法作出解散的决议或者决定", "ATTACHMENT", true, null);
      material(code, "M03", "经确认的清算报告", "ATTACHMENT", true, null);
      material(code, "M04", "清税证明", "PROOF", true, taxClearanceProof());
      material(code, "M05", "人民法院终结破产程序的裁定", "ATTACHMENT", false, null);
      material(code, "M06", "社会保险费清缴证明", "PROOF", true, insurance);
      stepLimits(code, 1, 1, 2);
      closureItem = code;
    }
    return closureItem;
  }

  synchronized String formItem() {
    if (formItem == null) {
      String code = "HF-" + key;
      item(code, name("测试表单"), "INVESTMENT_CONSTRUCTION", "COMMITTED", 20, 8, 10);
      material(code, "M01", "申请表", "FORM", true, null);
      material(code, "M02", "设计方案", "ATTACHMENT", true, null);
      stepLimits(code, 1, 5, 2);
      formField(code, "projectName", "TEXT", true, 100, 1, null, null);
      formField(code, "landArea", "NUMBER", true, null, 2, "用地面积（平方米）", null);
      formField(code, "plannedStart", "DATE", false, null, 3, "计划开工日期", null);
      formField(code, "landUse", "CHOICE", false, null, 4, "用地性质", "工业用地|商业用地");
      formField(code, "contactPhone", "PHONE", false, 20, 5, null, null);
      formItem = code;
    }
    return formItem;
  }

  synchronized String quickItem() {
    if (quickItem == null) {
      String code = "HQ-" + key;
      item(code, name("测试简易件"), "INVESTMENT_CONSTRUCTION", "COMMITTED", 20, 8, 10);
      material(code, "M01", "补充说明", "ATTACHMENT", false, null);
      stepLimits(code, 1, 5, 2);
      quickItem = code;
    }
    return quickItem;
  }

  private void formField(
      String item,
      String name,
      String type,
      boolean required,
      Integer maxLength,
      int position,
      String label,
      String options) {
    jdbc.update(
        "INSERT INTO item_form_field (item_code, name, type, required, max_length, position, label,"
            + " options) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        item,
        name,
        type,
        required,
        maxLength,
        position,
        label,
        options);
  }

  private String committedItem(String code) {
    item(code, name("测试承诺件"), "INVESTMENT_CONSTRUCTION", "COMMITTED", 20, 8, 10);
    material(code, "M01", "申请表", "FORM", true, null);
    material(code, "M02", "营业执照", "PROOF", true, sharedProof);
    material(code, "M03", "设计方案", "ATTACHMENT", true, null);
    material(code, "M04", "土地使用权证明", "PROOF", true, requiredProof);
    material(code, "M05", "授权委托书", "ATTACHMENT", false, null);
    // as the demo items: accept in 1, review in the promised days less 3, decide in 2
    stepLimits(code, 1, 5, 2);
    return code;
  }

  private String instantItem(String code) {
    item(code, name("测试即办件"), "INVESTMENT_CONSTRUCTION", "INSTANT", 20, 0, 0);
    material(code, "M01", "申请表", "FORM", true, null);
    material(code, "M02", "遗失声明", "ATTACHMENT", true, null);
    stepLimits(code, 0, -1, -1);
    return code;
  }

  private String proof(String code, String disposition, String risk) {
    insertProof(code, disposition, null, null, null, null, null, risk);
    return code;
  }

  private String sharing(
      String code, String evidenceType, String provider, String fallback, String risk) {
    insertProof(code, "DATA_SHARING", evidenceType, provider, fallback, null, null, risk);
    return code;
  }

  private void insertProof(
      String code,
      String disposition,
      String evidenceType,
      String provider,
      String fallback,
      String verification,
      Integer days,
      String risk) {
    jdbc.update(
        "INSERT INTO proof (code, name, issuing_authority, disposition, evidence_type, provider,"
            + " fallback, verification_method, verification_days, risk_level, basis, note, updated_at,"
            + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '测试依据', '测试说明。',"
            + " UTC_TIMESTAMP(), 'test')",
        code,
        "测试证明" + code,
        authority(evidenceType),
        disposition,
        evidenceType,
        provider,
        fallback,
        verification,
        days,
        risk);
  }

  // the authority that issues the proof, named in what the applicant is told when sharing fails
  private static String authority(String evidenceType) {
    if (evidenceType == null) {
      return "测试发证机关";
    }
    return switch (evidenceType) {
      case "MARKET_ENTITY" -> "市场监督管理局";
      case "TAX_CREDIT" -> "税务局";
      default -> "社会保险事业中心";
    };
  }

  private void commitmentText(String code, String text) {
    jdbc.update(
        "INSERT INTO proof_commitment_text (proof_code, version, text, sha256, created_at,"
            + " created_by) VALUES (?, 1, ?, SHA2(?, 256), UTC_TIMESTAMP(), 'test')",
        code,
        text,
        text);
  }

  private void item(
      String code,
      String name,
      String theme,
      String type,
      int legal,
      int promised,
      int maxExtension) {
    jdbc.update(
        "INSERT INTO service_item (code, name, department_code, theme, handling_type, limit_unit,"
            + " legal_limit, promised_limit, max_extension, process_key, description, basis, fee,"
            + " active, handling_place) VALUES (?, ?, ?, ?, ?, 'WORKING_DAYS', ?, ?, ?,"
            + " 'standard-approval', '测试事项。', '测试依据', '不收费', TRUE, ?)",
        code,
        name,
        department,
        theme,
        type,
        legal,
        promised,
        maxExtension,
        "测试窗口" + key);
  }

  private void material(
      String item, String code, String name, String kind, boolean required, String proof) {
    jdbc.update(
        "INSERT INTO item_material (item_code, code, name, kind, required, proof_code,"
            + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)",
        item,
        code,
        name,
        kind,
        required,
        proof,
        Integer.parseInt(code.substring(1)));
  }

  // a negative limit: the step does not exist for the item (an instant item is not reviewed)
  private void stepLimits(String item, int accept, int review, int decide) {
    stepLimit(item, "ACCEPT", accept);
    stepLimit(item, "REVIEW", review);
    stepLimit(item, "DECIDE", decide);
    stepLimit(item, "SUPPLEMENT", 10);
  }

  private void stepLimit(String item, String step, int limit) {
    if (limit >= 0) {
      jdbc.update(
          "INSERT INTO item_step_limit (item_code, step, limit_value) VALUES (?, ?, ?)",
          item,
          step,
          limit);
    }
  }
}
