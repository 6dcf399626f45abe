package org.yingzai.ratings;

/** What the supervisors' rating counts are grouped by. */
enum RatingGroup {
  DEPARTMENT,
  ITEM,
  OFFICER
}
