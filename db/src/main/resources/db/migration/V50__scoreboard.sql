-- the public scoreboard counts what finished in a period: applications by the moment they finished
CREATE INDEX ix_application_finished ON application (finished_at, status);
