/**
 * Ratings (好差评, 国办发〔2019〕51号): an enterprise rates its finished application and the officer of each
 * step on five levels; supervisors read the counts and the satisfaction rate.
 */
package org.yingzai.ratings;
