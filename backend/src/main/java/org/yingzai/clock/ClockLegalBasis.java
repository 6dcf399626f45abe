package org.yingzai.clock;

/** The legal basis recorded with each change of an application's clock. */
public final class ClockLegalBasis {

  public static final String ACCEPTED = "《中华人民共和国行政许可法》第三十二条、第四十二条：受理之日起计算审查期限";
  public static final String SUPPLEMENT_REQUESTED = "申请人补正材料的时间不计入审查期限";
  public static final String SUPPLEMENT_ANSWERED = "申请人已补正材料，恢复计时";
  public static final String ACCEPTED_AUTOMATICALLY = "《中华人民共和国行政许可法》第三十二条：逾期不告知补正的，自收到申请材料之日起即为受理";
  public static final String SPECIAL_PROCEDURE_STARTED =
      "《中华人民共和国行政许可法》第四十五条：依法需要听证、检验、检测、检疫、鉴定、专家评审等的，所需时间不计算在期限内";
  public static final String SPECIAL_PROCEDURE_FINISHED = "《中华人民共和国行政许可法》第四十五条：特别程序结束，恢复计时";
  public static final String EXTENDED = "《中华人民共和国行政许可法》第四十二条：经本行政机关负责人批准，可以延长期限，并应当将延长期限的理由告知申请人";

  private ClockLegalBasis() {}
}
