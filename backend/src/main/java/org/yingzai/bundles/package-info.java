/**
 * Applications for bundles (一件事一次办): one form, one set of materials and one submission for the
 * items of a bundle of the catalogue, one application per item approved at once, each on its own
 * path and clock, and the bundle's own status and clock.
 */
package org.yingzai.bundles;
