/**
 * The catalogue of service items (事项): their departments, lifecycle themes, handling types, time
 * limits and the materials and proofs (证明事项, with their dispositions) they ask for; the
 * administration of the proof catalogue, its audit trail and its import and export as files.
 */
package org.yingzai.catalog;
