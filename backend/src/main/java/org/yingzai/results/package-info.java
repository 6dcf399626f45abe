/**
 * Results (办理结果): the document every decision issues (licence or approval decision, denial,
 * non-acceptance) as a PDF with a QR code, its files, revocation, and its public verification.
 */
package org.yingzai.results;
