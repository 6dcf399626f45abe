-- The sweep of stored files asks, a batch of sha256s at a time, which of them some row still names
-- (ContentFileReferences lists these columns): each lookup is served by an index.
ALTER TABLE application_material ADD KEY ix_application_material_sha256 (sha256);
ALTER TABLE result_document ADD KEY ix_result_document_sha256 (sha256);
ALTER TABLE outbox_message ADD KEY ix_outbox_message_attachment (attachment_sha256);
ALTER TABLE audit_archive ADD KEY ix_audit_archive_file (file_sha256);
