/**
 * Stored files (materials, result documents, audit archives), content-addressed by sha256, in a
 * folder or an S3-compatible object store that every node reads; checked on every read.
 */
package org.yingzai.files;
