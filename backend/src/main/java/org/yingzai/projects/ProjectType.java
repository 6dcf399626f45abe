package org.yingzai.projects;

/**
 * The kinds of construction project the reform approves on different lists of items (国办发〔2019〕11号
 * 分类细化流程).
 */
public enum ProjectType {
  /** 政府投资房屋建筑类 */
  GOVERNMENT_BUILDING,
  /** 社会投资房屋建筑类 */
  SOCIAL_BUILDING,
  /** 工业项目 */
  INDUSTRIAL,
  /** 城市道路、管线等线性工程 */
  LINEAR
}
