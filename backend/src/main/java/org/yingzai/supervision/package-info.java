/** Supervision (效能监察): urging late or at-risk applications and the departments' feedback. */
package org.yingzai.supervision;
