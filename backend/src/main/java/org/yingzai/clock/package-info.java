/**
 * The legal clock: the working-day calendar, the deadlines counted on it, and the warning levels
 * that the clocks' warning timers change (DESIGN.md §5).
 */
package org.yingzai.clock;
