/**
 * The lateness forecast (预计超期): an explainable model of each open application's remaining time,
 * fitted on the history of its item's steps and the queues in front of it, and the sample history
 * that the local profile loads to show it.
 */
package org.yingzai.supervision.forecast;
