/**
 * Applications (办件): drafts, materials, numbering, submission, supplements, and what the applicant
 * sees of their progress.
 */
package org.yingzai.applications;
