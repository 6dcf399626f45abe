package org.yingzai.results;

import java.util.List;

/**
 * What a result document says, in the order it is printed.
 *
 * @param issuer the issuing department, printed above the title and as the signature
 * @param addressee the holder as addressed (name and credit code)
 * @param paragraphs the body
 * @param facts label and value pairs printed as a table (form fields, validity)
 * @param date the day of issue, written out
 * @param verifyUrl where the QR code leads
 * @param verifyNote the line beside the QR code
 */
record DocumentContent(
    String issuer,
    String title,
    String documentNumber,
    String addressee,
    List<String> paragraphs,
    List<Fact> facts,
    String date,
    String verifyUrl,
    String verifyNote) {

  record Fact(String label, String value) {}

  DocumentContent {
    paragraphs = List.copyOf(paragraphs);
    facts = List.copyOf(facts);
  }
}
