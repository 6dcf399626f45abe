package org.yingzai.catalog;

/** A form to fill in, a document to attach, or a proof (证明事项) issued by some authority. */
public enum MaterialKind {
  FORM,
  ATTACHMENT,
  PROOF
}
