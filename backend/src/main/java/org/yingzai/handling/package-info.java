/**
 * Clerks' work: task queues kept in step with the engine, claiming, and the outcomes of each step.
 */
package org.yingzai.handling;
