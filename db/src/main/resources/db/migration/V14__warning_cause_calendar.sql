-- A published or withdrawn calendar year moves deadlines: the levels it changes are recorded too.
ALTER TABLE warning_event DROP CONSTRAINT ck_warning_event_cause;
ALTER TABLE warning_event ADD CONSTRAINT ck_warning_event_cause CHECK (
  cause IN ('STARTED', 'TIMER', 'RESUMED', 'EXTENDED', 'STOPPED', 'CALENDAR_CHANGED'));
