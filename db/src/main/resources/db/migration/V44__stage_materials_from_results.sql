-- A stage material may be what an earlier stage decided: the result document an item of the same
-- project was issued (e.g. the 建设用地规划许可证 of stage 1 for stage 2). Once the project has it,
-- valid, the submission attaches it and the applicant uploads nothing.
ALTER TABLE project_stage_material
  ADD COLUMN result_of_item VARCHAR(32) NULL,
  ADD CONSTRAINT fk_project_stage_material_result FOREIGN KEY (result_of_item)
    REFERENCES service_item (code);
