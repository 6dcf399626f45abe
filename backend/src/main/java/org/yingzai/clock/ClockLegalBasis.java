package org.yingzai.clock;

/** The legal basis recorded with each change of an application's clock. */
public final class ClockLegalBasis {

  public static final String ACCEPTED = "《中华人民共和国行政许可法》第三十二条、第四十二条：受理之日起计算审查期限";
  public static final String SUPPLEMENT_REQUESTED = "申请人补正材料的时间不计入审查期限";
  public static final String SUPPLEMENT_ANSWERED = "申请人已补正材料，恢复计时";

  private ClockLegalBasis() {}
}
